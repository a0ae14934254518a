import { type ArnPattern, compileArnPattern } from './arn-pattern.js';
import { isOnlyStars, splitArnPieces } from './arn-segments.js';
import { compileGlob, type Glob } from './glob.js';
import { compileGlobSet } from './glob-set.js';
import { canonicalPattern } from './glob-shape.js';
import type { Piece } from './policy-variables.js';

/** Up to this many patterns are simply tried in turn. */
const SMALL = 8;

/** An ARN has six parts; the first five end at a colon (R25). */
const HEAD_COLONS = 5;

/** The pattern as one glob over the whole ARN, when partition, service, region and account hold no wildcard. */
function asWholeGlob(pieces: readonly Piece[]): Piece[] | undefined {
  let colons = 0;
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (colons >= HEAD_COLONS) {
      out.push(piece);
      continue;
    }
    let from = 0;
    while (colons < HEAD_COLONS) {
      const colon = piece.text.indexOf(':', from);
      const head = piece.text.slice(from, colon < 0 ? piece.text.length : colon);
      if (piece.wildcards && (head.includes('*') || head.includes('?'))) return undefined;
      if (colon < 0) break;
      colons++;
      from = colon + 1;
    }
    out.push({ text: piece.text.slice(0, from), wildcards: false });
    if (from < piece.text.length) out.push({ text: piece.text.slice(from), wildcards: piece.wildcards });
  }
  return colons === HEAD_COLONS ? out : undefined;
}

const NONE: ArnPattern = { test: () => false };

/** A few ARN patterns tried in turn; one is returned as it is. */
function anyOf(patterns: readonly ArnPattern[]): ArnPattern {
  const [only] = patterns;
  if (only === undefined) return NONE;
  if (patterns.length === 1) return only;
  return {
    test(value) {
      for (let i = 0; i < patterns.length; i++) if (patterns[i]?.test(value) === true) return true;
      return false;
    },
  };
}

/** Patterns with the same head parts (`arn:aws:s3:*:*:` …): the heads are tested once, the last parts as a set. */
interface HeadGroup {
  readonly heads: readonly Glob[];
  readonly lasts: (readonly Piece[])[];
}

/** Group keys longer than this are not worth hashing (V8 hashes very long strings poorly); such a pattern is alone. */
const LONGEST_KEY = 1024;

/** Heads spelt alike (`**` is `*`, R20) share a key, so `arn:aws:s3:**:*:x` joins `arn:aws:s3:*:*:x`. */
function groupKey(segments: readonly (readonly Piece[])[]): string {
  let key = `${segments.length}`;
  for (let i = 0; i + 1 < segments.length; i++) {
    const head = canonicalPattern(segments[i] ?? [], false);
    key += `|${head.length}|${head}`;
  }
  return key;
}

/** The offsets of the first five colons of an ARN (R25). */
function colonsOf(value: string): number[] {
  const colons: number[] = [];
  for (let at = value.indexOf(':'); at >= 0 && colons.length < HEAD_COLONS; at = value.indexOf(':', at + 1)) {
    colons.push(at);
  }
  return colons;
}

/**
 * Segment by segment, as compileArnPattern does (R25, R26), for every group at once: the value is cut at its colons
 * once, each group's heads are tested against those parts and, when they all match, its last parts as a glob set.
 */
function groupsTest(groups: readonly HeadGroup[]): ArnPattern {
  const compiled = groups.map((group) => ({ heads: group.heads, lasts: compileGlobSet(group.lasts) }));
  return {
    test(value) {
      const colons = colonsOf(value);
      const parts: string[] = [];
      for (const group of compiled) {
        const last = group.heads.length;
        // R26: as many segments as the pattern; a value with fewer colons, or more before the sixth part, fails.
        if (colons.length < last || (last < HEAD_COLONS && colons.length > last)) continue;
        let heads = true;
        for (let i = 0; i < last && heads; i++) {
          parts[i] ??= value.slice(i === 0 ? 0 : (colons[i - 1] ?? 0) + 1, colons[i]);
          heads = group.heads[i]?.test(parts[i] ?? '') === true;
        }
        if (heads && group.lasts.test(value.slice(last === 0 ? 0 : (colons[last - 1] ?? 0) + 1))) return true;
      }
      return false;
    },
  };
}

/** Groups the patterns with a wildcard before the resource part by their head parts. */
function headGroups(patterns: readonly (readonly Piece[])[]): ArnPattern[] {
  const groups = new Map<string, HeadGroup>();
  const alone: ArnPattern[] = [];
  for (const pieces of patterns) {
    const segments = splitArnPieces(pieces);
    const key = groupKey(segments);
    if (key.length > LONGEST_KEY) {
      alone.push(compileArnPattern(pieces));
      continue;
    }
    let group = groups.get(key);
    if (group === undefined) {
      group = { heads: segments.slice(0, -1).map((segment) => compileGlob(segment)), lasts: [] };
      groups.set(key, group);
    }
    group.lasts.push(segments[segments.length - 1] ?? []);
  }
  return groups.size === 0 ? alone : [groupsTest([...groups.values()]), ...alone];
}

/**
 * R151: many ARN patterns (ArnLike values, Resource lists) compiled into one test that says whether any matches.
 * A pattern whose first five parts are literal is, by R25, a glob over the whole ARN whose head is literal text, so
 * all of those go into one glob set; patterns with a wildcard in partition, service, region or account
 * (`arn:aws:s3:*:*:b`) are grouped by those parts (spelt alike, R20), the value is cut at its colons once, and each
 * group costs its head tests over those short parts plus, when they match, a glob set for the rest.
 * A pattern of only `*` matches any value (R27).
 */
export function compileArnSet(patterns: readonly (readonly Piece[])[]): ArnPattern {
  if (patterns.length <= SMALL) return anyOf(patterns.map((p) => compileArnPattern(p)));
  const wholes: Piece[][] = [];
  const segmentwise: (readonly Piece[])[] = [];
  for (const pieces of patterns) {
    if (isOnlyStars(pieces)) return { test: () => true };
    const whole = asWholeGlob(pieces);
    if (whole !== undefined) wholes.push(whole);
    else segmentwise.push(pieces);
  }
  const set = compileGlobSet(wholes);
  const groups = headGroups(segmentwise);
  return { test: (value) => set.test(value) || groups.some((group) => group.test(value)) };
}
