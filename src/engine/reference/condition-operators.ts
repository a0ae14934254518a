import type { ReferenceContext } from './reference-context.js';
import { renderPolicyText } from './policy-text.js';
import { arnMatches } from './resource-match.js';
import { joinPieces, wildcardMatch } from './text-piece.js';
import {
  cidrContains,
  decodeBase64Value,
  parseBoolValue,
  parseCidrValue,
  parseDateValue,
  parseIpValue,
  parseNumberValue,
} from './value-parsers.js';

/**
 * Does one request value match one policy value, in the positive sense of the operator (R47: a negated operator asks
 * its positive twin's question and the block evaluator negates)? Written per operator for clarity.
 */
export type ValueMatch = (policyValue: string, requestValue: string, context: ReferenceContext) => boolean;

/** R59: String, Arn and Bool values may hold policy variables; other families read `${…}` as literal text. */
function rendered(policyValue: string, context: ReferenceContext, supportsVariables: boolean) {
  return renderPolicyText(policyValue, context, supportsVariables);
}

function stringEquals(supportsVariables: boolean): ValueMatch {
  return (policy, request, context) => {
    const pieces = rendered(policy, context, supportsVariables);
    return pieces !== undefined && joinPieces(pieces) === request; // R57 exact, R60 unresolvable matches nothing
  };
}

function stringEqualsIgnoreCase(supportsVariables: boolean): ValueMatch {
  return (policy, request, context) => {
    const pieces = rendered(policy, context, supportsVariables);
    return pieces !== undefined && joinPieces(pieces).toLowerCase() === request.toLowerCase(); // R57
  };
}

function stringLike(supportsVariables: boolean): ValueMatch {
  return (policy, request, context) => {
    const pieces = rendered(policy, context, supportsVariables);
    return pieces !== undefined && wildcardMatch(pieces, request); // R58, R61
  };
}

function arnLike(supportsVariables: boolean): ValueMatch {
  return (policy, request, context) => {
    const pieces = rendered(policy, context, supportsVariables);
    return pieces !== undefined && arnMatches(pieces, request); // R67, R27
  };
}

function bool(supportsVariables: boolean): ValueMatch {
  return (policy, request, context) => {
    const pieces = rendered(policy, context, supportsVariables);
    const expected = pieces === undefined ? undefined : parseBoolValue(joinPieces(pieces));
    const actual = parseBoolValue(request);
    return expected !== undefined && actual !== undefined && expected === actual; // R64
  };
}

function compared(parse: (text: string) => number | undefined, holds: (request: number, policy: number) => boolean) {
  return (): ValueMatch => (policy, request) => {
    const p = parse(policy);
    const r = parse(request);
    return p !== undefined && r !== undefined && holds(r, p);
  };
}

function binaryEquals(): ValueMatch {
  return (policy, request) => {
    const p = decodeBase64Value(policy);
    const r = decodeBase64Value(request);
    return p !== undefined && r !== undefined && p.length === r.length && p.every((byte, i) => byte === r[i]); // R65
  };
}

function ipAddress(): ValueMatch {
  return (policy, request) => {
    const block = parseCidrValue(policy);
    const address = parseIpValue(request);
    return block !== undefined && address !== undefined && cidrContains(block, address); // R66
  };
}

const equal = (a: number, b: number) => a === b;
const less = (a: number, b: number) => a < b;
const lessOrEqual = (a: number, b: number) => a <= b;
const greater = (a: number, b: number) => a > b;
const greaterOrEqual = (a: number, b: number) => a >= b;

/** Every base operator except Null, with whether it is negated (R44, R47) and how a value matches. */
export const OPERATORS: Readonly<Record<string, { negated: boolean; match: (sv: boolean) => ValueMatch }>> = {
  StringEquals: { negated: false, match: stringEquals },
  StringNotEquals: { negated: true, match: stringEquals },
  StringEqualsIgnoreCase: { negated: false, match: stringEqualsIgnoreCase },
  StringNotEqualsIgnoreCase: { negated: true, match: stringEqualsIgnoreCase },
  StringLike: { negated: false, match: stringLike },
  StringNotLike: { negated: true, match: stringLike },
  NumericEquals: { negated: false, match: compared(parseNumberValue, equal) }, // R62
  NumericNotEquals: { negated: true, match: compared(parseNumberValue, equal) },
  NumericLessThan: { negated: false, match: compared(parseNumberValue, less) },
  NumericLessThanEquals: { negated: false, match: compared(parseNumberValue, lessOrEqual) },
  NumericGreaterThan: { negated: false, match: compared(parseNumberValue, greater) },
  NumericGreaterThanEquals: { negated: false, match: compared(parseNumberValue, greaterOrEqual) },
  DateEquals: { negated: false, match: compared(parseDateValue, equal) }, // R63, R69: no wildcards
  DateNotEquals: { negated: true, match: compared(parseDateValue, equal) },
  DateLessThan: { negated: false, match: compared(parseDateValue, less) },
  DateLessThanEquals: { negated: false, match: compared(parseDateValue, lessOrEqual) },
  DateGreaterThan: { negated: false, match: compared(parseDateValue, greater) },
  DateGreaterThanEquals: { negated: false, match: compared(parseDateValue, greaterOrEqual) },
  Bool: { negated: false, match: bool },
  BinaryEquals: { negated: false, match: binaryEquals },
  IpAddress: { negated: false, match: ipAddress },
  NotIpAddress: { negated: true, match: ipAddress },
  ArnEquals: { negated: false, match: arnLike },
  ArnLike: { negated: false, match: arnLike },
  ArnNotEquals: { negated: true, match: arnLike },
  ArnNotLike: { negated: true, match: arnLike },
};
