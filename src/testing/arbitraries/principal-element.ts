import fc from 'fast-check';
import type { PrincipalElementJson } from './bundle-json.js';
import { ACCOUNTS, CANONICAL_USER, identitiesOf, PROVIDERS, SERVICE_PRINCIPALS } from './vocabulary.js';

/** Constraints for {@link principalElement}. */
export interface PrincipalElementConstraints {
  /**
   * AWS principal values to aim at, for example every identity the caller acts as (its ARN, role ARN, account id and
   * account root ARN). They are named more often than the rest of the vocabulary, and all of them together now and
   * then, which is what a NotPrincipal needs to exempt a caller (R85).
   */
  readonly identities?: readonly string[];
  /** Service principals to aim at; defaults to the vocabulary. */
  readonly services?: readonly string[];
  /** Identity providers to aim at; defaults to the vocabulary. */
  readonly providers?: readonly string[];
}

/** Every AWS principal value of the vocabulary: account ids, root ARNs, users, roles, sessions, federated users. */
const VOCABULARY_IDENTITIES: readonly string[] = ACCOUNTS.flatMap((account) => {
  const ids = identitiesOf(account);
  return [account, ids.root, ...ids.users, ids.role, ...ids.sessions, ids.federatedUser, ids.serviceLinkedRole];
});

/** One value or a list, as the grammar allows both (R12). */
function oneOrMany(values: readonly string[], single: boolean): string | string[] {
  return single && values.length === 1 && values[0] !== undefined ? values[0] : [...values];
}

function awsValues(aimed: readonly string[]): fc.Arbitrary<string[]> {
  const some = fc
    .tuple(
      fc.subarray([...aimed]),
      fc.subarray([...VOCABULARY_IDENTITIES], { minLength: aimed.length === 0 ? 1 : 0, maxLength: 2 }),
    )
    .map(([mine, others]) => [...mine, ...others])
    .filter((values) => values.length > 0);
  if (aimed.length === 0) return some;
  return fc.oneof({ weight: 2, arbitrary: fc.constant<string[]>([...aimed]) }, { weight: 3, arbitrary: some });
}

/**
 * A Principal or NotPrincipal element: `"*"` or `{"AWS": "*"}` (R37), AWS principals (accounts, roots, users, roles,
 * sessions, federated users, R38, R39), service principals, identity providers, and rarely a canonical user.
 */
export function principalElement(constraints: PrincipalElementConstraints = {}): fc.Arbitrary<PrincipalElementJson> {
  const services = constraints.services ?? SERVICE_PRINCIPALS;
  const providers = constraints.providers ?? PROVIDERS;
  const single = fc.boolean();
  const aws = fc.tuple(awsValues(constraints.identities ?? []), single).map(([v, s]) => oneOrMany(v, s));
  const service = fc.tuple(fc.subarray([...services], { minLength: 1 }), single).map(([v, s]) => oneOrMany(v, s));
  const federated = fc.tuple(fc.subarray([...providers], { minLength: 1 }), single).map(([v, s]) => oneOrMany(v, s));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<PrincipalElementJson>('*') },
    { weight: 1, arbitrary: fc.constant<PrincipalElementJson>({ AWS: '*' }) },
    { weight: 8, arbitrary: aws.map((AWS): PrincipalElementJson => ({ AWS })) },
    { weight: 1, arbitrary: service.map((Service): PrincipalElementJson => ({ Service })) },
    { weight: 1, arbitrary: federated.map((Federated): PrincipalElementJson => ({ Federated })) },
    { weight: 1, arbitrary: fc.tuple(aws, service).map(([AWS, Service]): PrincipalElementJson => ({ AWS, Service })) },
    {
      weight: 1,
      arbitrary: fc.tuple(aws, federated).map(([AWS, Federated]): PrincipalElementJson => ({ AWS, Federated })),
    },
    { weight: 1, arbitrary: aws.map((AWS): PrincipalElementJson => ({ AWS, CanonicalUser: CANONICAL_USER })) },
  );
}
