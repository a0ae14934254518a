import fc from 'fast-check';
import { RESOURCES, TEMPLATED_RESOURCES } from './vocabulary.js';
import { wildcardVariant } from './wildcard-variant.js';

/** Constraints for {@link resourcePattern}. */
export interface ResourcePatternConstraints {
  /** ARNs the patterns are made from (for example a request's resource); defaults to the vocabulary. */
  readonly arns?: readonly string[];
  /** Also draw patterns with policy variables (R29–R36). Default true. */
  readonly variables?: boolean;
}

/** Index just after an ARN's fifth colon (where its resource part starts), or the text length. */
function resourcePartStart(text: string): number {
  let at = 0;
  for (let colons = 0; colons < 5; colons++) {
    const next = text.indexOf(':', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/** The ARN with its partition, region or account segment (by index) replaced by `*` (R25). */
function segmentWildcard(text: string): fc.Arbitrary<string> {
  return fc.constantFrom(1, 3, 4).map((segment) => {
    const parts = text.split(':');
    if (parts.length < 6) return text;
    parts[segment] = '*';
    return parts.join(':');
  });
}

/**
 * A Resource / NotResource entry: `*` (R23), an ARN as written, its resource part with a wildcard (R20, R25), a
 * wildcard segment, or a pattern with policy variables. The service segment is never a wildcard (R28).
 */
export function resourcePattern(constraints: ResourcePatternConstraints = {}): fc.Arbitrary<string> {
  const arns = (constraints.arns ?? RESOURCES).filter((a) => a.startsWith('arn:'));
  const target = fc.constantFrom(...(arns.length > 0 ? arns : RESOURCES));
  const forms = [
    { weight: 1, arbitrary: fc.constant('*') },
    { weight: 5, arbitrary: target },
    { weight: 3, arbitrary: target.chain((a) => wildcardVariant(a, { from: resourcePartStart(a) })) },
    { weight: 2, arbitrary: target.chain(segmentWildcard) },
  ];
  if (constraints.variables === false) return fc.oneof(...forms);
  return fc.oneof(...forms, { weight: 1, arbitrary: fc.constantFrom(...TEMPLATED_RESOURCES) });
}
