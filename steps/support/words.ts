/**
 * The words a `… mentions "…"` step looks for. Empty or blank text is in every message, so such a check would pass
 * whatever the message says: it fails the step instead (R164).
 */
export function wordsToFind(words: string, what: string): string {
  if (words.trim() === '') {
    throw new Error(
      `the text to look for in the ${what} is empty, so it would match any ${what}; quote a word of it, such as a rule id (R134) or a statement's Sid`,
    );
  }
  return words;
}
