import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { Bundle, BundlePrincipal, NamedPolicy } from '../engine/bundle.js';
import { accountOfArn } from '../engine/derive-context.js';
import type { AwsModel, Caller } from '../model/aws-model.js';
import { principalFor } from '../model/bundle-principal.js';
import { accountOfCaller } from '../model/caller.js';
import { derivedContext } from '../model/derived-context.js';
import { ModelError } from '../model/model-error.js';
import { orgMembership } from '../model/model-state.js';
import type { ResolvedResource } from '../model/resolve-resource.js';
import { type GeneratedPrincipal, generatedBundlePrincipal } from './generated-principal.js';

/** Who asks: a principal of the model, or one a property made up. */
export type Who = { readonly modelled: Caller } | { readonly generated: GeneratedPrincipal };

/** An engine input without generated context, and whether its resource is one the model does not hold. */
export interface PreparedBundle {
  readonly bundle: Bundle;
  /** The resource is not modelled: its tags are unknown, and a property may generate them. */
  readonly unmodelledResource: boolean;
}

type Context = Record<string, ContextValue>;

/**
 * A prepared bundle with a generated case: its context keys over the derived ones, the principal's own keys over
 * those (a service's aws:SourceAccount), and generated tags for a resource the model does not hold.
 */
export function withCase(
  prepared: PreparedBundle,
  context: Readonly<Context>,
  resourceTags: Readonly<Record<string, string>>,
  principalContext: Readonly<Context> = {},
): Bundle {
  const request = prepared.bundle.request;
  return {
    ...prepared.bundle,
    request: {
      ...request,
      resourceTags: prepared.unmodelledResource ? resourceTags : request.resourceTags,
      context: nullRecord(request.context, context, principalContext), // R140: user keys stay keys
    },
  };
}

/**
 * Builds engine bundles for property requests. A modelled principal asking about a modelled resource gets exactly
 * `model.bundleFor`. Otherwise the bundle is assembled here from the model's parts, for a principal the model does
 * not hold, or a resource it does not hold (an S3 bucket it does not know, a generic resource): such a resource has
 * no policy and no tags, and belongs to the account its ARN names, or else to `homeAccount`.
 */
export class RequestBuilder {
  private readonly resolved = new Map<string, ResolvedResource | undefined>();

  constructor(private readonly model: AwsModel) {}

  prepare(who: Who, action: string, resource: string, homeAccount: string | undefined): PreparedBundle {
    const known = this.resolve(resource);
    if ('modelled' in who && known !== undefined) {
      return { bundle: this.model.bundleFor(who.modelled, action, resource), unmodelledResource: false };
    }
    const target = known ?? unmodelled(resource, homeAccount);
    return { bundle: this.assemble(who, action, target), unmodelledResource: known === undefined };
  }

  /** The modelled resource behind an ARN, or undefined when the model does not hold it. */
  resolve(arn: string): ResolvedResource | undefined {
    if (this.resolved.has(arn)) return this.resolved.get(arn);
    let found: ResolvedResource | undefined;
    try {
      found = this.model.resourceFor(arn);
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
    }
    this.resolved.set(arn, found);
    return found;
  }

  /**
   * The bundle assembled from the model's parts, as `prepare` does when `model.bundleFor` cannot be used; for a
   * modelled caller and resource it equals `model.bundleFor` (test/properties/request-builder.test.ts keeps it so).
   */
  assemble(who: Who, action: string, resource: ResolvedResource): Bundle {
    const model = this.model;
    const principal: BundlePrincipal =
      'modelled' in who ? principalFor(model, who.modelled) : generatedBundlePrincipal(model, who.generated);
    const callerAccount = 'modelled' in who ? accountOfCaller(who.modelled) : principal.account;
    const resourceAccount = resource.accountId ?? callerAccount;
    const derived =
      'modelled' in who
        ? derivedContext(model, who.modelled, callerAccount, resourceAccount)
        : this.generatedContext(principal, resourceAccount);
    const resourcePolicy = resourcePolicyFor(resource, action);
    const org = model.organization;
    const scps = this.levels('scp', callerAccount);
    const rcps = this.levels('rcp', resourceAccount);
    return {
      principal,
      request: {
        action,
        resource: resource.arn,
        ...(resource.accountId === undefined ? {} : { resourceAccount: resource.accountId }),
        resourceTags: action.toLowerCase() === 'iam:passrole' ? {} : resource.tags, // R137
        // As buildBundle: the scenario's defaults (region, default keys; R155–R158) over the derived keys.
        context: nullRecord(derived, model.requestDefaults.forAction(action)),
      },
      ...(resourcePolicy === undefined ? {} : { resourcePolicy }),
      ...(scps === undefined ? {} : { scps }),
      ...(rcps === undefined ? {} : { rcps }),
      isManagementAccount: org !== undefined && callerAccount === org.managementAccountId,
      resourceIsManagementAccount: org !== undefined && resourceAccount === org.managementAccountId,
    };
  }

  /** What the model derives for any caller (R116, R117); generated principals carry no session keys. */
  private generatedContext(principal: BundlePrincipal, resourceAccount: string | undefined): Context {
    const out: Context = { 'aws:CurrentTime': this.model.now, 'aws:SecureTransport': 'true' };
    const principalOrg = principal.kind === 'anonymous' ? undefined : orgMembership(this.model, principal.account);
    if (principalOrg !== undefined) out['aws:PrincipalOrgPaths'] = [principalOrg.path];
    const resourceOrg = orgMembership(this.model, resourceAccount);
    if (resourceOrg !== undefined) {
      out['aws:ResourceOrgID'] = resourceOrg.id;
      out['aws:ResourceOrgPaths'] = [resourceOrg.path];
    }
    return out;
  }

  private levels(kind: 'scp' | 'rcp', accountId: string | undefined) {
    const org = this.model.organization;
    if (org === undefined || accountId === undefined || !org.isMember(accountId)) return undefined;
    return org.levels(kind, accountId, this.model.accounts.byId(accountId)?.name ?? accountId);
  }
}

function unmodelled(arn: string, homeAccount: string | undefined): ResolvedResource {
  const accountId = accountOfArn(arn) ?? homeAccount;
  return { kind: 'account', arn, accountId, policy: undefined, tags: {} };
}

/** R80: a role's trust policy is its resource policy for STS actions only (as src/model/build-bundle.ts). */
function resourcePolicyFor(resource: ResolvedResource, action: string): NamedPolicy | undefined {
  if (resource.kind === 'role') return action.toLowerCase().startsWith('sts:') ? resource.policy : undefined;
  return resource.policy;
}
