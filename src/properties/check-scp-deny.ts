import type { NamedPolicy } from '../engine/bundle.js';
import type { AuthorizationResult } from '../engine/decision.js';
import { simulate } from '../engine/simulate.js';
import { AuthorizerCache } from '../model/authorizer-cache.js';
import type { AwsModel } from '../model/aws-model.js';
import { accountOfCaller } from '../model/caller.js';
import { describeCaller } from '../model/describe-caller.js';
import { ModelError } from '../model/model-error.js';
import type { Statement } from '../policy/policy.js';
import { bundleToJson } from './bundle-json.js';
import { tagsArbitrary } from './context-arbitrary.js';
import { generatedLabel } from './generated-principal.js';
import { modelledCallers } from './modelled-callers.js';
import { principalPool } from './principal-pool.js';
import { principalNames } from './principal-sources.js';
import { propertyInputs } from './property-inputs.js';
import { type PropertyOptions, randomSeed } from './property-options.js';
import type { PropertyResult } from './property-result.js';
import { RequestBuilder, withCase } from './request-builder.js';
import { search } from './run-property.js';
import { type ScpCase, type ScpPrincipal, scpCases } from './scp-cases.js';
import { StatementProbe } from './statement-applies.js';

/**
 * For any request that a Deny statement of the SCP covers, from a principal of an account the SCP is attached above
 * (its modelled users, roles, root user and sessions, and made-up users, role sessions, federated users and root
 * users holding every permission), the decision is an explicit deny. Requests are generated from the statement
 * itself (see `scpCases`). Credentials that cannot make the request at all (R106, R107, R131–R134) pass. The
 * management account is under the root too, and SCPs never limit it (R87): a Deny attached to `Root` fails there.
 */
export function checkScpDenyWins(model: AwsModel, scpName: string, given: PropertyOptions = {}): PropertyResult {
  const options = { ...given, seed: given.seed ?? randomSeed() };
  const { scp, accounts } = findScp(model, scpName);
  const denies = scp.policy.statements.filter((s) => s.effect === 'Deny');
  if (denies.length === 0) throw new ModelError(`SCP "${scpName}" has no Deny statement to check`);
  const inputs = propertyInputs(model, options.sessions);
  const builder = new RequestBuilder(model);
  const principals = principalsUnder(model, inputs, accounts, options);
  const probes = denies.map((s) => new StatementProbe(s, scp.name, scp.policy.supportsVariables));
  const authorizers = new AuthorizerCache();
  const decide = (c: ScpCase) => {
    const who = c.principal.who;
    if ('modelled' in who && model.refusal(who.modelled, c.action) !== undefined) return undefined;
    const bundle = withCase(builder.prepare(who, c.action, c.resource, c.principal.account), c.context, c.resourceTags);
    if (!(probes[c.statement] as StatementProbe).applies(bundle)) return undefined;
    const { request, ...scenario } = bundle;
    return { bundle, result: authorizers.get(scenario).authorize(request) };
  };
  let hits = 0;
  const holds = (c: ScpCase) => {
    const decided = decide(c);
    if (decided !== undefined) hits++;
    return decided === undefined || wins(decided.result);
  };
  const outcome = search(scpCases(model, builder, inputs, scp, denies, principals), holds, options);
  if (outcome.ok) {
    if (hits === 0 && options.path === undefined) throw vacuous(scpName, outcome.runs);
    const coverage = `${hits} of ${outcome.runs} generated requests matched a Deny statement, from ${principals.length} principals of ${accounts.length} account(s)`;
    return { ok: true, seed: outcome.seed, runs: outcome.runs, evaluations: hits, coverage };
  }
  const c = outcome.value;
  const decided = decide(c);
  if (decided === undefined) throw new Error('iamspec: a shrunk counterexample no longer fails; please report this');
  const statement = denies[c.statement] as Statement;
  const result = simulate(decided.bundle, { explain: true });
  const { ok: _ok, value: _value, ...rest } = outcome;
  const sid = statement.sid ?? `#${statement.index}`;
  return {
    ok: false,
    ...rest,
    counterexample: {
      principal: c.principal.label,
      action: c.action,
      resource: c.resource,
      generatedContext: c.context,
      bundle: decided.bundle,
      bundleJson: bundleToJson(decided.bundle),
      result,
      expected: 'explicitly denied',
      why: `the request matches Deny statement ${sid} of the SCP "${scpName}", but the decision is ${result.decision}`,
      alike: [],
    },
  };
}

/** Explicitly denied, or refused before any policy (R106, R107). */
function wins(result: AuthorizationResult): boolean {
  if (result.decision === 'ExplicitDeny') return true;
  return result.decision === 'ImplicitDeny' && result.reasons.some((r) => r.kind === 'rule');
}

/** Modelled principals of the accounts, then made-up ones (from the seed), simplest first. */
function principalsUnder(
  model: AwsModel,
  inputs: ReturnType<typeof propertyInputs>,
  accounts: readonly string[],
  options: PropertyOptions & { readonly seed: number },
): ScpPrincipal[] {
  const modelled = modelledCallers(model, options.sessions).flatMap((caller): ScpPrincipal[] => {
    const account = accountOfCaller(caller);
    return account !== undefined && accounts.includes(account)
      ? [{ who: { modelled: caller }, label: describeCaller(caller), account }]
      : [];
  });
  const names = principalNames(model);
  const tags = tagsArbitrary(inputs.pool.tags);
  const pool = principalPool(
    { accounts, unknownAccounts: false, modelled: new Set(), names, tags, services: [] },
    options.seed,
  );
  const made = pool.flatMap((p): ScpPrincipal[] =>
    'account' in p ? [{ who: { generated: p }, label: generatedLabel(p), account: p.account }] : [],
  );
  return [...modelled, ...made];
}

/** The SCP by name, and the member accounts it is attached above (at the root, an OU on the way, or the account). */
function findScp(model: AwsModel, name: string): { scp: NamedPolicy; accounts: string[] } {
  const org = model.organization;
  if (org === undefined) throw new ModelError(`there is no organization, so no SCP "${name}"`);
  let scp: NamedPolicy | undefined;
  const accounts: string[] = [];
  const seen = new Set<string>();
  for (const account of model.accounts.list()) {
    if (!org.isMember(account.id)) continue;
    for (const level of org.levels('scp', account.id, account.name)) {
      for (const policy of level.policies) {
        seen.add(policy.name);
        if (policy.name !== name) continue;
        scp ??= policy;
        if (!accounts.includes(account.id)) accounts.push(account.id);
      }
    }
  }
  if (scp === undefined) {
    const attached = [...seen].sort().join(', ') || 'none';
    throw new ModelError(`no SCP "${name}" is attached above any account; attached SCPs: ${attached}`);
  }
  return { scp, accounts };
}

function vacuous(name: string, runs: number): Error {
  return new ModelError(
    `none of ${runs} generated requests matched a Deny statement of the SCP "${name}", so the property says nothing; are its conditions satisfiable?`,
  );
}
