import { defineParameterType } from '@cucumber/cucumber';
import type { PolicyKind } from '../../src/policy/policy.js';

const KINDS: Readonly<Record<string, PolicyKind>> = {
  identity: 'identity',
  resource: 'resource',
  trust: 'trust',
  boundary: 'boundary',
  'permissions boundary': 'boundary',
  session: 'session',
  SCP: 'scp',
  RCP: 'rcp',
};

defineParameterType({
  name: 'policyKind',
  regexp: /identity|resource|trust|permissions boundary|boundary|session|SCP|RCP/,
  transformer: (word: string): PolicyKind => {
    const kind = KINDS[word];
    if (kind === undefined)
      throw new Error(`unknown policy kind "${word}"; use one of ${Object.keys(KINDS).join(', ')}`);
    return kind;
  },
});

defineParameterType({
  name: 'severity',
  regexp: /error|warning/,
  transformer: (word: string) => word as 'error' | 'warning',
});

defineParameterType({
  name: 'matchWord',
  regexp: /matches|does not match/,
  transformer: (word: string) => word === 'matches',
});
