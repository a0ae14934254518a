// AssumeRoleWithWebIdentity and AssumeRoleWithSAML: sessions for identities from outside AWS.
import { type DataTable, When } from '@cucumber/cucumber';
import { recordOperation } from './support/operations.js';
import { tagsFromTable } from './support/tag-table.js';
import type { IamspecWorld } from './support/world.js';

/**
 * AssumeRoleWithWebIdentity: a user of an OIDC provider (`accounts.google.com`, `cognito-identity.amazonaws.com`,
 * or a provider's host) with a token for an audience (`aud`) and a subject (`sub`).
 */
When(
  'a web identity user {string} of {string} for the audience {string} assumes the role {string} as {string}',
  function (this: IamspecWorld, subject: string, provider: string, audience: string, role: string, name: string) {
    const asked = {
      words: `web identity ${subject} of ${provider} (audience ${audience}) assumes the role ${role} as ${name}`,
      principal: `${provider}:${subject}`,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: this.model.role(role).arn,
    };
    const options = { provider, audience, subject, sessionName: name };
    const session = recordOperation(this, 'role assumption', asked, this.sts.assumeRoleWithWebIdentity(role, options));
    if (session !== undefined) this.sessions.add(session);
  },
);

/** AssumeRoleWithSAML: a user of a SAML provider (its ARN) with the assertion's attributes (`| key | value |`). */
When(
  'a SAML user of {string} assumes the role {string} as {string} with the attributes:',
  function (this: IamspecWorld, providerArn: string, role: string, name: string, table: DataTable) {
    samlAssume(this, providerArn, role, name, tagsFromTable(table, 'the SAML attribute table'));
  },
);

/** AssumeRoleWithSAML with an assertion that carries no attributes beyond the defaults. */
When(
  'a SAML user of {string} assumes the role {string} as {string}',
  function (this: IamspecWorld, providerArn: string, role: string, name: string) {
    samlAssume(this, providerArn, role, name, {});
  },
);

function samlAssume(
  world: IamspecWorld,
  providerArn: string,
  role: string,
  name: string,
  attributes: Record<string, string>,
): void {
  const asked = {
    words: `a SAML user of ${providerArn} assumes the role ${role} as ${name}`,
    principal: providerArn,
    action: 'sts:AssumeRoleWithSAML',
    resource: world.model.role(role).arn,
  };
  const result = world.sts.assumeRoleWithSAML(role, { providerArn, attributes, sessionName: name });
  const session = recordOperation(world, 'role assumption', asked, result);
  if (session !== undefined) world.sessions.add(session);
}
