import { equalsIgnoreCase } from './equals-ignore-case.js';

/** `true` / `false` in any letter case (R64, iamspec decision), otherwise undefined. */
export function parseBool(text: string): boolean | undefined {
  if (text.length === 4 && equalsIgnoreCase(text, 'true')) return true;
  if (text.length === 5 && equalsIgnoreCase(text, 'false')) return false;
  return undefined;
}
