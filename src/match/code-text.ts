import { isHigh, isLow } from './code-points.js';

/**
 * Scratch for counting (the engine is synchronous, as for the IpAddress scratch buffer): how often each character
 * occurs in the text last counted. A bucket is valid only when its stamp is the counting's, so nothing is zeroed and
 * a CodeText whose counts were overwritten by another's counts again on its next question; nothing is remembered.
 */
const counts = new Int32Array(0x10000);
const stamps = new Int32Array(0x10000);
let generation = 0;

/**
 * Counts every unit of `text` under a new stamp; answers the stamp. An astral character is counted under its high
 * surrogate, which is the bucket `count` reads for it (an estimate: the anchor choice only needs one).
 */
function recount(text: string): number {
  generation++;
  if (generation > 0x3fffffff) {
    stamps.fill(0);
    generation = 1;
  }
  const stamp = generation;
  for (let i = 0; i < text.length; i++) {
    const b = text.charCodeAt(i);
    if (stamps[b] === stamp) counts[b] = (counts[b] ?? 0) + 1;
    else {
      stamps[b] = stamp;
      counts[b] = 1;
    }
  }
  return stamp;
}

/** The code points of a text with surrogate pairs, and the unit offsets of each, both ways. */
interface Astral {
  readonly codes: Int32Array;
  /** Unit offset of each code point and of the end. */
  readonly units: Int32Array;
  /** Code-point index at each unit offset (a low half maps to its pair's end). */
  readonly indexes: Int32Array;
}

function astralOf(text: string, pairs: number): Astral {
  const n = text.length;
  const codes = new Int32Array(n - pairs);
  const units = new Int32Array(codes.length + 1);
  const indexes = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; k++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    units[k] = i;
    indexes[i] = k;
    if (isHigh(code) && isLow(next)) {
      codes[k] = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      indexes[i + 1] = k + 1;
      i += 2;
    } else {
      codes[k] = code;
      i += 1;
    }
  }
  units[k] = n;
  indexes[n] = k;
  return { codes, units, indexes };
}

/**
 * R150, R153: a text read as code points, for the search of long segments. A surrogate pair is one character and a
 * lone surrogate another, so offsets inside a segment are exact whatever the text holds; unit offsets (what globs
 * pass around) convert in O(1) both ways. Text without a surrogate pair (the usual case) is read in place; other
 * text is decoded once into code points. Building it costs O(n), once per glob test: the long middle segments of
 * one test share it through a TextSlot.
 */
export class CodeText {
  /** How many code points the text has. */
  readonly length: number;
  private readonly astral: Astral | undefined;
  private stamp: number;

  constructor(readonly text: string) {
    let pairs = 0;
    for (let i = 0; i + 1 < text.length; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        pairs++;
        i++;
      }
    }
    this.astral = pairs === 0 ? undefined : astralOf(text, pairs);
    this.length = text.length - pairs;
    this.stamp = recount(text);
  }

  /** The code point at a code-point index. */
  at(index: number): number {
    return this.astral === undefined ? this.text.charCodeAt(index) : (this.astral.codes[index] ?? -1);
  }

  /** The first index at or after `from` that holds `code`, or -1. */
  indexOf(code: number, from: number): number {
    if (this.astral !== undefined) return this.astral.codes.indexOf(code, from);
    return code > 0xffff ? -1 : this.text.indexOf(String.fromCharCode(code), from);
  }

  /** The code-point index at a unit offset that starts a character (or the end). */
  indexAt(unit: number): number {
    return this.astral === undefined ? unit : (this.astral.indexes[unit] ?? this.length);
  }

  /** The unit offset of a code-point index. */
  unitAt(index: number): number {
    return this.astral === undefined ? index : (this.astral.units[index] ?? this.text.length);
  }

  /** How many times `code` occurs in the whole text (an astral one: at most this many). */
  count(code: number): number {
    if (this.stamp !== generation) this.stamp = recount(this.text);
    const b = code <= 0xffff ? code : 0xd800 + ((code - 0x10000) >> 10);
    return stamps[b] === this.stamp ? (counts[b] ?? 0) : 0;
  }
}

/** Where one glob test keeps its text's CodeText, built on the first long segment that needs it. */
export interface TextSlot {
  view?: CodeText;
}

/** The CodeText of `text`, from the slot when one was built for this test already. */
export function codeTextOf(text: string, slot: TextSlot | undefined): CodeText {
  if (slot === undefined) return new CodeText(text);
  slot.view ??= new CodeText(text);
  return slot.view;
}
