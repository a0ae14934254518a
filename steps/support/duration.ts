const UNIT_SECONDS: Readonly<Record<string, number>> = { second: 1, minute: 60, hour: 3600, day: 86400 };

/**
 * The longest duration a step accepts: 100 years (36500 days). Far above every AWS limit (129600 seconds for a
 * session token), and small enough that no number of steps that a scenario holds moves the clock off the calendar.
 */
export const MAX_DURATION_SECONDS = 36500 * 86400;

/** `7200 seconds`, `1 hour`, `15 minutes`, `2 days` → seconds; 0 up to 36500 days. */
export function parseDuration(text: string): number {
  const match = /^(\d+) (second|minute|hour|day)s?$/.exec(text.trim());
  const unit = match?.[2] === undefined ? undefined : UNIT_SECONDS[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw new Error(`"${text}" is not a duration; write a whole number and seconds, minutes, hours or days`);
  }
  const seconds = Number(match[1]) * unit;
  // R164. Beyond 2^53 the number is no longer exact, and the clock would leave the range of a date: refuse it here.
  if (!(seconds <= MAX_DURATION_SECONDS)) {
    throw new Error(
      `"${text}" is out of range: a duration is 0 to ${MAX_DURATION_SECONDS} seconds (36500 days, 100 years)`,
    );
  }
  return seconds;
}
