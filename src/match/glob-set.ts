import { AhoCorasick } from './aho-corasick.js';
import type { TextSlot } from './code-text.js';
import { compileGlob, type Glob, type GlobOptions } from './glob.js';
import { type GlobShape, globShape } from './glob-shape.js';
import type { Piece } from './policy-variables.js';
import { TextTrie } from './text-trie.js';

/** Up to this many patterns are simply tried in turn: indexing them would cost more than it saves. */
const SMALL = 8;

type General = Extract<GlobShape, { kind: 'general' }>;

const NONE: Glob = { test: () => false };

/** A few globs tried in turn; one is returned as it is. */
function anyOf(globs: readonly Glob[]): Glob {
  const [only] = globs;
  if (only === undefined) return NONE;
  if (globs.length === 1) return only;
  return {
    test(input) {
      for (let i = 0; i < globs.length; i++) if (globs[i]?.test(input) === true) return true;
      return false;
    },
  };
}

/** Where a general pattern is indexed: the literal run that the fewest other patterns share. */
function anchorOf(
  shape: General,
  shared: ReadonlyMap<string, number>,
): { run: string; at: 'start' | 'end' | 'inside' } {
  let best = 0;
  for (let i = 1; i < shape.runs.length; i++) {
    const run = shape.runs[i] ?? '';
    const current = shape.runs[best] ?? '';
    const fewer = (shared.get(run) ?? 0) - (shared.get(current) ?? 0);
    if (fewer < 0 || (fewer === 0 && run.length > current.length)) best = i;
  }
  const run = shape.runs[best] ?? '';
  if (best === 0 && shape.leading) return { run, at: 'start' };
  if (best === shape.runs.length - 1 && shape.trailing) return { run, at: 'end' };
  return { run, at: 'inside' };
}

/** Code points in `input`, as `?` counts them (R20). */
function characters(input: string): number {
  let count = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff || i === 0 || (input.charCodeAt(i - 1) & 0xfc00) !== 0xd800) count++;
  }
  return count;
}

/** The indexes of one glob set. */
class Indexes {
  readonly exact = new Set<string>();
  readonly prefixes = new TextTrie(false);
  readonly suffixes = new TextTrie(true);
  readonly infixes = new AhoCorasick();
  readonly exactLengths = new Set<number>();
  minLength = Number.POSITIVE_INFINITY;
  /** Patterns that only a full glob test decides, by id; each is compiled when it is first a candidate. */
  readonly general: (() => Glob)[] = [];

  add(shape: GlobShape, compile: () => Glob, shared: ReadonlyMap<string, number>): void {
    if (shape.kind === 'exact') this.exact.add(shape.text);
    else if (shape.kind === 'prefix') this.prefixes.add(shape.text);
    else if (shape.kind === 'suffix') this.suffixes.add(shape.text);
    else if (shape.kind === 'infix') this.infixes.add(shape.text);
    else if (shape.kind === 'length' && shape.orMore) this.minLength = Math.min(this.minLength, shape.count);
    else if (shape.kind === 'length') this.exactLengths.add(shape.count);
    else if (shape.kind === 'general') {
      const id = this.general.length;
      let glob: Glob | undefined;
      this.general.push(() => {
        glob ??= compile();
        return glob;
      });
      const anchor = anchorOf(shape, shared);
      if (anchor.at === 'start') this.prefixes.add(anchor.run, id);
      else if (anchor.at === 'end') this.suffixes.add(anchor.run, id);
      else this.infixes.add(anchor.run, id);
    }
  }
}

/** How many general patterns have each literal run, to anchor each pattern on its rarest one. */
function sharedRuns(shapes: readonly GlobShape[]): Map<string, number> {
  const shared = new Map<string, number>();
  for (const shape of shapes) {
    if (shape.kind !== 'general') continue;
    for (const run of shape.runs.length === 1 ? shape.runs : new Set(shape.runs))
      shared.set(run, (shared.get(run) ?? 0) + 1);
  }
  return shared;
}

/** The test over built indexes: plain shapes first, then each candidate general pattern once. */
function indexedTest(indexes: Indexes): Glob {
  const { exact, prefixes, suffixes, infixes, exactLengths, minLength, general } = indexes;
  const lengths = exactLengths.size > 0 || minLength !== Number.POSITIVE_INFINITY;
  return {
    test(input) {
      if (exact.has(input)) return true;
      if (lengths) {
        const count = characters(input);
        if (count >= minLength || exactLengths.has(count)) return true;
      }
      const candidates: number[] = [];
      if (prefixes.walk(input, candidates) || suffixes.walk(input, candidates) || infixes.scan(input, candidates)) {
        return true;
      }
      // Each general pattern sits at one node of one index, and a node reports once, so none is tested twice; the
      // candidates share one reading of the input as code points (R150).
      const slot: TextSlot = {};
      for (const id of candidates) if (general[id]?.().test(input, slot) === true) return true;
      return false;
    },
  };
}

/**
 * R151: many wildcard patterns compiled into one test that says whether any of them matches. Plain values go in a
 * Set, `abc*` and `*abc` in tries walked along the input, `*abc*` in an Aho–Corasick automaton, patterns of only `?`
 * and `*` become length checks; every other pattern is indexed by its rarest literal run and fully tested only when
 * that run occurs in the input (at the start or end when it is leading or trailing). Spellings of one pattern
 * (`**a?b*`, `*a?b*`) are indexed once. A test costs O(n) for an input of n units plus one glob test per distinct
 * candidate, each at most once.
 */
export function compileGlobSet(patterns: readonly (readonly Piece[])[], options: GlobOptions = {}): Glob {
  if (patterns.length <= SMALL) return anyOf(patterns.map((p) => compileGlob(p, options)));
  const all = patterns.map((p) => globShape(p, options.ignoreCase === true));
  if (all.some((shape) => shape.kind === 'all')) return { test: () => true };
  const kept = distinct(all);
  const indexes = new Indexes();
  const shared = sharedRuns(kept.map(([, shape]) => shape));
  for (const [i, shape] of kept) indexes.add(shape, () => compileGlob(patterns[i] ?? [], options), shared);
  return indexedTest(indexes);
}

/** Canonical keys longer than this are not worth hashing (V8 hashes very long strings poorly); such a pattern stays. */
const LONGEST_KEY = 1024;

/** The patterns to keep, by index: a general pattern spelt like an earlier one (`**a?b*`, `*a?b*`) is dropped. */
function distinct(shapes: readonly GlobShape[]): [number, GlobShape][] {
  const seen = new Set<string>();
  const kept: [number, GlobShape][] = [];
  for (const [i, shape] of shapes.entries()) {
    if (shape.kind === 'general' && shape.key.length <= LONGEST_KEY) {
      if (seen.has(shape.key)) continue;
      seen.add(shape.key);
    }
    kept.push([i, shape]);
  }
  return kept;
}
