import { NEVER, staticValues, type OperatorImpl, type ValueTest } from './value-test.js';

/** Parses a policy or request value, or returns undefined when it is not of the operator's type. */
export type Parse = (text: string) => number | undefined;

/** How the request quantity must stand to a policy quantity. */
export type Relation = 'equals' | 'less' | 'lessOrEqual' | 'greater' | 'greaterOrEqual';

/**
 * The test for one relation over all policy values at once (R46 ORs them): equality is a Set lookup, and an order
 * relation holds for some policy value exactly when it holds for the largest (less) or smallest (greater) one, so
 * many values cost one comparison (R151).
 */
function relationTest(relation: Relation, policies: readonly number[]): (request: number) => boolean {
  if (relation === 'equals') {
    const set = new Set(policies);
    return (request) => set.has(request);
  }
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  for (const policy of policies) {
    if (policy > max) max = policy;
    if (policy < min) min = policy;
  }
  if (relation === 'less') return (request) => request < max;
  if (relation === 'lessOrEqual') return (request) => request <= max;
  if (relation === 'greater') return (request) => request > min;
  return (request) => request >= min;
}

/**
 * An operator over parsed quantities (Numeric R62, Date R63). Policy values are parsed once at compile
 * time; a value that does not parse never matches (R68). Each test parses the request value once. These families
 * take no policy variables (R59).
 */
export function parsedOperator(parse: Parse, relation: Relation, hint: string): OperatorImpl {
  return {
    compile(values) {
      const policies: number[] = [];
      for (const text of values) {
        const parsed = parse(text);
        if (parsed !== undefined) policies.push(parsed);
      }
      if (policies.length === 0) return staticValues(NEVER);
      const holds = relationTest(relation, policies);
      const test: ValueTest = (value) => {
        const request = parse(value);
        return request !== undefined && holds(request);
      };
      return staticValues(test);
    },
    check: (value) => (parse(value) === undefined ? hint : undefined),
  };
}
