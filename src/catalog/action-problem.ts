import { compileGlob } from '../match/glob.js';
import { closestMatch } from '../policy/edit-distance.js';
import type { ActionCatalog } from './action-catalog.js';
import type { NameTests } from './sorted-names.js';

/** What the catalogue says is wrong with one action or action pattern. */
export interface ActionProblem {
  /** `action-not-compared`: the document's budget of catalogue names to test was spent (R152). */
  readonly code: 'service-unknown' | 'action-unknown' | 'action-matches-nothing' | 'action-not-compared';
  /** One line without the JSON path, e.g. `unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?`. */
  readonly text: string;
}

/** Extra `service:action` names (lowercase) to count as existing, with the services they name. */
export interface KnownActions {
  readonly names: ReadonlySet<string>;
  readonly services: ReadonlySet<string>;
}

/**
 * R152: bounds the catalogue work of one document. `suggest` answers a did-you-mean question (remembering answers,
 * and giving up after a limit); `testName` grants the test of one catalogue name against a pattern.
 */
export interface CatalogBudget extends NameTests {
  suggest(question: string, search: () => string | undefined): string | undefined;
}

const UNBOUNDED: CatalogBudget = { suggest: (_question, search) => search(), testName: () => true, spent: false };

const NONE: KnownActions = { names: new Set(), services: new Set() };
const indexed = new WeakMap<ReadonlySet<string>, KnownActions>();

/** Indexes a caller's set of known action names once per set object. */
export function knownActions(names: ReadonlySet<string> | undefined): KnownActions {
  if (names === undefined || names.size === 0) return NONE;
  const cached = indexed.get(names);
  if (cached !== undefined) return cached;
  const services = new Set<string>();
  for (const name of names) {
    const colon = name.indexOf(':');
    if (colon > 0) services.add(name.slice(0, colon).toLowerCase());
  }
  const known: KnownActions = { names, services };
  indexed.set(names, known);
  return known;
}

const hasWildcard = (text: string): boolean => text.includes('*') || text.includes('?');

/** The known names of one service, after its colon (`getobjekt`). */
function knownNamesOf(service: string, known: KnownActions): string[] {
  const head = `${service.toLowerCase()}:`;
  return [...known.names].filter((n) => n.startsWith(head)).map((n) => n.slice(head.length));
}

/**
 * R19: compares one well-formed action or action pattern with the AWS catalogue and the caller's known names.
 * Undefined when it names an action that exists, or is a pattern that matches one; `*` and patterns with a
 * wildcard in the service part are not compared (they cannot be misspelt into matching nothing, or reading every
 * service file per pattern would cost too much). Case-insensitive, as AWS is (R21).
 */
export function actionProblem(
  pattern: string,
  catalog: ActionCatalog,
  known: KnownActions = NONE,
  budget: CatalogBudget = UNBOUNDED,
): ActionProblem | undefined {
  const colon = pattern.indexOf(':');
  if (pattern === '*' || colon < 0) return undefined;
  const service = pattern.slice(0, colon);
  const name = pattern.slice(colon + 1);
  if (hasWildcard(service)) return undefined;
  if (!catalog.serviceExists(service) && !known.services.has(service.toLowerCase())) {
    const suggestion = budget.suggest(`service ${service}`, () => catalog.suggestService(service));
    const hint = suggestion === undefined ? 'no AWS service has this prefix' : `did you mean '${suggestion}:${name}'?`;
    return { code: 'service-unknown', text: `unknown service '${service}' in action '${pattern}'; ${hint}` };
  }
  if (known.names.has(pattern.toLowerCase())) return undefined;
  if (!hasWildcard(name)) {
    if (catalog.actionExists(service, name)) return undefined;
    const suggestion = budget.suggest(
      `action ${pattern}`,
      () =>
        catalog.suggestAction(service, name) ?? closestMatch(name, knownNamesOf(service, known), { ignoreCase: true }),
    );
    const hint =
      suggestion === undefined ? `service '${service}' has no such action` : `did you mean '${service}:${suggestion}'?`;
    return { code: 'action-unknown', text: `unknown action '${pattern}'; ${hint}` };
  }
  const matches = catalog.matchesAnyAction(pattern, budget);
  if (matches === undefined) {
    return { code: 'action-not-compared', text: `action pattern '${pattern}' was not compared with the catalogue` };
  }
  if (matches) return undefined;
  const glob = compileGlob(name.toLowerCase(), { ignoreCase: true });
  if (knownNamesOf(service, known).some((n) => glob.test(n.toLowerCase()))) return undefined;
  return {
    code: 'action-matches-nothing',
    text: `action pattern '${pattern}' matches no '${service}' action, so it has no effect; check the spelling against the service's actions`,
  };
}
