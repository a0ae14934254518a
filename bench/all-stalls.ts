import type { StallFamily } from './stall-family.js';
import { distinctCandidates } from './stalls/distinct-candidates.js';
import { longKeyBundle, longKeyValidate } from './stalls/long-json-key.js';
import { longMiddlesGlob, surrogateGlob } from './stalls/long-segments.js';
import { misspeltCatalogueNames, misspeltOperators, oneLetterPrefixes } from './stalls/misspelled-names.js';
import { arnSetHeads, globSetSpellings, ipAddressSets } from './stalls/pattern-sets.js';
import { questionBundle, questionGlob } from './stalls/question-wildcards.js';
import { setOperators } from './stalls/set-operators.js';

/** The four stall families of issue 8 and the shapes its review found, in table order. */
export const STALLS: readonly StallFamily[] = [
  longKeyValidate,
  longKeyBundle,
  questionGlob,
  questionBundle,
  longMiddlesGlob,
  surrogateGlob,
  setOperators,
  globSetSpellings,
  arnSetHeads,
  ipAddressSets,
  distinctCandidates,
  misspeltOperators,
  misspeltCatalogueNames,
  oneLetterPrefixes,
];
