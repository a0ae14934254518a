import type { BundlePrincipal } from '../engine/bundle.js';
import type { AwsModel } from '../model/aws-model.js';
import { orgMembership } from '../model/model-state.js';
import { uniqueId } from '../model/unique-id.js';
import { ALLOW_EVERYTHING } from './worst-case-policy.js';

/** A principal the model does not hold, made up by a property. */
export type GeneratedPrincipal =
  | {
      readonly kind: 'user' | 'role-session' | 'federated-user' | 'root';
      readonly account: string;
      readonly name: string;
      readonly tags: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'service';
      readonly service: string;
      /** The account the service acts for (aws:SourceAccount). */
      readonly sourceAccount: string;
    };

/** The principal's ARN, or its words when it has none. */
export function generatedLabel(p: GeneratedPrincipal): string {
  switch (p.kind) {
    case 'anonymous':
      return 'an anonymous caller';
    case 'service':
      return `${p.service} (acting for account ${p.sourceAccount})`;
    default:
      return arnsOf(p).arn;
  }
}

function arnsOf(p: Extract<GeneratedPrincipal, { account: string }>): { arn: string; roleArn?: string } {
  switch (p.kind) {
    case 'user':
      return { arn: `arn:aws:iam::${p.account}:user/${p.name}` };
    case 'role-session':
      return {
        arn: `arn:aws:sts::${p.account}:assumed-role/${p.name}/${p.name}`,
        roleArn: `arn:aws:iam::${p.account}:role/${p.name}`,
      };
    case 'federated-user':
      return { arn: `arn:aws:sts::${p.account}:federated-user/${p.name}` };
    case 'root':
      return { arn: `arn:aws:iam::${p.account}:root` };
  }
}

/**
 * The engine's view of a generated principal. Users, role sessions and federated users (with a session policy) hold
 * every permission ({@link ALLOW_EVERYTHING}): what an account the model does not describe may grant them.
 */
export function generatedBundlePrincipal(model: AwsModel, p: GeneratedPrincipal): BundlePrincipal {
  if (p.kind === 'anonymous') return { kind: 'anonymous', identityPolicies: [], tags: {} };
  if (p.kind === 'service') return { kind: 'service', arn: p.service, identityPolicies: [], tags: {} };
  const { arn, roleArn } = arnsOf(p);
  const orgId = orgMembership(model, p.account)?.id;
  const base = { arn, account: p.account, ...(orgId === undefined ? {} : { orgId }) };
  switch (p.kind) {
    case 'root':
      return { kind: 'root', ...base, identityPolicies: [], tags: {} };
    case 'user':
      return {
        kind: 'user',
        ...base,
        identityPolicies: [ALLOW_EVERYTHING],
        tags: p.tags,
        uniqueId: uniqueId('AIDA', arn),
      };
    case 'role-session':
      return {
        kind: 'role-session',
        ...base,
        ...(roleArn === undefined ? {} : { roleArn, uniqueId: uniqueId('AROA', roleArn) }),
        identityPolicies: [ALLOW_EVERYTHING],
        tags: p.tags,
      };
    case 'federated-user':
      // R94: without a session policy a federated user has no permissions; the worst case passes one.
      return {
        kind: 'federated-user',
        ...base,
        identityPolicies: [ALLOW_EVERYTHING],
        sessionPolicy: ALLOW_EVERYTHING,
        tags: p.tags,
      };
  }
}
