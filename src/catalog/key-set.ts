import { NameIndex } from '../policy/edit-distance.js';
import { compileKeyTemplate, isTemplated, type KeyTemplate, placeholderForm } from './key-template.js';

/** The condition keys of one scope (the global keys, or one service's file). */
export interface KeySet {
  /** Lowercased key → the catalogue's spelling, for keys without placeholders. */
  readonly exact: ReadonlyMap<string, string>;
  readonly templates: readonly KeyTemplate[];
}

/** Builds a key set; placeholders of every form the catalogue uses become templates. */
export function keySet(keys: Iterable<string>): KeySet {
  const exact = new Map<string, string>();
  const templates: KeyTemplate[] = [];
  for (const written of keys) {
    const key = placeholderForm(written);
    if (isTemplated(key)) templates.push(compileKeyTemplate(key));
    else exact.set(key.toLowerCase(), key);
  }
  return { exact, templates };
}

/** True when the set documents a lowercased key, a template filling it in (`aws:principaltag/team`) included. */
export function hasKey(set: KeySet, lower: string): boolean {
  return set.exact.has(lower) || set.templates.some((t) => t.glob.test(lower));
}

/** The names of several key sets, indexed once for did-you-mean (R152). */
export class KeyPool {
  /** Keys without placeholders. */
  readonly names: NameIndex;
  /** The text before each template's placeholder, as the catalogue spells it (`aws:PrincipalTag/`). */
  readonly heads: NameIndex;
  private readonly lowerHeads: ReadonlySet<string>;

  constructor(sets: readonly KeySet[]) {
    this.names = new NameIndex(
      sets.flatMap((set) => [...set.exact.values()]),
      true,
    );
    const heads = sets.flatMap((set) => set.templates.map((t) => t.canonical.slice(0, t.head.length)));
    this.heads = new NameIndex(heads, true);
    this.lowerHeads = new Set(heads.map((head) => head.toLowerCase()));
  }

  /** True when `lowerHead` (through its slash) is exactly a template's head. */
  isHead(lowerHead: string): boolean {
    return this.lowerHeads.has(lowerHead);
  }
}
