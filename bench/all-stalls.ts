import type { StallFamily } from './stall-family.js';
import { longKeyBundle, longKeyValidate } from './stalls/long-json-key.js';
import { misspeltCatalogueNames, misspeltOperators } from './stalls/misspelled-names.js';
import { questionBundle, questionGlob } from './stalls/question-wildcards.js';
import { setOperators } from './stalls/set-operators.js';

/** The four stall families of issue 8, in table order. */
export const STALLS: readonly StallFamily[] = [
  longKeyValidate,
  longKeyBundle,
  questionGlob,
  questionBundle,
  setOperators,
  misspeltOperators,
  misspeltCatalogueNames,
];
