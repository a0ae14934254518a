/** iamspec's own world parameters: `--world-parameters '{"iamspec": {…}}'` or `worldParameters` in cucumber.mjs. */
export interface IamspecParameters {
  /** Actions to count as existing although the AWS catalogue does not list them yet (`s3:BrandNewAction`). */
  readonly knownActions: readonly string[];
  /** Condition keys to count as existing although the catalogue does not list them yet. */
  readonly knownConditionKeys: readonly string[];
}

const EXAMPLE = '{"iamspec": {"knownActions": ["s3:BrandNewAction"], "knownConditionKeys": ["s3:BrandNewKey"]}}';

/** Reads `parameters.iamspec`; anything but lists of strings under the documented names fails with an example. */
export function iamspecParameters(parameters: unknown): IamspecParameters {
  const given = isRecord(parameters) ? parameters.iamspec : undefined;
  if (given === undefined) return { knownActions: [], knownConditionKeys: [] };
  if (!isRecord(given)) throw new Error(`the world parameter "iamspec" must be an object, e.g. ${EXAMPLE}`);
  const unknown = Object.keys(given).filter((k) => k !== 'knownActions' && k !== 'knownConditionKeys');
  if (unknown.length > 0) {
    throw new Error(`unknown world parameter iamspec.${unknown[0]}; iamspec reads knownActions and knownConditionKeys`);
  }
  return { knownActions: names(given, 'knownActions'), knownConditionKeys: names(given, 'knownConditionKeys') };
}

function names(given: Record<string, unknown>, key: string): string[] {
  const value = given[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new Error(`the world parameter iamspec.${key} must be a list of names, e.g. ${EXAMPLE}`);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
