import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import { ModelError } from './model-error.js';

type Context = Record<string, ContextValue>;

/** R156: the region of a request when the scenario names none (iamspec decision). */
export const DEFAULT_REGION = 'us-east-1';

/**
 * R157: services with a single endpoint in us-east-1, whose requests carry that region whatever region the others
 * use (the IAM User Guide names these four; reference_policies_examples_aws_deny-requested-region.md).
 */
const US_EAST_1_SERVICES: ReadonlySet<string> = new Set(['cloudfront', 'iam', 'route53', 'support']);

/** A region code as AWS writes it: `eu-west-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-3`. */
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

/**
 * What every request of the model carries unless it says otherwise (R155–R158): the requested region, and the
 * context keys a scenario set for all its requests. Keys are kept as given, in a record without a prototype (R4).
 */
export class RequestDefaults {
  private regionCode = DEFAULT_REGION;
  private readonly keys: Context = nullRecord<ContextValue>();

  /** The region requests are made in, `us-east-1` unless set. */
  get region(): string {
    return this.regionCode;
  }

  /** R155: sets the region of the requests that follow; a text that is not a region code is a model error. */
  setRegion(region: string): void {
    if (!REGION.test(region)) {
      throw new ModelError(`"${region}" is not an AWS region code; write one such as "eu-west-1" or "us-east-1"`);
    }
    this.regionCode = region;
  }

  /** R158: adds or replaces context keys for the requests that follow (a key differing only in case replaces). */
  setContext(context: Readonly<Context>): void {
    for (const key of Object.keys(context)) {
      const lower = key.toLowerCase();
      for (const old of Object.keys(this.keys)) if (old.toLowerCase() === lower) delete this.keys[old];
      this.keys[key] = context[key] as ContextValue;
    }
  }

  /**
   * The keys a request for `action` carries below the ones it gives: aws:RequestedRegion (R155–R157) and the
   * scenario's default keys (R158), which may replace the region.
   */
  forAction(action: string): Context {
    const out = nullRecord<ContextValue>();
    const service = action.slice(0, Math.max(0, action.indexOf(':'))).toLowerCase();
    out['aws:RequestedRegion'] = US_EAST_1_SERVICES.has(service) ? 'us-east-1' : this.regionCode; // R157, R155
    for (const key of Object.keys(this.keys)) {
      const lower = key.toLowerCase();
      for (const old of Object.keys(out)) if (old.toLowerCase() === lower) delete out[old];
      out[key] = this.keys[key] as ContextValue;
    }
    return out;
  }
}
