/**
 * Delta-debugging for a failing bundle, after fast-check's own shrinking (which `chain` limits): delete one array
 * element or object member at a time, keep the deletion when the case still fails the same way, until nothing more
 * can go. A deletion that makes the bundle invalid is rejected by `stillFails` (it throws or returns false).
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every place in the tree that could be deleted: a parent and the index or key of a child. */
function places(node: Json, out: [Json[] | { [key: string]: Json }, number | string][] = []) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      out.push([node, i]);
      places(child, out);
    });
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      out.push([node, key]);
      places(child, out);
    }
  }
  return out;
}

/** A copy of `root` without the `n`-th deletable place (in the order `places` lists them). */
function without(root: Json, n: number): Json {
  const copy = structuredClone(root);
  const target = places(copy)[n];
  if (target !== undefined) {
    const [parent, at] = target;
    if (Array.isArray(parent)) parent.splice(at as number, 1);
    else delete parent[at as string];
  }
  return copy;
}

/** The smallest bundle found that still fails; `stillFails` must be false for invalid input. */
export function minimizeBundle<T>(bundle: T, stillFails: (candidate: T) => boolean): T {
  let best = bundle as Json;
  let changed = true;
  while (changed) {
    changed = false;
    for (let n = places(best).length - 1; n >= 0; n--) {
      const candidate = without(best, n);
      let fails = false;
      try {
        fails = stillFails(candidate as T);
      } catch {
        fails = false;
      }
      if (fails) {
        best = candidate;
        changed = true;
      }
    }
  }
  return best as T;
}
