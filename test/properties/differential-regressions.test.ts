import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Decision } from '../../src/engine/decision.js';
import type { BundleJson } from '../../src/testing/index.js';
import { decideBoth, describeOutcome } from './differential-case.js';

/**
 * Cases the differential property found, pinned: each fixture holds a bundle, the decision the documentation gives
 * (`expected`, with the rule) and whether the fast engine still gets it wrong (`status: "engine-bug"`: its check is a
 * todo until the engine is fixed; then set `"fixed"`).
 */
interface Pinned {
  readonly title: string;
  readonly rule: string;
  readonly expected: Decision;
  readonly status: 'engine-bug' | 'fixed' | 'reference-fixed';
  readonly note: string;
  readonly bundle: BundleJson;
}

const DIR = join(import.meta.dirname, '..', 'fixtures', 'differential');
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('differential regressions: pinned cases where the engines once disagreed', () => {
  it('there are pinned cases to replay', () => {
    expect(FILES.length).to.be.greaterThan(0);
  });
  for (const file of FILES) {
    const pinned = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Pinned;
    describe(`${file}: ${pinned.title}`, () => {
      it(`${pinned.rule} the reference decides ${pinned.expected}`, () => {
        const c = decideBoth(pinned.bundle);
        expect(c.reference.decision, `reference (${c.reference.rule})`).to.equal(pinned.expected);
      });
      const todo = pinned.status === 'engine-bug' ? { todo: `engine bug, reported: ${pinned.note}` } : {};
      it(`${pinned.rule} the fast engine decides ${pinned.expected}`, todo, () => {
        expect(describeOutcome(decideBoth(pinned.bundle).engine), 'engine').to.equal(pinned.expected);
      });
    });
  }
});
