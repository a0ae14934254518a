import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A policy document as the steps hand it to the model: its JSON text and where it came from. */
export interface PolicySource {
  readonly text: string;
  /** `doc string` or the file's path, for messages. */
  readonly origin: string;
}

/** A doc string given after a step (`"""json … """`). */
export function fromDocString(text: string): PolicySource {
  if (text.trim() === '') throw new Error('the doc string under this step is empty; put the policy JSON in it');
  return { text, origin: 'doc string' };
}

/**
 * A policy file named relative to the feature file that uses it (`policies/s3-read.json` next to the feature).
 * A missing file fails with the files that are there.
 */
export function fromFile(featureUri: string | undefined, file: string): PolicySource {
  const base = featureUri === undefined ? process.cwd() : dirname(resolve(featureUri));
  const path = resolve(base, file);
  if (!existsSync(path)) {
    const folder = dirname(path);
    const present = existsSync(folder) ? readdirSync(folder).sort().join(', ') || '(empty)' : '(no such folder)';
    throw new Error(
      `no policy file "${file}" relative to the feature file: ${relative(process.cwd(), path)} does not exist; ` +
        `${relative(process.cwd(), folder) || '.'} holds: ${present}`,
    );
  }
  return { text: readFileSync(path, 'utf8'), origin: join(relative(process.cwd(), base), file) };
}
