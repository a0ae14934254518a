/**
 * R83: the AWS requests that may be made without AWS credentials (unsigned, by an anonymous caller). Every other
 * service authenticates each request before it authorizes it ("All KMS API calls must be signed", AWS KMS API
 * Reference; "S3 Glacier requires that you authenticate every request you send by signing the request", Amazon S3
 * Glacier Developer Guide, amazon-glacier-signing-requests), so a resource policy naming `"*"` opens it only to
 * signed callers. An entry names a service and, where only some of its calls are unsigned, those actions and the
 * request context that marks them. AWS STS is not listed: its unsigned calls are R108's and R135's.
 */
export interface UnsignedRequest {
  /** The service prefix, lowercase. */
  readonly service: string;
  /** The actions (lowercase `service:name`) that may be unsigned; undefined: every action of the service. */
  readonly actions?: readonly string[];
  /** A context key (lowercase) the request must carry with this value to be unsigned; a Bool compares ignoring case. */
  readonly context?: { readonly key: string; readonly value: string; readonly bool?: boolean };
  /** How a message names this entry. */
  readonly label: string;
  /** Why an unsigned request of `actions` fails without `context`, for the refusal's message. */
  readonly needs?: string;
}

export const UNSIGNED_REQUESTS: readonly UnsignedRequest[] = [
  // "Every interaction with Amazon S3 is either authenticated or anonymous" (Amazon S3 User Guide, MakingRequests).
  { service: 's3', label: 'Amazon S3' },
  // "The following example policy grants all users (anonymous users) ReceiveMessage permission for the queue", and all
  // the actions that can be shared (Amazon SQS Developer Guide, sqs-basic-examples-of-sqs-policies, examples 5–7).
  { service: 'sqs', label: 'Amazon SQS' },
  // "When you are not logged in to Amazon Web Services (unauthenticated mode) and either the ConfirmSubscription or
  // Unsubscribe actions are invoked …" (Amazon SNS Developer Guide, sns-logging-using-cloudtrail); Publish is signed.
  {
    service: 'sns',
    actions: ['sns:confirmsubscription', 'sns:unsubscribe'],
    label: 'Amazon SNS (ConfirmSubscription, Unsubscribe)',
  },
  // A resource policy with "no authentication type … defined for the API" (API Gateway Developer Guide,
  // apigateway-authorization-flow): the method's caller may be unsigned.
  { service: 'execute-api', actions: ['execute-api:invoke'], label: 'API Gateway (execute-api:Invoke)' },
  // "NONE – Lambda doesn't perform any authentication before invoking your function … Choose this option to allow
  // public, unauthenticated access to your function URL" (AWS Lambda Developer Guide, urls-auth); AWS_IAM is signed.
  {
    service: 'lambda',
    actions: ['lambda:invokefunctionurl'],
    context: { key: 'lambda:functionurlauthtype', value: 'NONE' },
    label: 'Lambda function URLs whose AuthType is NONE',
    needs:
      'through a function URL whose AuthType is NONE, so the request context must say lambda:FunctionUrlAuthType = NONE',
  },
  // "Starting in October 2025, new function URLs will require both lambda:InvokeFunctionUrl and lambda:InvokeFunction
  // permissions" (urls-auth, current); lambda:InvokedViaFunctionUrl marks the InvokeFunction of a function URL call.
  {
    service: 'lambda',
    actions: ['lambda:invokefunction'],
    context: { key: 'lambda:invokedviafunctionurl', value: 'true', bool: true },
    label: 'Lambda function URLs whose AuthType is NONE',
    needs:
      'through a function URL whose AuthType is NONE, so the request context must say lambda:InvokedViaFunctionUrl = true',
  },
];

/** True when a context value is the one an unsigned call carries (R64: a Bool in any letter case). */
function carries(expected: NonNullable<UnsignedRequest['context']>, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return expected.bool === true ? value.toLowerCase() === expected.value : value === expected.value;
}

/** The services and calls that take unsigned requests, for messages. */
const UNSIGNED_SUMMARY = `${[...new Set(UNSIGNED_REQUESTS.map((u) => u.label))].join(', ')} and the AssumeRoleWith… calls of AWS STS`;

/**
 * R83: why an anonymous request of `actionLower` (service prefix `service`) cannot be made, or undefined when it can
 * be (then R96 decides it). `contextValue` reads a lowercase context key. STS is left to R108.
 */
export function unsignedRefusal(
  service: string,
  actionLower: string,
  action: string,
  contextValue: (lowerKey: string) => unknown,
): string | undefined {
  if (service === 'sts') return undefined;
  let needs: string | undefined;
  for (const entry of UNSIGNED_REQUESTS) {
    if (entry.service !== service) continue;
    if (entry.actions !== undefined && !entry.actions.includes(actionLower)) continue;
    if (entry.context === undefined || carries(entry.context, contextValue(entry.context.key))) return undefined;
    needs = entry.needs;
  }
  if (needs !== undefined) return `an anonymous (unsigned) caller can call ${action} only ${needs}`;
  return `${action} needs signed AWS credentials, and an anonymous (unsigned) caller has none; only ${UNSIGNED_SUMMARY} take unsigned requests`;
}
