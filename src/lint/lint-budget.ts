import type { CatalogBudget } from '../catalog/action-problem.js';

/** Distinct did-you-mean searches one document may cost; later unknown names get the plain hint. */
export const SUGGESTION_LIMIT = 100;
/** Action patterns per document that may be tested against every action of their service. */
export const SCAN_LIMIT = 1000;
/** Questions longer than this are searched without being remembered (no name is nearly that long). */
const LONGEST_QUESTION = 256;

/**
 * R152: the catalogue and did-you-mean work of one `validatePolicy` call, bounded. Each distinct question is
 * searched once; at most `SUGGESTION_LIMIT` are searched and at most `SCAN_LIMIT` patterns scan a whole service,
 * so a document of thousands of misspelt names costs about as much as its first few hundred.
 */
export class LintBudget implements CatalogBudget {
  private readonly answers = new Map<string, string | undefined>();
  private searches = 0;
  private scans = 0;
  /** Patterns not compared because the scan limit was reached. */
  skipped = 0;

  suggest(question: string, search: () => string | undefined): string | undefined {
    if (this.answers.has(question)) return this.answers.get(question);
    if (this.searches >= SUGGESTION_LIMIT) return undefined;
    this.searches++;
    const answer = search();
    if (question.length <= LONGEST_QUESTION) this.answers.set(question, answer);
    return answer;
  }

  mayScan(): boolean {
    if (this.scans >= SCAN_LIMIT) return false;
    this.scans++;
    return true;
  }
}
