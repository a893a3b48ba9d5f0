// cucumber's `snippetSyntax` (cucumber.js formatOptions) is loaded with import(), which does not go
// through the TypeScript require hook: this CommonJS file hands over to the TypeScript implementation.
require('../scripts/register.js');
module.exports = require('./undefined-step-hints.ts').HintingSnippetSyntax;
