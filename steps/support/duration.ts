const UNIT_SECONDS: Readonly<Record<string, number>> = { second: 1, minute: 60, hour: 3600, day: 86400 };

/** `7200 seconds`, `1 hour`, `15 minutes`, `2 days` → seconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+) (second|minute|hour|day)s?$/.exec(text.trim());
  const unit = match?.[2] === undefined ? undefined : UNIT_SECONDS[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw new Error(`"${text}" is not a duration; write a whole number and seconds, minutes, hours or days`);
  }
  return Number(match[1]) * unit;
}
