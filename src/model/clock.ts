import { ModelError } from './model-error.js';

/** The instant every new model starts at, so that scenarios are reproducible (iamspec decision). */
export const DEFAULT_START = '2025-01-01T00:00:00Z';

/** An ISO instant without milliseconds, the form condition keys carry (R63). */
export function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Seconds since the epoch of an ISO instant; a bad instant is a model error, never NaN downstream. */
export function epochOf(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new ModelError(`"${iso}" is not an ISO 8601 instant such as ${DEFAULT_START}`);
  return Math.floor(ms / 1000);
}

/**
 * The model's time. The engine reads no clock (R104); the model keeps one that only moves when a scenario says so,
 * which is what makes credential expiry testable.
 */
export class Clock {
  private seconds: number;

  constructor(start: string = DEFAULT_START) {
    this.seconds = epochOf(start);
  }

  /** Seconds since the epoch. */
  get epochSeconds(): number {
    return this.seconds;
  }

  /** The current instant, e.g. `2025-01-01T00:00:00Z`. */
  get now(): string {
    return isoSeconds(this.seconds);
  }

  set(iso: string): void {
    this.seconds = epochOf(iso);
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new ModelError(`the clock only moves forward: cannot advance by ${seconds} seconds`);
    }
    this.seconds += Math.floor(seconds);
  }
}
