import type { NamedPolicy } from '../engine/bundle.js';
import { accountOfArn } from '../engine/derive-context.js';
import type { Tags } from './iam-entities.js';
import { ModelError, unknownName } from './model-error.js';

/** A modelled resource: a bucket (which owns its objects) or anything else known by its ARN. */
export interface ModelResource {
  readonly kind: 'bucket' | 'resource';
  readonly arn: string;
  readonly accountId: string;
  policy: NamedPolicy | undefined;
  tags: Tags;
}

/** S3 bucket names: 3–63 lowercase letters, digits, dots and hyphens (iamspec checks only the characters). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The buckets and other resources of every account, found by ARN. */
export class Resources {
  private readonly byArn = new Map<string, ModelResource>();

  addBucket(name: string, accountId: string): ModelResource {
    if (!BUCKET.test(name)) {
      throw new ModelError(`bucket name "${name}" is invalid: use 3–63 lowercase letters, digits, dots and hyphens`);
    }
    return this.add({ kind: 'bucket', arn: bucketArn(name), accountId, policy: undefined, tags: {} });
  }

  /** Any resource by ARN; its account is the one the ARN names. */
  addResource(arn: string): ModelResource {
    const accountId = accountOfArn(arn);
    if (!arn.startsWith('arn:') || accountId === undefined) {
      throw new ModelError(`resource ARN "${arn}" names no account; use addBucket for S3 buckets`);
    }
    return this.add({ kind: 'resource', arn, accountId, policy: undefined, tags: {} });
  }

  /** The resource owning `arn`: the resource itself, or the bucket of an object ARN. */
  owner(arn: string): ModelResource | undefined {
    const exact = this.byArn.get(arn);
    if (exact !== undefined) return exact;
    if (arn.startsWith('arn:aws:s3:::')) {
      const slash = arn.indexOf('/');
      if (slash > 0) return this.byArn.get(arn.slice(0, slash));
    }
    return undefined;
  }

  /** By ARN, or a bucket by name. */
  require(ref: string): ModelResource {
    const found = this.owner(ref) ?? this.byArn.get(bucketArn(ref));
    if (found === undefined) throw unknownName('resource', ref, this.byArn.keys());
    return found;
  }

  arns(): string[] {
    return [...this.byArn.keys()];
  }

  private add(resource: ModelResource): ModelResource {
    if (this.byArn.has(resource.arn)) throw new ModelError(`resource ${resource.arn} already exists`);
    this.byArn.set(resource.arn, resource);
    return resource;
  }
}

export function bucketArn(name: string): string {
  return `arn:aws:s3:::${name}`;
}
