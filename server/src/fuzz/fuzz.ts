/**
 * `npm run fuzz -- --runs 100000 [--seed N]`: the engine and fix properties on random input,
 * with a random seed unless one is given. On failure it prints the seed and the shrunk input,
 * so the case can be replayed (`--seed N`) and kept as an example test.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { fixText, lintText, type Finding } from '../engine/index.js';
import { gluedFields, lostBlocks } from '../../../test/support/blocks.js';
import { lostWords } from '../../../test/support/words.js';
import { STORY_TOKENS } from './story-tokens.js';

const soup = fc.array(fc.constantFrom(...STORY_TOKENS), { maxLength: 150 }).map((t) => t.join(''));
const input = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));

function saneSpans(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    if (!(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length)) {
      throw new Error(`${f.ruleId}: span ${f.span.start}-${f.span.end} outside a text of ${text.length}`);
    }
  }
}

const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error').length;

function checkFixes(text: string, unsafe: boolean): void {
  const once = fixText(text, { unsafe }).text;
  const lost = lostWords(text, once, unsafe ? ['and', 'or'] : []);
  if (lost.length) throw new Error(`${unsafe ? 'unsafe ' : ''}fix lost: ${lost.join(', ')}`);
  if (fixText(once, { unsafe }).text !== once) throw new Error(`${unsafe ? 'unsafe ' : ''}fix is not idempotent`);
  const blocks = lostBlocks(text, once);
  if (blocks.length) throw new Error(`${unsafe ? 'unsafe ' : ''}fix lost blocks: ${blocks.join('; ')}`);
  const glued = gluedFields(text, once);
  if (glued.length) throw new Error(`${unsafe ? 'unsafe ' : ''}fix glued fields into a list item: ${glued.join('; ')}`);
  if (errors(lintText(once).findings) > errors(lintText(text).findings)) throw new Error('fix added an error');
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
console.log(`fuzz: ${runs} runs per property, seed ${seed}`);

const properties: [string, fc.IProperty<[string]>][] = [
  [
    'linting never throws and every range lies in the text',
    fc.property(input, (text) => saneSpans(text, lintText(text).findings)),
  ],
  [
    '--fix loses no word or block, adds no error and is idempotent',
    fc.property(soup, (text) => checkFixes(text, false)),
  ],
  [
    '--fix --unsafe-fixes loses no word or block, adds no error and is idempotent',
    fc.property(soup, (text) => checkFixes(text, true)),
  ],
];

let failed = false;
for (const [name, property] of properties) {
  const started = Date.now();
  const result = fc.check(property, { numRuns: runs, seed });
  if (result.failed) {
    failed = true;
    console.log(`✗ ${name}\n  seed ${seed}, path ${result.counterexamplePath}`);
    console.log(`  input: ${JSON.stringify(result.counterexample?.[0])}`);
    console.log(`  error: ${(result.errorInstance as Error | undefined)?.message}`);
  } else {
    console.log(`✓ ${name} (${result.numRuns} runs, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
process.exitCode = failed ? 1 : 0;
