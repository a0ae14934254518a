import { defaultResourceTypes } from '../catalog/action-resource-types.js';
import { compileActionMatcher } from '../match/action-matcher.js';
import type { Statement } from '../policy/policy.js';
import { resourceFormat } from './generic-resource.js';

/** Actions the policies cannot tell apart; one of them stands for all when the engine is asked. */
export interface ActionClass {
  readonly representative: string;
  readonly members: readonly string[];
}

/** Tests one statement's Action or NotAction against a lowercased action. */
export type StatementActionTest = (actionLower: string) => boolean;

export function statementActionTest(statement: Statement): StatementActionTest {
  const matcher = compileActionMatcher(statement.action ?? statement.notAction ?? []);
  return statement.action === undefined ? (a) => !matcher.test(a) : (a) => matcher.test(a);
}

const BUCKET_POLICY_ACTIONS = new Set(['s3:getbucketpolicy', 's3:putbucketpolicy', 's3:deletebucketpolicy']);

/**
 * Actions the engine or the model treats by name, not only by service and by the policies' patterns: every STS
 * action (trust policies, R80, R98, R106, R107, R131, R134), iam:PassRole (R137) and the bucket-policy actions the
 * root user keeps (R99). Each stays in a class of its own.
 */
function treatedByName(actionLower: string): boolean {
  return actionLower.startsWith('sts:') || actionLower === 'iam:passrole' || BUCKET_POLICY_ACTIONS.has(actionLower);
}

export interface GroupOptions {
  /** One class per action. */
  readonly exhaustive?: boolean;
  /** Tell actions apart by the ARN format of their resource type too (needed when generic resources are used). */
  readonly byResourceFormat?: boolean;
}

/**
 * Groups actions into classes whose members every statement of `statements` matches alike, within one service, one
 * set of resource types (R162) and (optionally) one resource ARN format; actions treated by name stay alone. The engine decides every member of a
 * class as it decides the first, so asking about the first answers for all (R20–R22: a statement sees an action
 * only through its Action/NotAction patterns; the layers that apply depend on the service).
 */
export function groupActions(
  actions: readonly string[],
  statements: readonly Statement[],
  options: GroupOptions = {},
): ActionClass[] {
  const tests = [...new Set(statements)].map(statementActionTest);
  const classes = new Map<string, string[]>();
  for (const action of actions) {
    const lower = action.toLowerCase();
    const key = options.exhaustive || treatedByName(lower) ? lower : signature(lower, tests, options);
    const members = classes.get(key);
    if (members === undefined) classes.set(key, [action]);
    else members.push(action);
  }
  return [...classes.values()].map((members) => ({ representative: plainest(members), members }));
}

/** The shortest name, then the first alphabetically: the most familiar action stands for its class. */
function plainest(members: readonly string[]): string {
  return members.reduce((best, a) => (a.length < best.length || (a.length === best.length && a < best) ? a : best));
}

function signature(actionLower: string, tests: readonly StatementActionTest[], options: GroupOptions): string {
  const service = actionLower.slice(0, actionLower.indexOf(':'));
  const format = options.byResourceFormat ? resourceFormat(actionLower) : '';
  let bits = '';
  for (const test of tests) bits += test(actionLower) ? '1' : '0';
  return `${service}|${format}|${resourceTypesKey(actionLower)}|${bits}`;
}

/**
 * R162: the resource types an action acts on, as one key. A sweep asks a class's representative only about
 * resources of its types, so actions of different types (s3:DeleteBucket, s3:DeleteObject) never share a class.
 */
function resourceTypesKey(actionLower: string): string {
  const types = defaultResourceTypes().typesOf(actionLower);
  if (types === undefined) return '?';
  return types
    .map((t) => t.format)
    .sort()
    .join(' ');
}

/**
 * Whether an action may be allowed at all, for a principal whose grants are `grants` (Allow statements of its
 * identity policies and of every resource policy): an Allow needs a statement that names the action (R71, R72),
 * except sts:GetCallerIdentity, which needs none (R98).
 */
export function mayBeGranted(actionLower: string, grants: readonly StatementActionTest[]): boolean {
  return actionLower === 'sts:getcalleridentity' || grants.some((test) => test(actionLower));
}
