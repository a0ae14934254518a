/** The kinds of caller the engine knows; see the bundle format in docs/cli.md. */
export type CallerKind = 'user' | 'role-session' | 'root' | 'anonymous' | 'federated-user' | 'service';

/**
 * Who makes a request, as far as Principal matching needs to know.
 * - `user`: `arn` is the IAM user ARN.
 * - `role-session`: `arn` is `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`, `roleArn` the role.
 * - `federated-user`: `arn` is `arn:aws:sts::ACCT:federated-user/NAME`.
 * - `root`: `arn` is `arn:aws:iam::ACCT:root`.
 * - `service`: `arn` is the service principal name, e.g. `cloudtrail.amazonaws.com`; no account.
 * - `anonymous`: no `arn`, no account.
 */
export interface Caller {
  readonly kind: CallerKind;
  readonly arn?: string;
  readonly account?: string;
  readonly roleArn?: string;
  /** For a federated user: the IAM user who called GetFederationToken (R78, R85). */
  readonly userArn?: string;
  /**
   * For web-identity and SAML role assumption: the identity provider (e.g. `cognito-identity.amazonaws.com`
   * or an OIDC/SAML provider ARN), matched by a `Federated` principal.
   */
  readonly provider?: string;
  /** The S3 canonical user id, matched by a `CanonicalUser` principal. */
  readonly canonicalUser?: string;
}
