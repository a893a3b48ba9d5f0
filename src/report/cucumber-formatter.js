// Entry point cucumber loads with import(): plain JavaScript, so it works whether or not a
// TypeScript loader is registered yet. Cucumber loads formatters before its requireModule, so
// this registers kubespec's own (scripts/register.js: transpile-only with a disk cache — ts-node
// here transpiled the report's modules afresh on every run, 0.7 s) and loads the TypeScript formatter.
'use strict';
require('../../scripts/register.js');
module.exports = require('./formatter.ts').default;
