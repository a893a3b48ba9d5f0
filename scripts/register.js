'use strict';
/**
 * `--require ./scripts/register.js`: what `ts-node/register/transpile-only` does for kubespec's
 * own runs (npm run unit, cucumber and its parallel workers) — each .ts file transpiled on its
 * own with tsconfig.json's compiler options, CommonJS, source maps so stack traces and cucumber's
 * step locations point at the TypeScript lines — plus a disk cache of the output by content hash
 * (node_modules/.cache/kubespec-ts). Every test process used to transpile the same ~650 files
 * again (4 s of CPU each); with the cache they load in a fraction of that. TypeScript itself is
 * loaded only when a file is not in the cache.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const root = path.resolve(__dirname, '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'kubespec-ts');
const sourceMaps = new Map();

if (!require.extensions['.ts'] || !require.extensions['.ts'].kubespec) {
  require('@cspotcode/source-map-support').install({
    environment: 'node',
    hookRequire: false,
    retrieveSourceMap(file) {
      const map = sourceMaps.get(file);
      return map ? { url: file, map } : null;
    },
  });

  let ts;
  let compilerOptions;
  const version = JSON.parse(fs.readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;
  const tsconfig = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
  const salt = `${version}\0${tsconfig}\0v1`;

  const options = () => {
    if (compilerOptions) return compilerOptions;
    ts = require('typescript');
    const parsed = ts.parseJsonConfigFileContent(ts.parseConfigFileTextToJson(path.join(root, 'tsconfig.json'), tsconfig).config, ts.sys, root);
    compilerOptions = { ...parsed.options, module: ts.ModuleKind.CommonJS, sourceMap: true, inlineSourceMap: false, inlineSources: true, declaration: false, noEmit: false, outDir: undefined };
    return compilerOptions;
  };

  const compile = (source, filename) => {
    const hash = crypto.createHash('sha1').update(salt).update(filename).update('\0').update(source).digest('hex');
    const file = path.join(cacheDir, `${hash}.json`);
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      // not cached yet
    }
    const out = require('typescript').transpileModule(source, { fileName: filename, compilerOptions: options(), reportDiagnostics: false });
    const result = { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), map: out.sourceMapText };
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(result));
      fs.renameSync(tmp, file);
    } catch {
      // a read-only tree: no cache, still correct
    }
    return result;
  };

  const load = function (module, filename) {
    const { code, map } = compile(fs.readFileSync(filename, 'utf8'), filename);
    if (map) sourceMaps.set(filename, map);
    module._compile(code, filename);
  };
  load.kubespec = true;
  require.extensions['.ts'] = load;
}
