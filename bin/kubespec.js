#!/usr/bin/env node
// The `kubespec` command: registers ts-node (transpile only) and runs src/cli/main.ts.
'use strict';
const path = require('node:path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
require('../src/cli/main').main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`kubespec: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
