import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import { SCALES, type StallFamily, type StallInput } from '../stall-family.js';
import { ACCOUNT } from '../workload.js';

/** V8 stops hashing a string by its content from this length on (issue 8). */
const LONG_KEY = 'k'.repeat(16_384);
/** The issue's input: a long key holding an array, 32 KB in all. */
const ISSUE_BYTES = 32 * 1024;

/** JSON text of `head` with one more member: the long key holding as many `"x"` as fill `bytes`. */
function withLongKey(head: string, bytes: number): string {
  const room = Math.max(0, bytes - head.length - LONG_KEY.length - 8);
  const items = Array.from({ length: Math.floor(room / 4) }, () => '"x"').join(',');
  return `${head.slice(0, -1)},"${LONG_KEY}":[${items}]}`;
}

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
});

const BUNDLE = JSON.stringify({
  principal: { kind: 'user', arn: `arn:aws:iam::${ACCOUNT}:user/alice`, account: ACCOUNT, identityPolicies: [] },
  request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
});

function codes(diagnostics: readonly { readonly code: string }[]): string {
  return [...new Set(diagnostics.map((d) => d.code))].join(', ');
}

/** (a) A 16,384-character key holding a large array, read by `validatePolicy`: one unknown element. */
export const longKeyValidate: StallFamily = {
  name: 'long key, validate',
  summary: 'policy text with a 16,384-char key holding an array',
  scales: SCALES,
  issueInputs: [{ label: '32 KB', scale: 1 }],
  input(scale): StallInput {
    const text = withLongKey(POLICY, ISSUE_BYTES * scale);
    return {
      bytes: text.length,
      run: () => {
        const result = validatePolicy(text);
        for (const d of result.diagnostics) result.positionOf(d);
        return result.diagnostics;
      },
      check: (answer) => {
        // Past 32 KB the policy is also over every size quota (R143): one more error, at the top.
        const found = codes(answer as readonly { code: string }[]);
        const ok = found === 'unknown-element' || found === 'unknown-element, policy-too-large';
        return ok ? undefined : `expected one unknown-element, got ${found || 'none'}`;
      },
    };
  },
};

/** (a) The same key in a `simulate` bundle, read by `parseBundle`: the bundle is refused for its unknown field. */
export const longKeyBundle: StallFamily = {
  name: 'long key, parseBundle',
  summary: 'bundle text with a 16,384-char key holding an array',
  scales: SCALES,
  issueInputs: [{ label: '32 KB', scale: 1 }],
  input(scale): StallInput {
    const text = withLongKey(BUNDLE, ISSUE_BYTES * scale);
    return {
      bytes: text.length,
      run: () => parseBundle(text, 'bundle.json'),
      check: (answer) => {
        const result = answer as ReturnType<typeof parseBundle>;
        return result.bundle === undefined && result.diagnostics.length > 0
          ? undefined
          : 'expected the bundle to be refused for its unknown field';
      },
    };
  },
};
