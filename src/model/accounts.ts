import { ModelError, unknownName } from './model-error.js';

/** One AWS account of the scenario. */
export interface Account {
  readonly name: string;
  /** Twelve digits (R110). */
  readonly id: string;
  /** Kept out of the organization even when there is one (an account of another company). */
  readonly outsideOrganization: boolean;
}

/** The accounts of a model, found by name or id. */
export class Accounts {
  private readonly byName = new Map<string, Account>();
  private readonly byIdMap = new Map<string, Account>();

  add(name: string, id: string, outsideOrganization: boolean): Account {
    // R110: account ids are twelve digits; names and ids identify one account each.
    if (!/^\d{12}$/.test(id)) throw new ModelError(`account id "${id}" of "${name}" must be exactly 12 digits`);
    if (name.trim() === '') throw new ModelError('an account needs a name');
    const taken = this.byName.get(name) ?? this.byIdMap.get(id);
    if (taken !== undefined) {
      throw new ModelError(`account "${name}" (${id}) clashes with existing account "${taken.name}" (${taken.id})`);
    }
    const account: Account = { name, id, outsideOrganization };
    this.byName.set(name, account);
    this.byIdMap.set(id, account);
    return account;
  }

  /** The account named `ref`, or with id `ref`. */
  require(ref: string): Account {
    const account = this.find(ref);
    if (account === undefined) throw unknownName('account', ref, this.byName.keys());
    return account;
  }

  find(ref: string): Account | undefined {
    return this.byName.get(ref) ?? this.byIdMap.get(ref);
  }

  byId(id: string): Account | undefined {
    return this.byIdMap.get(id);
  }

  list(): readonly Account[] {
    return [...this.byName.values()];
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}
