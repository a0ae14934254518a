import fc from 'fast-check';
import type { GeneratedPrincipal } from './generated-principal.js';
import { ACCOUNT_ID, NAME } from './random-text.js';

/** Where made-up principals come from. */
export interface PrincipalPoolConstraints {
  /** Modelled accounts whose unmodelled principals to make up. */
  readonly accounts: readonly string[];
  /** Also make up principals of accounts the model does not know (ids not in `modelled`). */
  readonly unknownAccounts: boolean;
  readonly modelled: ReadonlySet<string>;
  /** Names the model uses; a random one is added. */
  readonly names: readonly string[];
  /** Principal tags. */
  readonly tags: fc.Arbitrary<Record<string, string>>;
  /** Service principals, each acting for each source account. */
  readonly services: readonly string[];
  /** Modelled accounts services act for besides `accounts` and the unknown ones. */
  readonly sourceAccounts?: readonly string[];
}

const KINDS = ['root', 'user', 'role-session', 'federated-user'] as const;
/** Enough accounts to tell modelled, other and unknown accounts apart, few enough to stay fast. */
const MAX_ACCOUNTS = 6;

/**
 * A pool of made-up principals drawn from the seed: each kind (root user, user, role session, federated user) in
 * each account (modelled ones first, then two random ids the model does not know), with names the model uses or a
 * random one and generated tags, and each service acting for each of those accounts; simplest first, so that
 * shrinking ends on the plainest principal that breaks a property. A pool, rather than a fresh principal in every
 * case, lets the engine compile each principal's policies once.
 */
export function principalPool(c: PrincipalPoolConstraints, seed: number): GeneratedPrincipal[] {
  let salt = 0;
  const one = <T>(arb: fc.Arbitrary<T>): T => fc.sample(arb, { seed: seed + ++salt, numRuns: 1 })[0] as T;
  const unknown = c.unknownAccounts
    ? fc.sample(
        ACCOUNT_ID.filter((id) => !c.modelled.has(id)),
        { seed, numRuns: 2 },
      )
    : [];
  const accounts = [...c.accounts.slice(0, MAX_ACCOUNTS - unknown.length), ...unknown];
  const name = fc.constantFrom(...c.names, one(NAME));
  const pool: GeneratedPrincipal[] = [];
  for (const kind of KINDS) {
    for (const account of accounts) pool.push({ kind, account, name: one(name), tags: one(c.tags) });
  }
  const sources = [...new Set([...(c.sourceAccounts ?? []), ...accounts])].slice(-MAX_ACCOUNTS);
  for (const service of c.services) {
    for (const sourceAccount of sources) pool.push({ kind: 'service', service, sourceAccount });
  }
  return pool;
}
