// cucumber-js configuration. `npm run scenarios` uses the default profile.
//
// No `paths` here: cucumber-js adds paths given on the command line to the configured ones instead of replacing
// them, so `npx cucumber-js features/sts` could not run a subset. Without `paths` it runs its default,
// `features/**/*.{feature,feature.md}`, or exactly the paths given.
const common = {
  import: ['steps/support/register-tsx.mjs', 'steps/**/*.ts'],
};

export default {
  ...common,
  format: [
    'progress',
    'summary',
    'html:reports/cucumber.html',
    'message:reports/cucumber.ndjson',
    'junit:reports/junit.xml',
  ],
  formatOptions: { snippetInterface: 'synchronous' },
  strict: true,
};
