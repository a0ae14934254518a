import type { Workload } from './workload.js';
import { adversarial } from './workloads/adversarial.js';
import { large } from './workloads/large.js';
import { tiny } from './workloads/tiny.js';
import { typical, typicalDeniedWithReasons, typicalWithReasons } from './workloads/typical.js';

/** Every timed workload, in table order. */
export const WORKLOADS: readonly Workload[] = [
  tiny,
  typical,
  typicalWithReasons,
  typicalDeniedWithReasons,
  large,
  adversarial,
];
