import type { Caller as EngineCaller } from '../context/caller.js';
import { RequestContext } from '../context/request-context.js';
import type { Bundle } from '../engine/bundle.js';
import { CompiledStatement } from '../engine/compiled-statement.js';
import { accountOfArn, principalContext, requestContext } from '../engine/derive-context.js';
import type { Statement } from '../policy/policy.js';

/**
 * One statement compiled on its own, to ask whether its action, resource and conditions apply to a request, apart
 * from how the engine then combines layers (an SCP Deny matches sts:GetCallerIdentity even though R98 allows it).
 */
export class StatementProbe {
  private readonly compiled: CompiledStatement;

  constructor(statement: Statement, policyName: string, supportsVariables: boolean) {
    this.compiled = new CompiledStatement(statement, { type: 'scp', name: policyName }, supportsVariables);
  }

  /** The request as the engine prepares it (Authorizer.prepare): derived principal and request keys under given ones. */
  applies(bundle: Bundle): boolean {
    const p = bundle.principal;
    const r = bundle.request;
    const actionLower = r.action.toLowerCase();
    const colon = actionLower.indexOf(':');
    const resourceAccount = r.resourceAccount ?? accountOfArn(r.resource) ?? p.account;
    const caller: EngineCaller = { kind: p.kind, ...(p.arn === undefined ? {} : { arn: p.arn }) };
    return this.compiled.applies({
      action: r.action,
      actionLower,
      service: colon < 0 ? actionLower : actionLower.slice(0, colon),
      resource: r.resource,
      resourceAccount,
      context: RequestContext.from(principalContext(p)).over(requestContext(r, resourceAccount)),
      caller,
      hasBoundary: p.permissionsBoundary !== undefined,
    });
  }
}
