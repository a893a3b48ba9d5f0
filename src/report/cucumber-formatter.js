// Entry point cucumber loads with import(): plain JavaScript, so it works whether or not
// ts-node is registered yet; it registers ts-node (transpile-only) and loads the TypeScript formatter.
'use strict';
if (!process[Symbol.for('ts-node.register.instance')]) require('ts-node/register/transpile-only');
module.exports = require('./formatter.ts').default;
