import { NEVER, staticValues, type OperatorImpl, type ValueTest } from './value-test.js';

/** Parses a policy or request value, or returns undefined when it is not of the operator's type. */
export type Parse = (text: string) => number | undefined;

/** True when the request quantity stands in the operator's relation to the policy quantity. */
export type Compare = (request: number, policy: number) => boolean;

/**
 * An operator over parsed quantities (Numeric R62, Date R63). Policy values are parsed once at compile
 * time; a value that does not parse never matches (R68). Each test parses the request value once and
 * compares it with every policy value (R46). These families take no policy variables (R59).
 */
export function parsedOperator(parse: Parse, compare: Compare, hint: string): OperatorImpl {
  return {
    compile(values) {
      const policies: number[] = [];
      for (const text of values) {
        const parsed = parse(text);
        if (parsed !== undefined) policies.push(parsed);
      }
      if (policies.length === 0) return staticValues(NEVER);
      const test: ValueTest = (value) => {
        const request = parse(value);
        if (request === undefined) return false;
        for (let i = 0; i < policies.length; i++) {
          const policy = policies[i];
          if (policy !== undefined && compare(request, policy)) return true;
        }
        return false;
      };
      return staticValues(test);
    },
    check: (value) => (parse(value) === undefined ? hint : undefined),
  };
}
