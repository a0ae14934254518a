import type { CatalogBudget } from '../catalog/action-problem.js';

/** Distinct did-you-mean searches one document may cost; later unknown names get the plain hint. */
export const SUGGESTION_LIMIT = 100;
/** Catalogue names one document may test against its action patterns (about 10 ms of glob tests). */
export const NAME_TEST_LIMIT = 100_000;
/** Questions longer than this are searched without being remembered (no name is nearly that long). */
const LONGEST_QUESTION = 256;

/**
 * R152: the catalogue and did-you-mean work of one `validatePolicy` call, bounded. Each distinct question is
 * searched once; at most `SUGGESTION_LIMIT` are searched, and at most `NAME_TEST_LIMIT` catalogue names are tested
 * against action patterns, so a document of thousands of misspelt names or patterns costs about as much as its
 * first few hundred.
 */
export class LintBudget implements CatalogBudget {
  private readonly answers = new Map<string, string | undefined>();
  private searches = 0;
  private names = 0;
  /** Action patterns left uncompared because the name budget was spent. */
  skipped = 0;

  suggest(question: string, search: () => string | undefined): string | undefined {
    if (this.answers.has(question)) return this.answers.get(question);
    if (this.searches >= SUGGESTION_LIMIT) return undefined;
    this.searches++;
    const answer = search();
    if (question.length <= LONGEST_QUESTION) this.answers.set(question, answer);
    return answer;
  }

  get spent(): boolean {
    return this.names >= NAME_TEST_LIMIT;
  }

  testName(): boolean {
    if (this.names >= NAME_TEST_LIMIT) return false;
    this.names++;
    return true;
  }
}
