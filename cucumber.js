// Cucumber profiles. `default` runs every feature (npm test); `examples` is the main job
// (npm start): the same scenarios, writing the reports people read. Both write reports/:
// index.html (kubespec's report, src/report/), cucumber.html, junit.xml and messages.ndjson.
const common = {
  // ts-node's transpile-only, with a disk cache of the transpiled files (scripts/register.js).
  requireModule: [require('node:path').join(__dirname, 'scripts/register.js')],
  require: ['steps/**/*.ts'],
  paths: ['features/**/*.feature'],
  strict: true,
  // An undefined step's snippet comes with the closest existing phrasings (steps/undefined-step-hints.ts).
  formatOptions: { snippetSyntax: './steps/snippet-syntax.cjs' },
};

const reports = [
  'html:reports/cucumber.html',
  'junit:reports/junit.xml',
  'message:reports/messages.ndjson',
  './src/report/cucumber-formatter.js:reports/index.html',
];

module.exports = {
  default: {
    ...common,
    format: ['progress', ...reports],
  },
  examples: {
    ...common,
    format: ['summary', ...reports],
  },
};
