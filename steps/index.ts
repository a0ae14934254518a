// iamspec's step definitions as one module: `iamspec/steps`. A project that installs iamspec points its cucumber
// configuration at this file (see the README) and gets every step, the parameter types, the World and the hooks.
import './support/world.js';
import './support/parameter-types.js';
import './support/hooks.js';
import './support/no-scenarios.js';
import './organization.steps.js';
import './principals.steps.js';
import './policies.steps.js';
import './resources.steps.js';
import './scenario-defaults.steps.js';
import './requests.steps.js';
import './assume-role.steps.js';
import './session-tokens.steps.js';
import './federation.steps.js';
import './pass-role.steps.js';
import './caller-identity.steps.js';
import './operations.steps.js';
import './time.steps.js';
import './policy-language.steps.js';
import './matching.steps.js';
import './properties.steps.js';

/** The World of iamspec's steps, for your own steps: `function (this: IamspecWorld) { this.model … }`. */
export { IamspecWorld, type DecisionRecord, type OperationRecord } from './support/world.js';
