import type { JsonValue } from '../policy/json-value.js';
import type { PolicyKind } from '../policy/policy.js';

/** One documented size quota: the most a policy of a kind may hold, what it is, and where AWS says so. */
interface Quota {
  readonly limit: number;
  readonly unit: 'characters' | 'bytes';
  /** What the quota is for, as the message names it. */
  readonly what: string;
  readonly source: string;
  /** A lower quota that applies to some uses of the kind: past it, a warning. */
  readonly lower?: { readonly limit: number; readonly what: string };
}

const IAM = 'reference_iam-quotas.md';
const ORGANIZATIONS = 'AWS Organizations User Guide, orgs_reference_limits';

/** R142: IAM, STS and Organizations quotas per policy kind. */
const BY_KIND: Readonly<Record<Exclude<PolicyKind, 'resource'>, Quota>> = {
  identity: {
    limit: 10_240,
    unit: 'characters',
    what: "an identity policy (10,240 for a role's inline policies together, 5,120 for a group's, 2,048 for a user's)",
    source: IAM,
    lower: { limit: 6_144, what: 'a managed policy' },
  },
  boundary: { limit: 6_144, unit: 'characters', what: 'a permissions boundary (a managed policy)', source: IAM },
  session: {
    limit: 2_048,
    unit: 'characters',
    what: 'a session policy',
    source: 'AWS STS API Reference, AssumeRole (Policy)',
  },
  trust: {
    limit: 4_096,
    unit: 'characters',
    what: 'a role trust policy (2,048 by default, adjustable to 4,096)',
    source: IAM,
    lower: { limit: 2_048, what: 'a role trust policy under the default quota' },
  },
  scp: { limit: 5_120, unit: 'characters', what: 'a service control policy', source: ORGANIZATIONS },
  rcp: { limit: 5_120, unit: 'characters', what: 'a resource control policy', source: ORGANIZATIONS },
};

/** R143: resource-based policies, by the service prefix of the resource they are attached to. */
const BY_SERVICE: ReadonlyMap<string, Quota> = new Map([
  [
    's3',
    {
      limit: 20_480,
      unit: 'bytes',
      what: 'an S3 bucket policy (20 KB)',
      source: 'Amazon S3 User Guide, using-iam-policies',
    },
  ],
  [
    'kms',
    { limit: 32_768, unit: 'bytes', what: 'a KMS key policy (32 KiB)', source: 'AWS KMS API Reference, PutKeyPolicy' },
  ],
  [
    'sqs',
    { limit: 8_192, unit: 'bytes', what: 'an SQS queue policy', source: 'Amazon SQS Developer Guide, quotas-policies' },
  ],
  [
    'sns',
    {
      limit: 30_720,
      unit: 'bytes',
      what: 'an SNS topic policy (30 KB)',
      source: 'Amazon SNS Developer Guide, policy quotas',
    },
  ],
  [
    'lambda',
    {
      limit: 20_480,
      unit: 'bytes',
      what: 'a Lambda resource-based policy (20 KB)',
      source: 'AWS Lambda Developer Guide, gettingstarted-limits',
    },
  ],
  [
    'secretsmanager',
    {
      limit: 20_480,
      unit: 'characters',
      what: 'a Secrets Manager resource policy',
      source: 'AWS Secrets Manager API Reference, PutResourcePolicy',
    },
  ],
] as const);

/** R143: without a known service (or without a kind), the largest resource-policy quota above. */
const LARGEST: Quota = {
  limit: 32_768,
  unit: 'bytes',
  what: 'any resource-based policy iamspec knows the quota of (the largest, a KMS key policy, 32 KiB)',
  source: 'AWS KMS API Reference, PutKeyPolicy',
};

/** UTF-8 bytes of the unit at `i` of `text` (a pair counts 4 at its high half and 0 at its low half). */
function utf8At(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return 4;
  if (code >= 0xdc00 && code <= 0xdfff && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) return 0;
  return 3;
}

const SPACE = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** JSON white space between tokens (RFC 8259): space, tab, line feed, carriage return. */
const isSpace = (code: number): boolean => code === SPACE || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * The characters and UTF-8 bytes of JSON text without the white space between its tokens, in one pass: text inside
 * strings counts as written (an escape as its characters), as IAM reads the text it is given.
 */
function compactSize(text: string): { characters: number; bytes: number } {
  let characters = 0;
  let bytes = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!inString && isSpace(code)) continue;
    characters++;
    bytes += code < 0x80 ? 1 : utf8At(text, i);
    if (code === QUOTE) inString = !inString;
    else if (inString && code === BACKSLASH && i + 1 < text.length) {
      i++;
      characters++;
      bytes += utf8At(text, i);
    }
  }
  return { characters, bytes };
}

/** The quota a policy of `kind` is held to; `service` is the resource's service prefix for a resource policy. */
export function quotaFor(kind: PolicyKind | undefined, service: string | undefined): Quota {
  if (kind === undefined) return LARGEST;
  if (kind !== 'resource') return BY_KIND[kind];
  return (service === undefined ? undefined : BY_SERVICE.get(service.toLowerCase())) ?? LARGEST;
}

/** A finding about a policy's size, without path or file: the caller places it at the document. */
export interface SizeFinding {
  readonly severity: 'error' | 'warning';
  readonly text: string;
}

const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * R142, R143: a policy larger than AWS accepts for its kind is an error, and one larger than a lower quota of the
 * kind (a managed policy, the default trust-policy quota) a warning. `document` is the policy's JSON text, or its
 * parsed value (then measured as compact JSON). White space between tokens is not counted (iamspec decision): IAM
 * does not count white space (reference_iam-quotas.md), and the other services' quotas are met by saving a policy
 * minified.
 */
export function policySizeFinding(
  document: string | JsonValue,
  kind: PolicyKind | undefined,
  service?: string,
): SizeFinding | undefined {
  const quota = quotaFor(kind, service);
  // A parsed value is measured as its compact JSON text; text input as written, less its white space.
  const measured = compactSize(typeof document === 'string' ? document : JSON.stringify(document));
  const size = quota.unit === 'bytes' ? measured.bytes : measured.characters;
  const has = `the policy has ${count(size)} ${quota.unit} without whitespace`;
  if (size > quota.limit) {
    return {
      severity: 'error',
      text: `${has}, more than the ${count(quota.limit)} AWS accepts for ${quota.what} (${quota.source}); split it into smaller policies`,
    };
  }
  const lower = quota.lower;
  if (lower !== undefined && size > lower.limit) {
    return {
      severity: 'warning',
      text: `${has}, more than the ${count(lower.limit)} AWS accepts for ${lower.what} (${quota.source})`,
    };
  }
  return undefined;
}
