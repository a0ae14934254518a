import { rcpSupportedServices } from '../catalog/rcp-services.js';
import type { Caller } from '../context/caller.js';
import { RequestContext } from '../context/request-context.js';
import type { Bundle, BundleRequest, NamedPolicy, OrgLevel } from './bundle.js';
import { CompiledPolicy } from './compiled-policy.js';
import type { CompiledStatement, PreparedRequest } from './compiled-statement.js';
import { decide, type Layers, rcpsApply, resourcePolicyCanGrant, scpsApply } from './decide.js';
import type { AuthorizationResult, PolicyRef, PolicyType } from './decision.js';
import { principalContext } from './derive-context.js';
import { explainDecision } from './explain-decision.js';
import { callerOf, prepareRequest } from './prepare-request.js';
import { type GrantStrength, MissingKeys, scanPolicies } from './scan.js';

/** A bundle without its request: who asks, and every policy that can apply. */
export type Scenario = Omit<Bundle, 'request'>;

export interface AuthorizeOptions {
  /** Build full reasons: deciding statements, layers without an Allow, near misses. Slower. */
  readonly explain?: boolean;
}

/** One compiled organization level. */
export interface CompiledLevel {
  readonly name: string;
  readonly policies: readonly CompiledPolicy[];
}

/**
 * The engine's entry point: compiles a scenario's policies once, then answers many requests (R70–R105).
 * Holds no mutable state and reads no clock, so one Authorizer can serve any number of requests.
 */
export class Authorizer {
  readonly scenario: Scenario;
  readonly caller: Caller;
  readonly identity: readonly CompiledPolicy[];
  readonly boundary: CompiledPolicy | undefined;
  readonly session: CompiledPolicy | undefined;
  readonly resource: CompiledPolicy | undefined;
  readonly scps: readonly CompiledLevel[] | undefined;
  readonly rcps: readonly CompiledLevel[] | undefined;
  /** Service prefixes that RCPs apply to (R91). */
  readonly rcpServices: ReadonlySet<string>;
  private readonly baseContext: RequestContext;
  private readonly userCaller: Caller | undefined;

  constructor(scenario: Scenario, options: { readonly rcpServices?: ReadonlySet<string> } = {}) {
    this.scenario = scenario;
    this.rcpServices = options.rcpServices ?? rcpSupportedServices();
    const p = scenario.principal;
    this.caller = callerOf(p);
    this.identity = p.identityPolicies.map((n) => compile(n, 'identity'));
    this.boundary = p.permissionsBoundary && compile(p.permissionsBoundary, 'boundary');
    this.session = p.sessionPolicy && compile(p.sessionPolicy, 'session');
    this.resource = scenario.resourcePolicy && compile(scenario.resourcePolicy, 'resource');
    this.scps = scenario.scps?.map((level, i) => compileLevel(level, i, 'scp'));
    this.rcps = scenario.rcps?.map((level, i) => compileLevel(level, i, 'rcp'));
    this.baseContext = RequestContext.from(principalContext(p));
    this.userCaller =
      p.kind === 'federated-user' && p.userArn !== undefined
        ? { kind: 'user', arn: p.userArn, ...(p.account === undefined ? {} : { account: p.account }) }
        : undefined;
  }

  /** Decides one request. */
  authorize(request: BundleRequest, options: AuthorizeOptions = {}): AuthorizationResult {
    const req = this.prepare(request);
    const missing = new MissingKeys();
    const layers = this.scan(req, missing);
    const outcome = decide(this, req, layers);
    const missingContextKeys = missing.list();
    if (options.explain === true) {
      return { decision: outcome.decision, reasons: explainDecision(this, req, layers, outcome), missingContextKeys };
    }
    return { decision: outcome.decision, reasons: outcome.reasons, missingContextKeys };
  }

  private prepare(request: BundleRequest): PreparedRequest {
    return prepareRequest(request, this.caller, this.baseContext, this.boundary !== undefined);
  }

  private scan(req: PreparedRequest, missing: MissingKeys): Layers {
    const none: readonly CompiledPolicy[] = [];
    return {
      identity: scanPolicies(this.identity, req, missing),
      boundary: this.boundary && scanPolicies([this.boundary], req, missing),
      session: this.session && scanPolicies([this.session], req, missing),
      resource: scanPolicies(this.resource ? [this.resource] : none, req, missing, (s) => this.grantFor(s, req)),
      scps: scpsApply(this) ? this.scps?.map((level) => scanPolicies(level.policies, req, missing)) : undefined,
      rcps: rcpsApply(this, req) ? this.rcps?.map((level) => scanPolicies(level.policies, req, missing)) : undefined,
    };
  }

  /** How a resource-policy statement covers the caller (R74–R78), or undefined when it does not. */
  grantFor(statement: CompiledStatement, req: PreparedRequest): GrantStrength | undefined {
    // R109: an Allow in a resource policy grants nothing for a request on no particular resource.
    if (statement.effect === 'Allow' && !resourcePolicyCanGrant(req)) return undefined;
    const outcome = statement.principal(req);
    // An account match is the weakest grant: a statement that also names the user who federated grants more (R78).
    if (outcome.applies && !(outcome.match === 'account' && this.userCaller !== undefined)) {
      return strength(outcome.match);
    }
    // R78: a Principal naming the IAM user who federated covers the federated user, limited by boundary and session
    // policy. NotPrincipal is not widened this way: its exemption is about the session's own identities (R85).
    const user = this.userCaller;
    if (user !== undefined && statement.namesPrincipals && namesExactly(statement, req, user)) return 'limited';
    return outcome.applies ? strength(outcome.match) : undefined;
  }
}

/** True when the statement names this caller's own ARN (not merely its account or everyone). */
function namesExactly(statement: CompiledStatement, req: PreparedRequest, caller: Caller): boolean {
  const outcome = statement.principal({ ...req, caller });
  return outcome.applies && outcome.match === 'exact';
}

function strength(match: string | undefined): GrantStrength {
  if (match === 'account') return 'account';
  if (match === 'role') return 'limited';
  return 'direct';
}

function compile(named: NamedPolicy, type: PolicyType): CompiledPolicy {
  return new CompiledPolicy(named.policy, { type, name: named.name });
}

function compileLevel(level: OrgLevel, index: number, type: 'scp' | 'rcp'): CompiledLevel {
  const ref = (name: string): PolicyRef => ({ type, name, level: index, levelName: level.name });
  return { name: level.name, policies: level.policies.map((n) => new CompiledPolicy(n.policy, ref(n.name))) };
}
