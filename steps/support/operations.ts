import type { AuthorizationResult } from '../../src/engine/decision.js';
import { decodeAuthorizationMessage } from '../../src/sts/authorization-message.js';
import type { StsResult } from '../../src/sts/sts-result.js';
import type { OperationWord } from './parameter-types.js';
import { attachDecision, attachOperation } from './report.js';
import type { IamspecWorld, OperationRecord } from './world.js';

/** What an operation asked, for its record and its decision's headline. */
export interface Asked {
  readonly words: string;
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
}

/**
 * Records the outcome of an STS or IAM operation as the last one of its kind, attaches it and its decision to the
 * report, and returns the value on success.
 */
export function recordOperation<T>(
  world: IamspecWorld,
  operation: OperationWord,
  asked: Asked,
  result: StsResult<T>,
): T | undefined {
  const decision = result.decision && decisionOf(world, decidedRequest(asked, result), result.decision);
  const record: OperationRecord = result.ok
    ? { asked: asked.words, ok: true, value: result.value, ...(decision ? { decision } : {}) }
    : {
        asked: asked.words,
        ok: false,
        reason: result.reason,
        ...(decision ? { decision } : {}),
        ...(result.encodedMessage ? { encodedMessage: result.encodedMessage } : {}),
      };
  world.operations.set(operation, record);
  if (!result.ok && result.encodedMessage !== undefined) world.lastEncodedMessage = result.encodedMessage;
  attachOperation(world, record);
  return result.ok ? result.value : undefined;
}

/** Attaches an operation's outcome and decision to the report without recording it (for checks in Then steps). */
export function attachOutcome<T>(world: IamspecWorld, asked: Asked, result: StsResult<T>): void {
  if (result.decision !== undefined) attachDecision(world, decidedRequest(asked, result), result.decision);
  const record = result.ok
    ? { asked: asked.words, ok: true, value: result.value }
    : { asked: asked.words, ok: false, reason: result.reason };
  attachOperation(world, record);
}

/**
 * The request a decision answers. An operation may ask several things (AssumeRole, then TagSession …); a failed one
 * returns the decision of the check that failed, and its encoded authorization message names that request.
 */
function decidedRequest<T>(asked: Asked, result: StsResult<T>): Asked {
  if (result.ok || result.encodedMessage === undefined) return asked;
  const message = decodeAuthorizationMessage(result.encodedMessage);
  if (message === undefined) return asked;
  return { ...asked, principal: message.principal, action: message.action, resource: message.resource };
}

function decisionOf(world: IamspecWorld, asked: Asked, result: AuthorizationResult) {
  const record = attachDecision(world, asked, result);
  world.lastDecision = record;
  return record;
}

/** The last outcome of an operation, or a failure naming the step that makes it. */
export function lastOperation(world: IamspecWorld, operation: OperationWord): OperationRecord {
  const record = world.operations.get(operation);
  if (record !== undefined) return record;
  const done = [...world.operations.keys()];
  const hint = done.length === 0 ? 'no operation has run yet' : `operations that ran: ${done.join(', ')}`;
  throw new Error(`no ${operation} yet (${hint}); add a When step that makes one, e.g. ${EXAMPLES[operation]}`);
}

const EXAMPLES: Readonly<Record<OperationWord, string>> = {
  'role assumption': 'When "alice" assumes the role "app" as "app-session"',
  'session token request': 'When "alice" gets a session token as "alice-temp"',
  'federation token request': 'When "alice" gets a federation token as "fed-alice"',
  'pass-role': 'When "alice" passes the role "app" to "ec2.amazonaws.com"',
  'caller identity request': 'When "alice" gets the caller identity',
  decoding: 'When "alice" decodes the authorization message',
};
