import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';
import { compileGlob } from '../../src/match/glob.js';
import { SCALES, type StallFamily, type StallInput } from '../stall-family.js';
import { ACCOUNT } from '../workload.js';

/** (b) The issue's glob: `'*' + 'a?'.repeat(n) + 'b*'` against `'a'.repeat(4n)`, compiled and tested. */
export const questionGlob: StallFamily = {
  name: '? glob',
  summary: "compileGlob('*' + 'a?'.repeat(n) + 'b*') vs 'a'.repeat(4n), n = 4,000·scale",
  scales: SCALES,
  issueInputs: [],
  input(scale): StallInput {
    const n = 4000 * scale;
    const pattern = `*${'a?'.repeat(n)}b*`;
    const text = 'a'.repeat(4 * n);
    return {
      bytes: pattern.length + text.length,
      run: () => compileGlob(pattern).test(text),
      check: (answer) => (answer === false ? undefined : 'expected no match'),
    };
  },
};

/** Bundle text of about `bytes`: an Allow whose Resource is the issue's pattern, and a request that misses it. */
function bundleText(bytes: number): string {
  const n = Math.floor(bytes / 6);
  return JSON.stringify({
    principal: {
      kind: 'user',
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      account: ACCOUNT,
      identityPolicies: [
        {
          name: 'Wildcards',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'Q', Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::*${'a?'.repeat(n)}b*` },
            ],
          },
        },
      ],
    },
    request: { action: 's3:GetObject', resource: `arn:aws:s3:::${'a'.repeat(4 * n)}` },
  });
}

/** (b) The same through `simulate`: bundle text in, decision out. */
export const questionBundle: StallFamily = {
  name: '? bundle, simulate',
  summary: "Resource 'arn:aws:s3:::*' + 'a?'.repeat(n) + 'b*' vs an ARN of 4n 'a' (refused by size, R142, R144)",
  scales: SCALES,
  issueInputs: [
    { label: '94 KB', scale: 94 / 73.25 },
    { label: '586 KB', scale: 8 },
  ],
  input(scale): StallInput {
    const text = bundleText(73_250 * scale);
    return {
      bytes: text.length,
      run: () => {
        const parsed = parseBundle(text, 'bundle.json');
        return parsed.bundle === undefined ? parsed.diagnostics : simulate(parsed.bundle).decision;
      },
      check: refusedOrDenied,
    };
  },
};

/**
 * ImplicitDeny while the policy is within IAM's 10,240 characters; past that (×1 on) the bundle is refused for its
 * size alone (R142) and the resource ARN for its length (R144), so this family now times reading and refusing.
 */
function refusedOrDenied(answer: unknown): string | undefined {
  if (answer === 'ImplicitDeny') return undefined;
  const codes = Array.isArray(answer) ? [...new Set(answer.map((d: { code?: string }) => d.code))].sort() : [];
  if (codes.join() === 'bundle-value-too-long,policy-too-large' || codes.join() === 'policy-too-large')
    return undefined;
  return `expected ImplicitDeny or a refusal for size, got ${JSON.stringify(codes.length > 0 ? codes : answer)}`;
}
