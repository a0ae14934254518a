import { setWorldConstructor, World } from '@cucumber/cucumber';
import type { IWorldOptions } from '@cucumber/cucumber';
import type { Diagnostic } from '../../src/policy/diagnostic.js';
import type { PolicyKind } from '../../src/policy/policy.js';

/** Scenario state. Steps keep everything here, never in module variables. */
export class IamspecWorld extends World {
  /** Policy text under test, with the kind of policy it is. */
  policyText: string | undefined;
  policyKind: PolicyKind = 'identity';
  diagnostics: readonly Diagnostic[] | undefined;
  /** A Condition block under test, as JSON text. */
  conditionText: string | undefined;

  constructor(options: IWorldOptions) {
    super(options);
  }
}

setWorldConstructor(IamspecWorld);
