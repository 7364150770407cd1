// Bundles the CLI (and the evaluation and benchmark tools) into dist/ with esbuild.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = {
  cli: 'server/src/cli/main.ts',
  eval: 'server/src/eval/eval.ts',
  bench: 'server/src/bench/bench.ts',
};

await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    build({
      entryPoints: [entry],
      outfile: `dist/${name}.js`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // jsonc-parser's default entry is a UMD bundle esbuild cannot follow; its ESM build is clean.
      mainFields: ['module', 'main'],
      sourcemap: false,
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
      // ESM dependencies (fdir) read import.meta.url; in a CommonJS bundle it comes from __filename.
      banner: {
        js: `${name === 'cli' ? '#!/usr/bin/env node\n' : ''}const __importMetaUrl = require('url').pathToFileURL(__filename).href;`,
      },
      define: { STORYLINT_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
    }),
  ),
);
