import { ModelError, unknownName } from './model-error.js';
import type { Named } from './iam-entities.js';

/**
 * Users, groups, roles or managed policies of every account, found by ARN or by name. A name used in two accounts
 * is ambiguous and must be given as an ARN; names are unique per account ignoring case (R110).
 */
export class EntityIndex<T extends Named> {
  private readonly byArn = new Map<string, T>();

  constructor(private readonly what: string) {}

  add(entity: T): void {
    const clash = this.all().find(
      (e) => e.accountId === entity.accountId && e.name.toLowerCase() === entity.name.toLowerCase(),
    );
    if (clash !== undefined) {
      throw new ModelError(
        `${this.what} "${entity.name}" already exists in account ${entity.accountId} as "${clash.name}"`,
      );
    }
    this.byArn.set(entity.arn, entity);
  }

  remove(entity: T): void {
    this.byArn.delete(entity.arn);
  }

  /** By ARN, or by name (optionally limited to one account). */
  find(ref: string, accountId?: string): T | undefined {
    const exact = this.byArn.get(ref);
    if (exact !== undefined) return exact;
    const named = this.all().filter((e) => e.name === ref && (accountId === undefined || e.accountId === accountId));
    if (named.length > 1) {
      const arns = named.map((e) => e.arn).join(', ');
      throw new ModelError(`${this.what} name "${ref}" is used in several accounts; give its ARN: ${arns}`);
    }
    return named[0];
  }

  require(ref: string, accountId?: string): T {
    const found = this.find(ref, accountId);
    if (found === undefined) {
      const known = this.all().filter((e) => accountId === undefined || e.accountId === accountId);
      throw unknownName(
        this.what,
        ref,
        known.map((e) => e.name),
      );
    }
    return found;
  }

  byArnOnly(arn: string): T | undefined {
    return this.byArn.get(arn);
  }

  all(): T[] {
    return [...this.byArn.values()];
  }
}
