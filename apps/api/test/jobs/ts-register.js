/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook, loaded with node -r */
// Lets a child process run the API's TypeScript sources as jest does (swc with decorator metadata, workspace
// packages from their src), so tests start real worker processes without a build.
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const PACKAGES = path.resolve(__dirname, '../../../../packages');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const workspace = /^@nianbao\/([a-z-]+)$/.exec(request);
  if (workspace) return resolveFilename.call(this, path.join(PACKAGES, workspace[1], 'src'), ...rest);
  return resolveFilename.call(this, request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
