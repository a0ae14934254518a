/**
 * Global condition keys the IAM User Guide lists with "Value type – Single-valued"
 * (reference_policies_condition-keys.md), lowercased. Used only to warn about set qualifiers (R42).
 */
const NAMES: ReadonlySet<string> = new Set(
  [
    'aws:CalledViaFirst',
    'aws:CalledViaLast',
    'aws:CurrentTime',
    'aws:Ec2InstanceSourceVpc',
    'aws:Ec2InstanceSourcePrivateIPv4',
    'aws:EpochTime',
    'aws:FederatedProvider',
    'aws:MultiFactorAuthAge',
    'aws:MultiFactorAuthPresent',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalIsAWSService',
    'aws:PrincipalOrgID',
    'aws:PrincipalServiceName',
    'aws:PrincipalType',
    'aws:referer',
    'aws:RequestedRegion',
    'aws:ResourceAccount',
    'aws:ResourceOrgID',
    'aws:SecureTransport',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceIdentity',
    'aws:SourceIp',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:TokenIssueTime',
    'aws:UserAgent',
    'aws:userid',
    'aws:username',
    'aws:ViaAWSService',
    'aws:VpcSourceIp',
  ].map((name) => name.toLowerCase()),
);

/** Tag keys hold one value per tag key (reference_policies_single-vs-multi-valued-condition-keys.md). */
const PREFIXES: readonly string[] = ['aws:principaltag/', 'aws:requesttag/', 'aws:resourcetag/'];

/** True when the guide documents `lowerKey` as single-valued; unknown keys answer false. */
export function isSingleValuedKey(lowerKey: string): boolean {
  return NAMES.has(lowerKey) || PREFIXES.some((prefix) => lowerKey.startsWith(prefix));
}
