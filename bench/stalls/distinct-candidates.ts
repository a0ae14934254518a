import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';
import { SCALES, type StallFamily, type StallInput } from '../stall-family.js';
import { ACCOUNT } from '../workload.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Identity policies just under IAM's 10,240 characters (R142), each of distinct `*X???Y*` Resource patterns. */
function policies(count: number): object[] {
  let id = 0;
  return Array.from({ length: count }, (_, p) => {
    const resources: string[] = [];
    for (let size = 100; size < 10_000; ) {
      const i = id++;
      const gap = '?'.repeat(1 + 2 * (Math.floor(i / 26) % 20));
      const pattern = `arn:aws:s3:::*${LETTERS[i % 26]}${gap}${LETTERS[Math.floor(i / 520) % 26]}*`;
      resources.push(pattern);
      size += pattern.length + 3;
    }
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: resources };
    return { name: `p${p}`, document: { Version: '2012-10-17', Statement: [statement] } };
  });
}

/**
 * The worst case left under the quotas (R142–R144, R151): policies full of distinct general patterns whose anchor
 * occurs in a 2,048-character ARN that only the last ones match, so each costs a full glob test of the ARN. Cost
 * grows with the number of patterns times the ARN's length, which the quotas bound; about 1 MB at ×8.
 */
export const distinctCandidates: StallFamily = {
  name: 'distinct candidates under the quotas, simulate',
  summary: '12.5·scale identity policies of distinct `*X???Y*` patterns vs a 2,048-character ARN',
  scales: SCALES,
  issueInputs: [],
  input(scale): StallInput {
    const text = JSON.stringify({
      principal: {
        kind: 'user',
        arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
        account: ACCOUNT,
        identityPolicies: policies(Math.round(12.5 * scale)),
      },
      request: { action: 's3:GetObject', resource: `arn:aws:s3:::${'ab'.repeat(1017)}` },
    });
    return {
      bytes: text.length,
      run: () => {
        const parsed = parseBundle(text, 'bundle.json');
        return parsed.bundle === undefined ? parsed.diagnostics.map((d) => d.code) : simulate(parsed.bundle).decision;
      },
      check: (answer) =>
        typeof answer === 'string' ? undefined : `expected a decision, got ${JSON.stringify(answer)}`,
    };
  },
};
