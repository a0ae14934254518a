// cucumber-js configuration. `npm run scenarios` uses the default profile.
const common = {
  paths: ['features/**/*.feature'],
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
