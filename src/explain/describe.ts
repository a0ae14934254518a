import type { PolicyRef, PolicyType, StatementRef } from '../engine/decision.js';

const LAYER_WORDS: Readonly<Record<PolicyType, string>> = {
  identity: 'identity policy',
  resource: 'resource policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'SCP',
  rcp: 'RCP',
};

/** "identity policy `S3Read`", "SCP `DenyLeave` at `OU Workloads`". */
export function describePolicy(ref: PolicyRef): string {
  const at = ref.levelName === undefined ? '' : ` at \`${ref.levelName}\``;
  return `${LAYER_WORDS[ref.type]} \`${ref.name}\`${at}`;
}

/** "statement `DenyAll` (#2) of identity policy `S3Read`". */
export function describeStatement(ref: StatementRef): string {
  const which = ref.sid === undefined ? `#${ref.index}` : `\`${ref.sid}\` (#${ref.index})`;
  return `${ref.effect} statement ${which} of ${describePolicy(ref.policy)}`;
}

/** The plural-free name of a layer, for "no … allows". */
export function layerWords(layer: PolicyType): string {
  return LAYER_WORDS[layer];
}
