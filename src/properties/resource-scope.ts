import { accountOfArn } from '../engine/derive-context.js';
import { compileGlob } from '../match/glob.js';
import type { AwsModel } from '../model/aws-model.js';
import { bucketArn } from '../model/resources.js';
import type { RequestBuilder } from './request-builder.js';

/** The resources a property asks about. */
export interface ResourceScope {
  /** Modelled resources, asked about in every run. */
  readonly fixed: readonly string[];
  /** Wildcard patterns; each run asks about one generated resource matching each. */
  readonly patterns: readonly string[];
  /** Also ask, for each action, about a generic resource of its resource type (see generic-resource.ts). */
  readonly generic: boolean;
  /** The accounts that may own a resource of the scope; undefined when any account may. */
  readonly owners: ReadonlySet<string> | undefined;
}

/**
 * What a resource pattern stands for:
 * - `*`: every modelled resource (buckets, their objects, keys, queues …, roles, users, groups), limited to the
 *   accounts in `within` when given, and for each action a generic resource of its type (`generic`);
 * - an ARN or bucket name without wildcards: that resource, which the model must know;
 * - a pattern with `*` or `?`: the modelled resources it matches and, in each run, a generated name matching it.
 */
export function resourceScope(
  model: AwsModel,
  builder: RequestBuilder,
  pattern: string,
  within?: ReadonlySet<string>,
): ResourceScope {
  if (pattern === '*') return everything(model, builder, within);
  const arn = pattern.startsWith('arn:') ? pattern : bucketArn(pattern);
  if (!/[*?]/.test(arn)) {
    const found = builder.resolve(arn) ?? model.resourceFor(arn); // the model's error names what exists
    return {
      fixed: [arn],
      patterns: [],
      generic: false,
      owners: found.accountId === undefined ? undefined : new Set([found.accountId]),
    };
  }
  const glob = compileGlob(arn);
  const fixed = modelledArns(model).filter((a) => glob.test(a));
  return { fixed, patterns: [arn], generic: false, owners: ownerOfPattern(builder, arn) };
}

function everything(model: AwsModel, builder: RequestBuilder, within: ReadonlySet<string> | undefined): ResourceScope {
  const inScope = (arn: string) => {
    if (within === undefined) return true;
    const owner = builder.resolve(arn)?.accountId;
    return owner !== undefined && within.has(owner);
  };
  const fixed = modelledArns(model).filter(inScope);
  const buckets = model.resources.arns().filter((a) => model.resources.owner(a)?.kind === 'bucket' && inScope(a));
  return { fixed, patterns: buckets.map((b) => `${b}/*`), generic: true, owners: within };
}

/** Every modelled resource ARN: resources added by ARN, buckets, roles, users and groups. */
function modelledArns(model: AwsModel): string[] {
  const iam = model.iam;
  return [
    ...model.resources.arns(),
    ...[...iam.roles.all(), ...iam.users.all(), ...iam.groups.all()].map((e) => e.arn),
  ];
}

/** The account a pattern's resources belong to when the pattern says: an account id, or a literal bucket name. */
function ownerOfPattern(builder: RequestBuilder, arn: string): ReadonlySet<string> | undefined {
  const account = accountOfArn(arn);
  if (account !== undefined) return new Set([account]);
  const bucket = /^arn:aws:s3:::([^/*?]+)\//.exec(arn)?.[1];
  const owner = bucket === undefined ? undefined : builder.resolve(bucketArn(bucket))?.accountId;
  return owner === undefined ? undefined : new Set([owner]);
}
