// Requests and their decisions: who calls which action on which resource, and what the engine decides.
import { type DataTable, Then, When } from '@cucumber/cucumber';
import { anonymousCaller, callerNamed, rootOf, serviceCaller, sessionOfRole } from './support/callers.js';
import type { ContextValue } from '../src/context/request-context.js';
import { nullRecord } from '../src/context/null-record.js';
import { addContextKey, contextFromTable } from './support/context-table.js';
import { type TableRow, tableRows } from './support/data-table.js';
import {
  type DecisionWord,
  decide,
  decidingPolicies,
  decidingStatements,
  decisionIs,
  decisionWord,
} from './support/decisions.js';
import { explain } from './support/report.js';
import type { DecisionRecord, IamspecWorld } from './support/world.js';

/** A user, a session (from an STS step) or a role by name or ARN makes a request. */
When(
  '{string} calls {string} on {string}',
  function (this: IamspecWorld, who: string, action: string, resource: string) {
    this.lastCall = this.lastDecision = decide(this, callerNamed(this, who), action, resource);
  },
);

/** The same, with request context keys (`| key | value |`; a JSON array is a multivalued key). */
When(
  '{string} calls {string} on {string} with the context:',
  function (this: IamspecWorld, who: string, action: string, resource: string, table: DataTable) {
    const context = contextFromTable(table);
    this.lastCall = this.lastDecision = decide(this, callerNamed(this, who), action, resource, context);
  },
);

/** A session of the role makes a request, as an EC2 instance or a Lambda function using the role would. */
When(
  'the role {string} calls {string} on {string}',
  function (this: IamspecWorld, role: string, action: string, resource: string) {
    this.lastCall = this.lastDecision = decide(this, sessionOfRole(this, role), action, resource);
  },
);

/** A session of the role makes a request with request context keys. */
When(
  'the role {string} calls {string} on {string} with the context:',
  function (this: IamspecWorld, role: string, action: string, resource: string, table: DataTable) {
    const context = contextFromTable(table);
    this.lastCall = this.lastDecision = decide(this, sessionOfRole(this, role), action, resource, context);
  },
);

/** The root user of an account (by scenario name) makes a request. */
When(
  'the root user of {string} calls {string} on {string}',
  function (this: IamspecWorld, account: string, action: string, resource: string) {
    this.lastCall = this.lastDecision = decide(this, rootOf(this, account), action, resource);
  },
);

/** An unauthenticated request. */
When('an anonymous caller calls {string} on {string}', function (this: IamspecWorld, action: string, resource: string) {
  this.lastCall = this.lastDecision = decide(this, anonymousCaller(), action, resource);
});

/** An anonymous request with request context keys. */
When(
  'an anonymous caller calls {string} on {string} with the context:',
  function (this: IamspecWorld, action: string, resource: string, table: DataTable) {
    this.lastCall = this.lastDecision = decide(this, anonymousCaller(), action, resource, contextFromTable(table));
  },
);

/** An AWS service principal (`cloudtrail.amazonaws.com` …) makes a request. */
When(
  'the service {string} calls {string} on {string}',
  function (this: IamspecWorld, service: string, action: string, resource: string) {
    this.lastCall = this.lastDecision = decide(this, serviceCaller(service), action, resource);
  },
);

function lastCall(world: IamspecWorld): DecisionRecord {
  if (world.lastCall === undefined) {
    throw new Error('no request yet: add a step such as When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/x"');
  }
  return world.lastCall;
}

function expectDecision(record: DecisionRecord, expected: DecisionWord): void {
  if (decisionIs(record.result.decision, expected)) return;
  throw new Error(`expected the request to be ${expected}, but it was ${record.result.decision}:\n${explain(record)}`);
}

/** The last request's decision: `allowed`, `denied` (either way), `explicitly denied` or `implicitly denied`. */
Then('the request is {decision}', function (this: IamspecWorld, expected: DecisionWord) {
  expectDecision(lastCall(this), expected);
});

/** The Sid of a statement that decided the last decision (of a request or an STS operation). */
Then('the deciding statement is {string}', function (this: IamspecWorld, sid: string) {
  const record = this.lastDecision;
  if (record === undefined) throw new Error('no decision yet: add a When step that makes a request');
  const deciding = decidingStatements(record.result.reasons);
  if (!deciding.includes(sid)) {
    const found = deciding.length === 0 ? 'no statement decided' : `the deciding statements are ${deciding.join(', ')}`;
    throw new Error(`expected statement "${sid}" to decide, but ${found}:\n${explain(record)}`);
  }
});

/** The name of a policy whose statement decided the last decision. */
Then('the deciding policy is {string}', function (this: IamspecWorld, name: string) {
  const record = this.lastDecision;
  if (record === undefined) throw new Error('no decision yet: add a When step that makes a request');
  const deciding = decidingPolicies(record.result.reasons);
  if (!deciding.includes(name)) {
    const found = deciding.length === 0 ? 'no policy decided' : `the deciding policies are ${deciding.join(', ')}`;
    throw new Error(`expected policy "${name}" to decide, but ${found}:\n${explain(record)}`);
  }
});

/** A check in one step: the principal (user, session or role by name or ARN) can or cannot make the request. */
Then(
  '{string} {can} call {string} on {string}',
  function (this: IamspecWorld, who: string, can: boolean, action: string, resource: string) {
    expectDecision(decide(this, callerNamed(this, who), action, resource), can ? 'allowed' : 'denied');
  },
);

/** The same check with request context keys. */
Then(
  '{string} {can} call {string} on {string} with the context:',
  function (this: IamspecWorld, who: string, can: boolean, action: string, resource: string, table: DataTable) {
    const record = decide(this, callerNamed(this, who), action, resource, contextFromTable(table));
    expectDecision(record, can ? 'allowed' : 'denied');
  },
);

/** A session of the role can or cannot make the request. */
Then(
  'the role {string} {can} call {string} on {string}',
  function (this: IamspecWorld, role: string, can: boolean, action: string, resource: string) {
    expectDecision(decide(this, sessionOfRole(this, role), action, resource), can ? 'allowed' : 'denied');
  },
);

/** An anonymous caller can or cannot make the request. */
Then(
  'an anonymous caller {can} call {string} on {string}',
  function (this: IamspecWorld, can: boolean, action: string, resource: string) {
    expectDecision(decide(this, anonymousCaller(), action, resource), can ? 'allowed' : 'denied');
  },
);

/**
 * Many checks in one table, `| principal | action | resource | decision |`; the header row is required. Every row is
 * checked and every wrong row reported. A principal is a user, session or role by name or ARN, `role NAME`,
 * `root of ACCOUNT`, `anonymous` or `service NAME`; a decision is `allowed`, `denied`, `explicitly denied` or
 * `implicitly denied`. Further columns are request context keys named by their header (`| aws:SourceIp |`): each
 * row's cell is that key's value in its request (a JSON array for a multivalued key), and an empty cell leaves
 * the key out.
 */
Then('the access is:', function (this: IamspecWorld, table: DataTable) {
  const rows = tableRows(table, ACCESS_TABLE);
  const wrong: string[] = [];
  for (const row of rows) {
    const expected = decisionWord(row.cell('decision'));
    const caller = callerNamed(this, row.cell('principal'));
    const record = decide(this, caller, row.cell('action'), row.cell('resource'), rowContext(row));
    if (!decisionIs(record.result.decision, expected)) {
      wrong.push(`row ${row.number}: expected ${expected}, got ${record.result.decision}\n${indent(explain(record))}`);
    }
  }
  if (wrong.length > 0) {
    throw new Error(`${wrong.length} of ${rows.length} rows of the access table are wrong:\n${wrong.join('\n')}`);
  }
});

const ACCESS_TABLE = {
  name: 'the access table',
  columns: ['principal', 'action', 'resource', 'decision'],
  extraColumns: 'context keys',
} as const;

/** The context keys of an access-table row: its further columns, without the empty cells. */
function rowContext(row: TableRow): Record<string, ContextValue> {
  const context = nullRecord<ContextValue>();
  for (const [key, value] of row.extra) if (value !== '') addContextKey(context, key, value, 'access table header');
  return context;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
