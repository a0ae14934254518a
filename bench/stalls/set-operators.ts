import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';
import { SCALES, type StallFamily, type StallInput } from '../stall-family.js';
import { ACCOUNT } from '../workload.js';

/** Policy patterns of every shape the matcher indexes: `p*`, `*s`, `*i*`, and patterns with `?`. */
function pattern(i: number): string {
  const shapes = [`team-${i}-*`, `*-${i}.example.com`, `*/${i}/*`, `v?-${i}-?`];
  return shapes[i % shapes.length] ?? '';
}

/** Bundle text of about `bytes`: `ForAnyValue:StringLike` and `ForAllValues:StringLike` over P patterns and V values. */
function bundleText(bytes: number): string {
  const count = Math.floor(bytes / 47);
  const patterns = Array.from({ length: count }, (_, i) => pattern(i));
  const values = Array.from({ length: count }, (_, i) => `other-${i}-value`);
  return JSON.stringify({
    principal: {
      kind: 'user',
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      account: ACCOUNT,
      identityPolicies: [
        {
          name: 'Sets',
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'AnyTag',
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: '*',
                Condition: { 'ForAnyValue:StringLike': { 'aws:TagKeys': patterns } },
              },
              {
                Sid: 'AllTags',
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: '*',
                Condition: { 'ForAllValues:StringLike': { 'aws:TagKeys': [...patterns, 'nothing-*'] } },
              },
            ],
          },
        },
      ],
    },
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: { 'aws:TagKeys': values } },
  });
}

/**
 * (c) `ForAnyValue:`/`ForAllValues:` with Like: every request value matches no pattern, so a pairwise evaluator
 * tries them all (P·V); the issue's input is 150 KB.
 */
export const setOperators: StallFamily = {
  name: 'ForAnyValue/ForAllValues Like',
  summary: 'P patterns (p*, *s, *i*, ?) vs V request values, P = V, through simulate',
  scales: SCALES,
  issueInputs: [{ label: '150 KB', scale: 8 }],
  input(scale): StallInput {
    const text = bundleText(18_750 * scale);
    return {
      bytes: text.length,
      run: () => {
        const parsed = parseBundle(text, 'bundle.json');
        return parsed.bundle === undefined ? parsed.diagnostics : simulate(parsed.bundle).decision;
      },
      // Past IAM's 10,240 characters (×1 on) the bundle is refused for its size alone (R142): this family now times
      // reading and refusing; the set operators themselves are timed by test/conditions/set-operators-linear.test.ts.
      check: (answer) => {
        if (answer === 'ImplicitDeny') return undefined;
        const codes = Array.isArray(answer) ? answer.map((d: { code?: string }) => d.code) : [];
        return codes.length > 0 && codes.every((code) => code === 'policy-too-large')
          ? undefined
          : `expected ImplicitDeny or a refusal for size, got ${JSON.stringify(answer)}`;
      },
    };
  },
};
