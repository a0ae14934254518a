// `npm run docs:steps`: writes docs/steps.md from the step definitions.
import { writeFileSync } from 'node:fs';
import { stepsDoc } from './steps-doc.js';

writeFileSync('docs/steps.md', await stepsDoc());
console.log('wrote docs/steps.md');
