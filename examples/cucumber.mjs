// cucumber-js configuration of a project that uses iamspec: iamspec's published steps, then our own.
import { fileURLToPath } from 'node:url';

export default {
  // Features: cucumber's default, features/**/*.feature (paths given on the command line are added to configured
  // ones, so leaving `paths` out lets `npx cucumber-js features/x.feature` run just that file).
  import: [
    // Every iamspec step, its parameter types, World and hooks (package export "iamspec/steps").
    fileURLToPath(import.meta.resolve('iamspec/steps')),
    // Our own steps, which can use iamspec's World (this.model, this.sessions …).
    'steps/**/*.js',
  ],
  // One formatter on standard output (cucumber-js keeps only the last one given for it): `progress` prints as the
  // run goes, then the failures and the summary. iamspec's JUnit formatter gives undefined and ambiguous steps a
  // message, which cucumber's own `junit` leaves empty.
  format: ['progress', 'html:reports/cucumber.html', ['iamspec/junit-formatter', 'reports/junit.xml']],
  strict: true,
};
