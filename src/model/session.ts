import type { ContextValue } from '../context/request-context.js';
import type { NamedPolicy } from '../engine/bundle.js';
import { unknownName } from './model-error.js';

/**
 * What issued a session: `role` for AssumeRole, AssumeRoleWithWebIdentity and AssumeRoleWithSAML; `federated` for
 * GetFederationToken; `user-token` for GetSessionToken (the session acts as the IAM user or root user itself).
 */
export type SessionKind = 'role' | 'federated' | 'user-token';

/** Temporary security credentials and everything requests made with them carry. */
export interface Session {
  readonly name: string;
  readonly kind: SessionKind;
  /** `arn:aws:sts::ACCT:assumed-role/ROLE/NAME`, `arn:aws:sts::ACCT:federated-user/NAME`, or the user's own ARN. */
  readonly arn: string;
  readonly roleArn?: string;
  /** The account id the session belongs to (the role's account for role sessions). */
  readonly account: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
  /** When MFA authenticated the session (GetSessionToken with MFA only, R125). */
  readonly mfaAt?: string;
  readonly sessionPolicy?: NamedPolicy;
  readonly sessionTags: Readonly<Record<string, string>>;
  /** Session tag keys that pass on to chained role sessions (R128). */
  readonly transitiveTagKeys: readonly string[];
  readonly sourceIdentity?: string;
  /** Issued to a role session assuming another role (role chaining, R123). */
  readonly chained: boolean;
  /** The IAM user (or root user) ARN behind a federated or user-token session. */
  readonly user?: string;
  /** The identity provider of a web-identity or SAML session (aws:FederatedProvider). */
  readonly provider?: string;
  /** Provider keys that stay available to the session's later requests (R135). */
  readonly federationContext?: Readonly<Record<string, ContextValue>>;
}

/** The sessions of a scenario by name; the World owns one. */
export class SessionStore extends Map<string, Session> {
  /** Stores a session under its name, replacing an older one of that name. */
  add(session: Session): Session {
    this.set(session.name, session);
    return session;
  }

  require(name: string): Session {
    const session = this.get(name);
    if (session === undefined) throw unknownName('session', name, this.keys());
    return session;
  }

  /** The stored session with this ARN, if any. */
  byArn(arn: string): Session | undefined {
    for (const session of this.values()) if (session.arn === arn) return session;
    return undefined;
  }
}
