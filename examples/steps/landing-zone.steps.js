// Our own steps: shorthands for this company's landing zone, built on iamspec's World.
import { Given } from '@cucumber/cucumber';

/** Our accounts: `prod` for workloads and `tools` for CI, with their real ids. */
Given('our landing zone', function () {
  this.model.addAccount('prod', '111122223333');
  this.model.addAccount('tools', '444455556666');
});
