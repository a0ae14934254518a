import type {
  BundleJson,
  NamedPolicyJson,
  OrgLevelJson,
  PolicyDocumentJson,
  PrincipalElementJson,
  PrincipalKind,
  StatementJson,
} from '../../../src/testing/index.js';

/**
 * Edits of generated bundles for the invariant properties: add a statement to one layer, strip the Allow statements
 * of some layers, and the facts about a bundle that say which layers apply. Every edit returns a new bundle.
 */

/** The policy layers of a bundle (docs/cli.md). */
export type Layer = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp';

/** The layers a caller of this kind can have: identity policies, boundaries and session policies are not for root,
 * anonymous or service callers (the bundle format refuses them). */
export function layersOf(kind: PrincipalKind): Layer[] {
  const identity = kind === 'user' || kind === 'role-session' || kind === 'federated-user';
  const session = kind === 'role-session' || kind === 'federated-user';
  const own: Layer[] = identity ? ['identity', 'boundary'] : [];
  return [...own, ...(session ? (['session'] as const) : []), 'resource', 'scp', 'rcp'];
}

/** The statements of a document, as an array. */
export function statementsOf(document: PolicyDocumentJson): StatementJson[] {
  return Array.isArray(document.Statement) ? [...document.Statement] : [document.Statement];
}

/** A 2012-10-17 document with these statements. */
export function documentOf(...statements: StatementJson[]): PolicyDocumentJson {
  return { Version: '2012-10-17', Statement: statements };
}

/** The statement without its Sid, so that adding it to a policy never repeats a Sid (R8). */
export function withoutSid(statement: StatementJson): StatementJson {
  const { Sid: _sid, ...rest } = statement;
  return rest;
}

type Edit = (statements: StatementJson[], policy: NamedPolicyJson) => StatementJson[];

function editPolicy(policy: NamedPolicyJson, edit: Edit): NamedPolicyJson | undefined {
  const statements = edit(statementsOf(policy.document), policy);
  return statements.length === 0 ? undefined : { ...policy, document: { ...policy.document, Statement: statements } };
}

function editLevels(levels: readonly OrgLevelJson[] | undefined, edit: Edit): OrgLevelJson[] | undefined {
  return levels?.map((level) => ({
    ...level,
    policies: level.policies.flatMap((p) => editPolicy(p, edit) ?? []),
  }));
}

/**
 * The bundle with `edit` applied to the statements of every policy of the given layers. A policy left without
 * statements is removed (an SCP or RCP level stays, possibly empty).
 */
export function editLayers(json: BundleJson, layers: readonly Layer[], edit: Edit): BundleJson {
  const out = structuredClone(json);
  const p = out.principal;
  const on = (layer: Layer) => layers.includes(layer);
  if (on('identity') && p.identityPolicies !== undefined) {
    const kept = p.identityPolicies.flatMap((policy) => editPolicy(policy, edit) ?? []);
    if (kept.length === 0) delete p.identityPolicies;
    else p.identityPolicies = kept;
  }
  const single = (layer: Layer, policy: NamedPolicyJson | undefined) =>
    on(layer) && policy !== undefined ? editPolicy(policy, edit) : policy;
  const boundary = single('boundary', p.permissionsBoundary);
  const session = single('session', p.sessionPolicy);
  const resource = single('resource', out.resourcePolicy);
  if (boundary === undefined) delete p.permissionsBoundary;
  else p.permissionsBoundary = boundary;
  if (session === undefined) delete p.sessionPolicy;
  else p.sessionPolicy = session;
  if (resource === undefined) delete out.resourcePolicy;
  else out.resourcePolicy = resource;
  if (on('scp') && out.scps !== undefined) out.scps = editLevels(out.scps, edit) ?? [];
  if (on('rcp') && out.rcps !== undefined) out.rcps = editLevels(out.rcps, edit) ?? [];
  return out;
}

/** The bundle without any Allow statement in the given layers. */
export function stripAllows(json: BundleJson, layers: readonly Layer[]): BundleJson {
  return editLayers(json, layers, (statements) => statements.filter((s) => s.Effect !== 'Allow'));
}

function appended(policy: NamedPolicyJson | undefined, name: string, statement: StatementJson): NamedPolicyJson {
  if (policy === undefined) return { name, document: documentOf(statement) };
  return { ...policy, document: { ...policy.document, Statement: [...statementsOf(policy.document), statement] } };
}

/**
 * The bundle with one more statement (its Sid dropped) in a layer: a new identity policy; the boundary, session or
 * resource policy (created when missing); a new policy at SCP or RCP level `level` (modulo the number of levels; a
 * first level is created when the bundle has none, which puts the caller in an organization).
 */
export function addStatement(json: BundleJson, layer: Layer, statement: StatementJson, level = 0): BundleJson {
  const out = structuredClone(json);
  const s = withoutSid(statement);
  const p = out.principal;
  switch (layer) {
    case 'identity':
      p.identityPolicies = [...(p.identityPolicies ?? []), { name: 'added', document: documentOf(s) }];
      break;
    case 'boundary':
      p.permissionsBoundary = appended(p.permissionsBoundary, 'added boundary', s);
      break;
    case 'session':
      p.sessionPolicy = appended(p.sessionPolicy, 'added session policy', s);
      break;
    case 'resource':
      out.resourcePolicy = appended(out.resourcePolicy, 'added resource policy', s);
      break;
    default: {
      const levels = out[layer === 'scp' ? 'scps' : 'rcps'] ?? [];
      const added = { name: `added ${layer.toUpperCase()}`, document: documentOf(s) };
      const at = levels.length === 0 ? -1 : level % levels.length;
      const next =
        at < 0
          ? [{ name: 'Root', policies: [added] }]
          : levels.map((l, i) => (i === at ? { ...l, policies: [...l.policies, added] } : l));
      if (layer === 'scp') out.scps = next;
      else out.rcps = next;
    }
  }
  return out;
}

/** The account in a resource ARN's fifth segment, if it is 12 digits (R103). */
function accountInArn(resource: string): string | undefined {
  const account = resource.split(':')[4];
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

/** The resource's account as the engine resolves it: given, else from the ARN, else the caller's (R103). */
export function resourceAccountOf(json: BundleJson): string | undefined {
  return json.request.resourceAccount ?? accountInArn(json.request.resource) ?? json.principal.account;
}

/** The request is on a resource of another account than the caller's (R79). */
export function isCrossAccount(json: BundleJson): boolean {
  const account = resourceAccountOf(json);
  return json.principal.account !== undefined && account !== undefined && account !== json.principal.account;
}

/** A session of a role under the path /aws-service-role/ (R88). */
export function isServiceLinked(json: BundleJson): boolean {
  return json.principal.kind === 'role-session' && (json.principal.roleArn ?? '').includes(':role/aws-service-role/');
}

/** The request's action, lowercased. */
export function actionOf(json: BundleJson): string {
  return json.request.action.toLowerCase();
}

/** Principal elements that name the caller (R37–R39, R76, R78): `*`, its own ARN, its role, its account, … */
export function principalsNaming(json: BundleJson): PrincipalElementJson[] {
  const p = json.principal;
  const out: PrincipalElementJson[] = ['*', { AWS: '*' }];
  if (p.kind === 'service' && p.arn !== undefined) out.push({ Service: p.arn });
  if (p.kind === 'user' || p.kind === 'role-session' || p.kind === 'federated-user') {
    if (p.arn !== undefined) out.push({ AWS: p.arn });
  }
  if (p.kind === 'role-session' && p.roleArn !== undefined) out.push({ AWS: p.roleArn });
  if (p.provider !== undefined) out.push({ Federated: p.provider });
  if (p.account !== undefined && p.kind !== 'anonymous' && p.kind !== 'service') {
    out.push({ AWS: p.account }, { AWS: `arn:aws:iam::${p.account}:root` });
  }
  return out;
}

/** The AWS principal values that name the caller or part of it, for aiming generated Principal elements. */
export function identitiesOf(json: BundleJson): string[] {
  const p = json.principal;
  const own = p.kind === 'user' || p.kind === 'role-session' || p.kind === 'federated-user' ? [p.arn] : [];
  const account = p.account === undefined ? [] : [p.account, `arn:aws:iam::${p.account}:root`];
  return [...own, p.roleArn, p.userArn, ...account].filter((v): v is string => v !== undefined);
}

/** The kind of policy the resource policy is: a role's trust policy for sts:AssumeRole* (R80), else a resource one. */
export function resourceKindOf(json: BundleJson): 'trust' | 'resource' {
  return actionOf(json).startsWith('sts:assumerole') ? 'trust' : 'resource';
}
