import { it } from 'node:test';
import { expect } from 'chai';
import type { Session } from '../../src/model/session.js';
import type { AssumeRoleOptions } from '../../src/sts/sts.js';
import type { StsResult } from '../../src/sts/sts-result.js';
import { standardWorld, type TestWorld } from '../model/model-builder.js';

/** Table helpers for AssumeRole tests: each row changes the standard world, assumes a role and checks the outcome. */

export function session(result: StsResult<Session>): Session {
  if (!result.ok) throw new Error(`expected a session: ${result.reason}`);
  return result.value;
}

export function reason(result: StsResult<unknown>): string {
  if (result.ok) throw new Error('expected a failure');
  return result.reason;
}

/** A row: a world change, who assumes which role with what options, and whether it works. */
export interface Row {
  readonly title: string;
  readonly setup?: (t: TestWorld) => void;
  readonly who?: string;
  readonly role?: string;
  readonly options?: Partial<AssumeRoleOptions>;
  readonly ok: boolean;
  readonly because?: string;
  /** A documented behaviour the engine does not have yet (see the report of engine gaps). */
  readonly todo?: string;
}

/** Runs several setups in order. */
export function both(...setups: ((t: TestWorld) => void)[]): (t: TestWorld) => void {
  return (t) => {
    for (const setup of setups) setup(t);
  };
}

export function table(rows: readonly Row[]): void {
  for (const row of rows) {
    it(row.title, row.todo === undefined ? {} : { todo: row.todo }, () => {
      const t = standardWorld();
      row.setup?.(t);
      const result = t.sts.assumeRole(row.who ?? 'alice', row.role ?? 'app', { sessionName: 's1', ...row.options });
      expect(result.ok, result.ok ? 'succeeded' : result.reason).to.equal(row.ok);
      if (!result.ok && row.because !== undefined) expect(result.reason).to.include(row.because);
    });
  }
}
