import type { IWorldOptions } from '@cucumber/cucumber';
import { setWorldConstructor, World } from '@cucumber/cucumber';
import type { AuthorizationResult } from '../../src/engine/decision.js';
import type { RequestSummary } from '../../src/explain/render-text.js';
import { AwsModel } from '../../src/model/aws-model.js';
import { SessionStore } from '../../src/model/session.js';
import type { Diagnostic } from '../../src/policy/diagnostic.js';
import type { PolicyKind } from '../../src/policy/policy.js';
import { Sts } from '../../src/sts/sts.js';
import type { OperationWord } from './parameter-types.js';
import { iamspecParameters } from './world-parameters.js';

/** One decision of the engine with the request it answered. */
export interface DecisionRecord {
  readonly request: RequestSummary;
  readonly result: AuthorizationResult;
}

/** The outcome of one STS or IAM operation (AssumeRole, GetSessionToken, PassRole …). */
export interface OperationRecord {
  /** What was asked, in words: `alice assumes the role app as app-session`. */
  readonly asked: string;
  readonly ok: boolean;
  /** Why it failed. */
  readonly reason?: string;
  readonly decision?: DecisionRecord;
  /** For a denied operation, the encoded authorization message AWS would return. */
  readonly encodedMessage?: string;
  /** What it returned when it succeeded (a session, a caller identity, decoded reasons). */
  readonly value?: unknown;
}

/** Scenario state. Steps keep everything here, never in module variables. */
export class IamspecWorld extends World {
  /** Policy text under test, with the kind of policy it is. */
  policyText: string | undefined;
  policyKind: PolicyKind = 'identity';
  diagnostics: readonly Diagnostic[] | undefined;
  /** A Condition block under test, as JSON text. */
  conditionText: string | undefined;

  /** The feature file of the running scenario (policy files are named relative to it). */
  featureUri: string | undefined;
  /** `features/x.feature:12`: the running scenario (or example row), for commands that rerun it. */
  scenarioLocation: string | undefined;
  /** The running scenario's tags (`@expected-failure` …). */
  scenarioTags: readonly string[] = [];
  /** The scenario's accounts, organization, principals and resources. */
  readonly model: AwsModel;
  /** STS and PassRole as operations on the model. */
  readonly sts: Sts;
  /** Sessions created by the scenario's STS steps, by name. */
  readonly sessions: SessionStore;
  /** The last request made by a `… calls …` step. */
  lastCall: DecisionRecord | undefined;
  /** The last decision of any step: a call or an STS operation. */
  lastDecision: DecisionRecord | undefined;
  /** The last outcome of each kind of operation. */
  readonly operations = new Map<OperationWord, OperationRecord>();
  /** The encoded authorization message of the last denied operation that returned one. */
  lastEncodedMessage: string | undefined;
  /** What was wrong with the run's world parameters; a Before hook fails the scenario with it. */
  setupError: Error | undefined;

  constructor(options: IWorldOptions) {
    super(options);
    // R159–R161: in scenarios an unknown action or condition key is an error, unless the run declares it known.
    // A malformed parameter fails each scenario from a Before hook (hooks.ts): thrown here, it would crash the run.
    let model: AwsModel;
    try {
      const { knownActions, knownConditionKeys } = iamspecParameters(options.parameters);
      model = new AwsModel({ catalog: { severity: 'error', knownActions, knownConditionKeys } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.setupError = new Error(
        message.startsWith('the world parameter') ? message : `the world parameter iamspec: ${message}`,
      );
      model = new AwsModel({ catalog: { severity: 'error' } });
    }
    this.model = model;
    this.sessions = new SessionStore();
    this.sts = new Sts(this.model, this.sessions);
  }
}

setWorldConstructor(IamspecWorld);
