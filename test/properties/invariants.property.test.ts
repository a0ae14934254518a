import { describe } from 'node:test';
import { itHoldsAll } from './law-check.js';
import { DENY_LAWS } from './laws/deny-laws.js';
import { MONOTONICITY_LAWS } from './laws/monotonicity-laws.js';
import { REASONS_LAWS } from './laws/reasons-laws.js';
import { SHAPE_LAWS } from './laws/shape-laws.js';

// Invariants of the engine (docs/semantics.md R70–R109), checked on random bundles from the public arbitraries
// (src/testing). Each run prints its seed per law; a failure prints the replay command and the shrunk bundles,
// ready for `iamspec simulate`. The laws live in ./laws/, one file per theme; one test file keeps start-up cheap.
// The wildcard matcher's law (`*`, `?` against a reference matcher) is test/match/glob.property.test.ts, and
// parse → print → parse is test/policy/print-policy.test.ts.

describe('invariants: explicit deny and default deny', () => itHoldsAll(import.meta.filename, DENY_LAWS));
describe('invariants: monotonicity, guardrails and cross-account access', () =>
  itHoldsAll(import.meta.filename, MONOTONICITY_LAWS));
describe('invariants: shape, case and complements', () => itHoldsAll(import.meta.filename, SHAPE_LAWS));
describe('invariants: reasons', () => itHoldsAll(import.meta.filename, REASONS_LAWS));
