#!/usr/bin/env node
// The `edition` command. In a checkout it runs the TypeScript source through tsx, so that it is
// never stale; in a packaged build it runs the bundled out/main/cli.js. Plain Node, no Electron.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const source = join(__dirname, '..', 'src', 'main', 'cli', 'main.ts');
const built = join(__dirname, '..', 'out', 'main', 'cli.js');
process.env.EDITION_CLI_ENTRY = '1';
// Libraries such as Lexical ship a slower development build chosen by NODE_ENV; the command is
// a product, not a test run.
process.env.NODE_ENV ??= 'production';

function hasTsx() {
  try {
    require.resolve('tsx/cjs/api');
    return true;
  } catch {
    return false;
  }
}

if (existsSync(source) && hasTsx()) {
  require('tsx/cjs/api').register();
  require(source);
} else if (existsSync(built)) {
  require(built);
} else {
  process.stderr.write(
    'edition: neither the source (with tsx) nor a build (out/main/cli.js) was found; run "npm install" then "npm run build".\n',
  );
  process.exitCode = 1;
}
