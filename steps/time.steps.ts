// The scenario clock: time passes only when a step says so.
import { When } from '@cucumber/cucumber';
import type { IamspecWorld } from './support/world.js';

/** Moves the scenario clock forward; sessions past their expiry are refused from then on. */
When('{duration} pass(es)', function (this: IamspecWorld, seconds: number) {
  this.model.advance(seconds);
});
