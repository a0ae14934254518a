import { UnitChildren } from './unit-children.js';

/**
 * An Aho–Corasick automaton over UTF-16 units, for R151: one pass over an input finds every literal that occurs in
 * it, in O(n + occurrences reported), whatever the number of literals.
 */
export class AhoCorasick {
  private readonly children = new UnitChildren();
  private nodes = 1;
  private readonly terminal: boolean[] = [false];
  /** Ids anchored at each node; most nodes have none, so the list is made on first use. */
  private readonly anchored: (number[] | undefined)[] = [undefined];
  private fail = new Int32Array(1);
  /** The nearest node on the fail chain (itself excluded) with anchored ids, or -1. */
  private dictionary = new Int32Array(1);
  private built = false;

  constructor() {
    this.children.addNode();
  }

  /** Adds a literal whose occurrence alone decides a match (`*abc*`), or, with `id`, one that anchors a pattern. */
  add(text: string, id?: number): void {
    let at = 0;
    for (let k = 0; k < text.length; k++) {
      const unit = text.charCodeAt(k);
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
    if (id === undefined) this.terminal[at] = true;
    else {
      const list = this.anchored[at] ?? [];
      list.push(id);
      this.anchored[at] = list;
    }
    this.built = false;
  }

  /** Fail and dictionary links, breadth first; a node is terminal when any literal ending there is. */
  private build(): void {
    const count = this.nodes;
    this.fail = new Int32Array(count);
    this.dictionary = new Int32Array(count).fill(-1);
    const queue: number[] = [...this.children.entries(0)].map(([, child]) => child);
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head] ?? 0;
      for (const [unit, child] of this.children.entries(at)) {
        let f = this.fail[at] ?? 0;
        while (f > 0 && this.children.get(f, unit) === undefined) f = this.fail[f] ?? 0;
        const target = this.children.get(f, unit);
        const link = target !== undefined && target !== child ? target : 0;
        this.fail[child] = link;
        if (this.terminal[link] === true) this.terminal[child] = true;
        this.dictionary[child] = (this.anchored[link]?.length ?? 0) > 0 ? link : (this.dictionary[link] ?? -1);
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** True when a deciding literal occurs in `input`; ids of anchoring literals that occur go to `candidates`. */
  scan(input: string, candidates: number[]): boolean {
    if (!this.built) this.build();
    // Nodes whose ids this scan reported already, made on the first report: each is reported once.
    let reported: Set<number> | undefined;
    // The empty literal occurs in every input.
    if (this.terminal[0] === true) return true;
    for (const id of this.anchored[0] ?? []) candidates.push(id);
    let at = 0;
    for (let i = 0; i < input.length; i++) {
      const unit = input.charCodeAt(i);
      let next = this.children.get(at, unit);
      while (next === undefined && at > 0) {
        at = this.fail[at] ?? 0;
        next = this.children.get(at, unit);
      }
      at = next ?? 0;
      if (this.terminal[at] === true) return true;
      // A node already reported in this scan was reported with its whole dictionary chain.
      let d = (this.anchored[at]?.length ?? 0) > 0 ? at : (this.dictionary[at] ?? -1);
      for (; d > 0 && reported?.has(d) !== true; d = this.dictionary[d] ?? -1) {
        reported ??= new Set();
        reported.add(d);
        for (const id of this.anchored[d] ?? []) candidates.push(id);
      }
    }
    return false;
  }
}
