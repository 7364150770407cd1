// Bundles the CLI (and the evaluation and benchmark tools) into dist/ with esbuild.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = {
  cli: 'server/src/main.ts',
  // The CLI's worker threads (server/src/cli/threads.ts) load it from beside dist/cli.js.
  'lint-worker': 'server/src/cli/lint-worker.ts',
  server: 'server/src/server/main.ts',
  service: 'server/src/server/service.ts',
  client: 'client/src/extension.ts',
  eval: 'server/src/eval/eval.ts',
  'output-focused-cv': 'server/src/eval/output-focused-cv.ts',
  'kind-classifier': 'server/src/eval/kind-classifier.ts',
  bench: 'server/src/bench/bench.ts',
  fuzz: 'server/src/fuzz/fuzz.ts',
};

/**
 * What the code that produces findings is, as a hash of its sources: `--cache` keys on it beside
 * the version, so a cache never outlives a rebuild that changes a rule (a version bump may not come).
 */
function sourceHash() {
  const hash = createHash('sha256').update(version);
  const dir = new URL('../server/src/', import.meta.url);
  const files = readdirSync(dir, { recursive: true })
    .filter((f) => /\.(ts|json)$/.test(f) && !/\.test\.ts$/.test(f))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(new URL(file, dir)));
  return hash.digest('base64url').slice(0, 16);
}

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

/**
 * The configuration's validator compiled to plain code by ajv's standalone mode, from the schema
 * and options of the sources: the bundles then neither load ajv nor compile a schema at start-up.
 */
async function standaloneValidator() {
  const bundled = await build({
    stdin: {
      contents:
        "export { buildConfigSchema } from './server/src/engine/config/schema.ts';\n" +
        "export { VALIDATOR_OPTIONS } from './server/src/engine/config/validate.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, require);
  const { buildConfigSchema, VALIDATOR_OPTIONS } = module.exports;
  const Ajv2020 = require('ajv/dist/2020').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv2020({ ...VALIDATOR_OPTIONS, code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(buildConfigSchema()));
  // The generated module exports the function; this module's callers import configValidator.
  const exportValidator =
    'const compiledValidator = module.exports;\nmodule.exports = { configValidator: () => compiledValidator };\n';
  return `${code}\n${exportValidator}`;
}

const validatorCode = await standaloneValidator();
const buildHash = sourceHash();
const precompiledValidator = {
  name: 'precompiled-config-validator',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]engine[\\/]config[\\/]validate\.ts$/ }, () => ({
      contents: validatorCode,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * The editor waits for dist/client.js to load, and it is nearly all vscode-languageclient: without
 * whitespace and with shorter syntax it loads with 2% fewer instructions for the whole process.
 * Renaming identifiers made it load with more, and minifying dist/server.js changed nothing
 * measurable, so every other bundle stays readable, stack traces included.
 */
const MINIFY = { client: { minifyWhitespace: true, minifySyntax: true } };

/**
 * What each half of the language server must leave to the other: dist/server.js answers
 * `initialize` and must not carry the engine, which dist/service.js brings on first use; the
 * service gets the protocol library from the server's connection and must not bundle it again.
 */
const LEFT_TO_THE_OTHER = {
  server: [
    /^server\/src\/(?:engine|node)\//,
    /(?:^|[\\/])node_modules[\\/](?:unified|remark-|micromark|mdast-|ajv|yaml)/,
  ],
  service: [/(?:^|[\\/])node_modules[\\/]vscode-(?:languageserver|jsonrpc)/],
};

function checkSplit(name, metafile) {
  const wrong = Object.keys(metafile.inputs).filter((input) => LEFT_TO_THE_OTHER[name]?.some((re) => re.test(input)));
  if (wrong.length) throw new Error(`dist/${name}.js must not bundle ${wrong.slice(0, 3).join(', ')}`);
}

const results = await Promise.all(
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
      plugins: [precompiledValidator],
      sourcemap: false,
      ...MINIFY[name],
      legalComments: 'none',
      logLevel: 'warning',
      metafile: name in LEFT_TO_THE_OTHER,
      // ESM dependencies (fdir) read import.meta.url; in a CommonJS bundle it comes from __filename.
      banner: {
        js:
          (name === 'cli' ? '#!/usr/bin/env node\n' : '') +
          "const __importMetaUrl = require('url').pathToFileURL(__filename).href;",
      },
      define: {
        STORYLINT_VERSION: JSON.stringify(version),
        STORYLINT_BUILD: JSON.stringify(buildHash),
        STORYLINT_RULE_DOCS: JSON.stringify(ruleDocs()),
        'import.meta.url': '__importMetaUrl',
      },
    }),
  ),
);
for (const [i, name] of Object.keys(entries).entries()) if (results[i].metafile) checkSplit(name, results[i].metafile);
