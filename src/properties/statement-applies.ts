import { RequestContext } from '../context/request-context.js';
import type { Bundle } from '../engine/bundle.js';
import { CompiledStatement } from '../engine/compiled-statement.js';
import { principalContext } from '../engine/derive-context.js';
import { callerOf, prepareRequest } from '../engine/prepare-request.js';
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

  /** The request as the engine prepares it: derived principal and request keys under given ones. */
  applies(bundle: Bundle): boolean {
    const p = bundle.principal;
    const caller = callerOf(p);
    const base = RequestContext.from(principalContext(p));
    return this.compiled.applies(prepareRequest(bundle.request, caller, base, p.permissionsBoundary !== undefined));
  }
}
