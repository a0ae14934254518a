import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { Caller } from './caller.js';
import { epochOf } from './clock.js';
import { type ModelState, orgMembership } from './model-state.js';

type Context = Record<string, ContextValue>;

/**
 * Context keys the model knows and the engine cannot (R116–R120): the clock, HTTPS, the organization, and what the
 * caller's credentials carry (MFA, issue time, source identity, identity provider). Keys a request gives override
 * these (R105).
 */
export function derivedContext(
  state: ModelState,
  caller: Caller,
  callerAccount: string | undefined,
  resourceAccount: string | undefined,
): Context {
  const out = nullRecord<ContextValue>();
  out['aws:CurrentTime'] = state.clock.now; // R117
  out['aws:SecureTransport'] = 'true'; // R117
  const principalOrg = caller.kind === 'anonymous' ? undefined : orgMembership(state, callerAccount);
  if (principalOrg !== undefined) out['aws:PrincipalOrgPaths'] = [principalOrg.path]; // R116
  const resourceOrg = orgMembership(state, resourceAccount);
  if (resourceOrg !== undefined) {
    out['aws:ResourceOrgID'] = resourceOrg.id; // R116
    out['aws:ResourceOrgPaths'] = [resourceOrg.path];
  }
  if (caller.kind === 'session') Object.assign(out, sessionContext(state, caller.session));
  return out;
}

function sessionContext(state: ModelState, session: Extract<Caller, { kind: 'session' }>['session']): Context {
  // R140: provider claims are user keys, so the copy has no prototype.
  const out = nullRecord<ContextValue>(session.federationContext);
  // R118–R120: temporary credentials carry their issue time and whether MFA authenticated them.
  out['aws:TokenIssueTime'] = session.issuedAt;
  out['aws:MultiFactorAuthPresent'] = session.mfaAt === undefined ? 'false' : 'true';
  if (session.mfaAt !== undefined) {
    // R119: seconds since MFA authenticated the session.
    out['aws:MultiFactorAuthAge'] = String(Math.max(0, state.clock.epochSeconds - epochOf(session.mfaAt)));
  }
  if (session.sourceIdentity !== undefined) out['aws:SourceIdentity'] = session.sourceIdentity; // R129
  if (session.provider !== undefined) out['aws:FederatedProvider'] = session.provider; // R135
  return out;
}
