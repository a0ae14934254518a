import type { NamedPolicy } from '../engine/bundle.js';
import { readDocument } from '../model/read-document.js';

/**
 * What a principal the model does not hold is assumed to be granted by its own account: everything. A property
 * about outsiders must then hold because of the policies the model does hold (resource policies, RCPs, SCPs).
 */
export const ALLOW_EVERYTHING: NamedPolicy = readDocument(
  'assumed: every permission its account can grant',
  'identity',
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  },
);
