import { Before } from '@cucumber/cucumber';
import type { IamspecWorld } from './world.js';

// Policy files are named relative to the feature file, so each scenario remembers where its feature lives.
Before(function (this: IamspecWorld, { pickle }) {
  this.featureUri = pickle.uri;
});
