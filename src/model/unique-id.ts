const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A stable unique id such as `AIDA…` (users) or `AROA…` (roles) for aws:userid (R101): the prefix and 17 base-32
 * characters from an FNV-1a hash of the ARN, so the same scenario always yields the same ids.
 */
export function uniqueId(prefix: string, arn: string): string {
  return prefix + hashChars(arn, 17);
}

/** `count` base-32 characters derived from `text`. */
export function hashChars(text: string, count: number, alphabet: string = ALPHABET): string {
  let hash = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < count; round++) {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= round;
    let h = hash;
    for (let k = 0; k < 6 && out.length < count; k++) {
      out += alphabet.charAt(h % alphabet.length);
      h = Math.floor(h / alphabet.length);
    }
  }
  return out;
}
