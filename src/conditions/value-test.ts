import type { RequestContext } from '../context/request-context.js';

/**
 * The compiled policy values of one condition entry, bound to one request, asked about one request value.
 * True when the request value matches at least one policy value in the operator's positive sense
 * (StringNotEquals asks the StringEquals question; the block evaluator applies the negation, R47).
 */
export type ValueTest = (requestValue: string) => boolean;

/** What compiling the values of one entry gives. */
export interface CompiledValues {
  /**
   * The test for one request. Values with policy variables (R59) are rendered for it once, on first need, so a
   * multivalued request value costs one rendering, not one per member (R151).
   */
  bind(ctx: RequestContext): ValueTest;
  /** Lowercased context keys that policy variables in the values read (R59). */
  readonly variableKeys: readonly string[];
}

/** One operator family member: compiles policy values once and checks them for validation. */
export interface OperatorImpl {
  /** Compiles every value of an entry once; never throws: a value it cannot parse never matches (R68). */
  compile(values: readonly string[], supportsVariables: boolean): CompiledValues;
  /** Undefined when `value` is valid for the operator, otherwise a phrase naming what would be valid. */
  check(value: string): string | undefined;
}

/** A test that no request value passes. */
export const NEVER: ValueTest = () => false;

/** Compiled values whose policy text reads no context keys. */
export function staticValues(test: ValueTest): CompiledValues {
  return { bind: () => test, variableKeys: [] };
}

/**
 * Compiled values of which some have variables: `fixed` tests the others; `render` builds, for one request, the
 * test of those with variables. It runs at most once per binding, and only when `fixed` says no.
 */
export function templatedValues(
  fixed: ValueTest,
  render: ((ctx: RequestContext) => ValueTest) | undefined,
  variableKeys: readonly string[],
): CompiledValues {
  if (render === undefined) return { bind: () => fixed, variableKeys };
  return {
    bind(ctx) {
      let rendered: ValueTest | undefined;
      return (value) => {
        if (fixed(value)) return true;
        rendered ??= render(ctx);
        return rendered(value);
      };
    },
    variableKeys,
  };
}
