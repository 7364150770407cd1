// Bundles the CLI (and the evaluation and benchmark tools) into dist/ with esbuild.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = {
  cli: 'server/src/main.ts',
  server: 'server/src/server/main.ts',
  client: 'client/src/extension.ts',
  eval: 'server/src/eval/eval.ts',
  bench: 'server/src/bench/bench.ts',
  fuzz: 'server/src/fuzz/fuzz.ts',
};

/** The Why and Good sections of docs/rules/<id>.md, for hovers: the docs stay the one source. */
function ruleDocs() {
  const docs = {};
  const dir = new URL('../docs/rules/', import.meta.url);
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const text = readFileSync(new URL(file, dir), 'utf8');
    const section = (name) =>
      new RegExp(`^## ${name}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(text)?.[1]?.trim() ?? '';
    docs[file.replace(/\.md$/, '')] = { why: section('Why'), good: section('Good') };
  }
  return docs;
}

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
      // The editor provides `vscode`; everything else is bundled so the .vsix needs no node_modules.
      external: ['vscode'],
      sourcemap: false,
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
      // ESM dependencies (fdir) read import.meta.url; in a CommonJS bundle it comes from __filename.
      banner: {
        js:
          (name === 'cli' ? '#!/usr/bin/env node\n' : '') +
          "const __importMetaUrl = require('url').pathToFileURL(__filename).href;",
      },
      define: {
        STORYLINT_VERSION: JSON.stringify(version),
        STORYLINT_RULE_DOCS: JSON.stringify(ruleDocs()),
        'import.meta.url': '__importMetaUrl',
      },
    }),
  ),
);
