// iam:PassRole: handing a role to an AWS service, which needs the caller's permission and the role's trust.
import { Then, When } from '@cucumber/cucumber';
import type { Caller } from '../src/model/caller.js';
import './support/caller-parameter.js';
import { describeCaller } from './support/callers.js';
import { attachOutcome, recordOperation } from './support/operations.js';
import type { IamspecWorld } from './support/world.js';

function asked(world: IamspecWorld, caller: Caller, role: string, service: string) {
  const principal = describeCaller(caller);
  return {
    words: `${principal} passes the role ${role} to ${service}`,
    principal,
    action: 'iam:PassRole',
    resource: world.model.role(role).arn,
  };
}

/**
 * The caller passes a role to a service (`ec2.amazonaws.com`, `lambda.amazonaws.com` …): any `{caller}`, e.g.
 * `the role "deployer"` for a pipeline running with a role. Only principals of the role's own account can pass it;
 * anonymous callers and services cannot (R137).
 */
When(
  '{caller} passes the role {string} to {string}',
  function (this: IamspecWorld, caller: Caller, role: string, service: string) {
    recordOperation(this, 'pass-role', asked(this, caller, role, service), this.sts.passRole(caller, role, service));
  },
);

/** A check in one step: the caller can or cannot pass the role to the service. */
Then(
  '{caller} {can} pass the role {string} to {string}',
  function (this: IamspecWorld, caller: Caller, can: boolean, role: string, service: string) {
    const result = this.sts.passRole(caller, role, service);
    attachOutcome(this, asked(this, caller, role, service), result);
    if (result.ok === can) return;
    const why = result.ok ? 'it succeeded' : `it failed: ${result.reason}`;
    throw new Error(
      `expected ${describeCaller(caller)} ${can ? 'to be able' : 'not to be able'} to pass ${role} to ${service}, but ${why}`,
    );
  },
);
