import { pathSegments } from './json-path.js';

/** Objects with up to this many keys are searched in order; larger ones get a map the first time one is asked for. */
const SCAN_LIMIT = 8;

/** Where one part of a container starts, and the part's own places when it is a container itself. */
interface Place {
  readonly offset: number;
  readonly inner: Places | undefined;
}

/**
 * Offsets of a container's parts in order, with the places of the parts that are containers. Both are plain arrays,
 * and the second exists only once a part is a container: an array of thousands of strings costs one number each.
 */
class Parts {
  private readonly offsets: number[] = [];
  private inners: (Places | undefined)[] | undefined;

  push(offset: number, inner: Places | undefined): void {
    if (inner !== undefined && this.inners === undefined) this.inners = [];
    if (this.inners !== undefined) this.inners[this.offsets.length] = inner;
    this.offsets.push(offset);
  }

  at(i: number): Place | undefined {
    const offset = this.offsets[i];
    return offset === undefined ? undefined : { offset, inner: this.inners?.[i] };
  }
}

/**
 * Where each key of one object starts, in the order read. Most objects of a policy have a handful of keys, so a key
 * is found by a scan of the few, and a map from key to position is built only for a large object, and only when a
 * key is looked up: a document of thousands of small objects then allocates no map per object.
 */
export class KeyPlaces {
  private readonly keys: string[] = [];
  private readonly parts = new Parts();
  private index: Map<string, number> | undefined;

  /** Notes the first occurrence of `key` (the reader never adds a key twice). */
  add(key: string, offset: number, inner: Places | undefined): void {
    this.index?.set(key, this.keys.length);
    this.keys.push(key);
    this.parts.push(offset, inner);
  }

  /** Where `key` starts, or undefined when the object has no such key. */
  get(key: string): Place | undefined {
    if (this.index === undefined && this.keys.length <= SCAN_LIMIT) {
      const i = this.keys.indexOf(key);
      return i < 0 ? undefined : this.parts.at(i);
    }
    if (this.index === undefined) {
      this.index = new Map();
      for (let i = 0; i < this.keys.length; i++) this.index.set(this.keys[i] as string, i);
    }
    const i = this.index.get(key);
    return i === undefined ? undefined : this.parts.at(i);
  }
}

/** Where each element of one array starts, by index. */
export class ElementPlaces {
  private readonly parts = new Parts();

  add(offset: number, inner: Places | undefined): void {
    this.parts.push(offset, inner);
  }

  get(index: number): Place | undefined {
    return this.parts.at(index);
  }
}

/** The places of one container. */
export type Places = KeyPlaces | ElementPlaces;

/**
 * Where each part of a JSON text starts, as a tree that mirrors the document's containers: never keyed by JSON path,
 * since a path can be as long as the text and V8 hashes strings of 16,384 characters or more by their length only,
 * so a map keyed by such paths degrades to a list (R141). Looking a path up walks the tree, one container at a time,
 * without touching the document's values (a lookup in a large object of user keys would cost more than the walk).
 */
export class JsonPlaces {
  private rootOffset: number | undefined;
  private rootPlaces: Places | undefined;

  /** The offset where the document's value starts, and its places when it is a container. */
  root(offset: number, inner: Places | undefined): void {
    this.rootOffset = offset;
    this.rootPlaces = inner;
  }

  /**
   * The offset of the value at `path` (for an object member, of its key), or of its nearest ancestor that is in the
   * text; undefined when not even the root is known. Costs the length of the path.
   */
  offsetOf(path: string): number | undefined {
    let offset = this.rootOffset;
    let places = this.rootPlaces;
    for (const segment of pathSegments(path) ?? []) {
      if (places === undefined) break;
      const place =
        places instanceof KeyPlaces
          ? typeof segment === 'string'
            ? places.get(segment)
            : undefined
          : typeof segment === 'number'
            ? places.get(segment)
            : undefined;
      if (place === undefined) break;
      offset = place.offset;
      places = place.inner;
    }
    return offset;
  }
}
