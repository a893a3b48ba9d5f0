// Cucumber profiles. `default` runs every feature (npm test); `examples` is the main job
// (npm start): the same scenarios, writing the reports people read.
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['steps/**/*.ts'],
  paths: ['features/**/*.feature'],
  strict: true,
};

module.exports = {
  default: {
    ...common,
    format: ['progress', 'html:reports/cucumber.html', 'junit:reports/junit.xml'],
  },
  examples: {
    ...common,
    format: ['summary', 'html:reports/cucumber.html', 'junit:reports/junit.xml'],
  },
};
