import fc from 'fast-check';
import type { PolicyDocumentJson } from './bundle-json.js';
import { type StatementConstraints, statement } from './statement.js';

/** Constraints for {@link policyDocument}: those of {@link statement}, and how many statements. */
export interface PolicyDocumentConstraints extends StatementConstraints {
  /** At most this many statements. Default 3. */
  readonly maxStatements?: number;
}

/**
 * A policy document: mostly Version 2012-10-17, now and then 2008-10-17 or none, where policy variables are literal
 * text (R3); one statement object or an array of statements (R7), with unique Sids (R8).
 */
export function policyDocument(constraints: PolicyDocumentConstraints = {}): fc.Arbitrary<PolicyDocumentJson> {
  return fc
    .record({
      version: fc.oneof(
        { weight: 18, arbitrary: fc.constant<PolicyDocumentJson['Version']>('2012-10-17') },
        { weight: 1, arbitrary: fc.constant<PolicyDocumentJson['Version']>('2008-10-17') },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      statements: fc.array(statement(constraints), { minLength: 1, maxLength: constraints.maxStatements ?? 3 }),
      single: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    })
    .map(({ version, statements, single }) => {
      const numbered = statements.map((s, i) => (s.Sid === undefined ? s : { ...s, Sid: `${s.Sid}${i}` }));
      const first = numbered[0];
      return {
        ...(version === undefined ? {} : { Version: version }),
        Statement: single && numbered.length === 1 && first !== undefined ? first : numbered,
      };
    });
}
