// The two floors `npm run bench` times as whole processes, on the same files Storylint lints:
//   node run.mjs regex <file|folder>...                read every Markdown file, one regex pass over each
//   node run.mjs remark <install dir> <file|folder>...  read every Markdown file, parse each with remark-parse
// remark-parse comes from the baselines installed from this folder's lock (micromark pinned), not
// from the product's node_modules, so the floor does not move when the product's dependencies do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function markdownFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(path, e.name)) : e.name.endsWith('.md') ? [join(path, e.name)] : [],
  );
}

const [mode, ...rest] = process.argv.slice(2);
const installed = mode === 'remark' ? createRequire(join(rest.shift() ?? '.', 'package.json')) : undefined;
const paths = rest;
const files = paths.flatMap(markdownFiles);
let count = 0;
if (mode === 'regex') {
  // A story's first line, as a line-oriented linter would find it: the least any story tool must do.
  const storyLine = /^(?:#{1,6} |As an? |When |\*\*(?:Who|As an?)\*\*)/gm;
  for (const file of files) count += readFileSync(file, 'utf8').match(storyLine)?.length ?? 0;
} else if (mode === 'remark') {
  const load = (name) => import(pathToFileURL(installed.resolve(name)).href);
  const { unified } = await load('unified');
  const { default: remarkParse } = await load('remark-parse');
  const processor = unified().use(remarkParse);
  for (const file of files) count += processor.parse(readFileSync(file, 'utf8')).children.length;
} else {
  console.error('usage: node run.mjs regex <file|folder>... | remark <install dir> <file|folder>...');
  process.exit(2);
}
// The count keeps the work observable (nothing for an optimiser to drop) and is a sanity check.
console.log(`${files.length} files, ${count} ${mode === 'regex' ? 'story lines' : 'top-level nodes'}`);
