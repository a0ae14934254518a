import { UnitChildren } from './unit-children.js';

/**
 * A trie of literal prefixes (or, `fromEnd`, suffixes read backwards), for R151: walking one input visits each
 * of its units at most once, whatever the number of patterns.
 */
export class TextTrie {
  private readonly children = new UnitChildren();
  private nodes = 1;
  /** Whether a plain literal ends at each node. */
  private readonly terminal: boolean[] = [false];
  /** Ids of the longer patterns anchored at each node, made on first use. */
  private readonly anchored: (number[] | undefined)[] = [undefined];

  constructor(private readonly fromEnd: boolean) {
    this.children.addNode();
  }

  /** Adds a literal that alone decides a match (`abc*`), or, with `id`, one that anchors a longer pattern. */
  add(text: string, id?: number): void {
    let at = 0;
    for (let k = 0; k < text.length; k++) {
      const unit = text.charCodeAt(this.fromEnd ? text.length - 1 - k : k);
      let next = this.children.get(at, unit);
      if (next === undefined) {
        next = this.nodes++;
        this.children.addNode();
        this.terminal.push(false);
        this.anchored.push(undefined);
        this.children.set(at, unit, next);
      }
      at = next;
    }
    if (id === undefined) {
      this.terminal[at] = true;
      return;
    }
    const list = this.anchored[at] ?? [];
    list.push(id);
    this.anchored[at] = list;
  }

  /** True when a plain literal is a prefix (suffix) of `input`; anchored ids met on the way go to `candidates`. */
  walk(input: string, candidates: number[]): boolean {
    let at: number | undefined = 0;
    for (let k = 0; at !== undefined; k++) {
      if (this.terminal[at] === true) return true;
      for (const id of this.anchored[at] ?? []) candidates.push(id);
      if (k >= input.length) return false;
      at = this.children.get(at, input.charCodeAt(this.fromEnd ? input.length - 1 - k : k));
    }
    return false;
  }
}
