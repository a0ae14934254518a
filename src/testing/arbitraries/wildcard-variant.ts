import fc from 'fast-check';

/** Constraints for {@link wildcardVariant}. */
export interface WildcardVariantConstraints {
  /** Characters before this index are kept as written (a service prefix, an ARN's first five segments). */
  readonly from?: number;
}

/**
 * A wildcard pattern made from `text`: a slice after `from` replaced by `*` (possibly empty, so `*` is inserted), or
 * one character replaced by `?`. The result always matches `text` itself (R20) and often other values too.
 */
export function wildcardVariant(text: string, constraints: WildcardVariantConstraints = {}): fc.Arbitrary<string> {
  const from = Math.min(constraints.from ?? 0, text.length);
  const tail = text.length - from;
  return fc.tuple(fc.nat({ max: tail }), fc.nat({ max: tail }), fc.boolean()).map(([a, b, question]) => {
    const start = from + Math.min(a, b);
    const end = from + Math.max(a, b);
    if (question && start < text.length) return `${text.slice(0, start)}?${text.slice(start + 1)}`;
    return `${text.slice(0, start)}*${text.slice(end)}`;
  });
}
