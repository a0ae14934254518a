/**
 * The children of trie nodes, keyed by UTF-16 unit. Most nodes of a trie of many literals have one child, so a
 * node's first child is kept in two plain arrays and a Map is made only for a node that gets a second one.
 */
export class UnitChildren {
  private readonly firstUnit: number[] = [];
  private readonly firstChild: number[] = [];
  private readonly more = new Map<number, Map<number, number>>();

  /** Makes room for node `node` (nodes are numbered 0, 1, 2 … in order of creation). */
  addNode(): void {
    this.firstUnit.push(-1);
    this.firstChild.push(-1);
  }

  get(node: number, unit: number): number | undefined {
    if (this.firstUnit[node] === unit) return this.firstChild[node];
    return this.more.get(node)?.get(unit);
  }

  set(node: number, unit: number, child: number): void {
    if (this.firstUnit[node] === -1) {
      this.firstUnit[node] = unit;
      this.firstChild[node] = child;
      return;
    }
    let map = this.more.get(node);
    if (map === undefined) {
      map = new Map();
      this.more.set(node, map);
    }
    map.set(unit, child);
  }

  /** Every (unit, child) pair of a node. */
  *entries(node: number): IterableIterator<[number, number]> {
    const unit = this.firstUnit[node] ?? -1;
    if (unit !== -1) yield [unit, this.firstChild[node] ?? 0];
    const map = this.more.get(node);
    if (map !== undefined) yield* map;
  }
}
