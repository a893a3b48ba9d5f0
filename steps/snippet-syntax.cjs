// cucumber's `snippetSyntax` (cucumber.js formatOptions) is loaded with import(), which does not go
// through ts-node: this CommonJS file hands over to the TypeScript implementation.
require('ts-node/register/transpile-only');
module.exports = require('./undefined-step-hints.ts').HintingSnippetSyntax;
