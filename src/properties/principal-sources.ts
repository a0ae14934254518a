import type { AwsModel } from '../model/aws-model.js';
import type { PropertyInputs } from './property-inputs.js';

/** Services that act on customers' resources most often, tried besides those the policies name. */
const COMMON_SERVICES = ['cloudtrail.amazonaws.com', 'lambda.amazonaws.com'];

/** Service principals the policies name (`Principal: { Service: … }`), and a few common ones. */
export function servicePrincipals(inputs: PropertyInputs): string[] {
  const named = inputs.policies.flatMap((p) =>
    p.policy.statements.flatMap((s) => [...(s.principal?.service ?? []), ...(s.notPrincipal?.service ?? [])]),
  );
  return [...new Set([...named, ...COMMON_SERVICES])].sort();
}

/** Names of modelled users and roles, and a few usual ones, for made-up principals. */
export function principalNames(model: AwsModel): string[] {
  const names = [...model.iam.users.all(), ...model.iam.roles.all()].map((e) => e.name);
  return [...new Set([...names, 'admin', 'deploy'])].sort();
}
