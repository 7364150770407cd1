/**
 * `npm run eval`: precision and recall of every rule on the labelled evaluation set
 * (test/eval/), separately for real stories written by other teams and for our own cases.
 * The detectors are run through the whole engine, exactly as the CLI runs them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeCriterion, LineIndex, lintText, type CriterionKind, type LintResult } from '../engine/index.js';
import { printAgreement } from './agreement.js';
import { loadJsonl, ratio, score, table, tally, type Score } from './score.js';

interface Item {
  id: string;
  text: string;
  labels: Record<string, boolean>;
}

const root = process.env.STORYLINT_EVAL_DIR ?? join(process.cwd(), 'test', 'eval');
const load = (name: string): Item[] =>
  readFileSync(join(root, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);

const STORY_RULES = [
  'output-focused',
  'missing-who',
  'generic-who',
  'missing-why',
  'why-restates-what',
  'non-atomic',
  'ambiguous-language',
  'missing-outcome',
  'missing-success',
  'missing-consequence',
];
const CRITERION_RULES = ['unmeasurable-criterion', 'output-criterion', 'incomplete-metric'];

function evalStories(items: Item[]): Map<string, Score> {
  const scores = new Map<string, Score>();
  for (const item of items) {
    const fired = new Set(lintText(item.text).findings.map((f) => f.ruleId));
    for (const rule of STORY_RULES) {
      if (!(rule in item.labels)) continue;
      if (!scores.has(rule)) scores.set(rule, score());
      tally(
        scores.get(rule)!,
        item.labels[rule]!,
        fired.has(rule),
        item.id,
        item.text.replace(/\n/g, '⏎').slice(0, 160),
      );
    }
  }
  return scores;
}

/** Each criterion is linted inside an otherwise complete story, so only it can be flagged. */
function evalCriteria(items: Item[]): Map<string, Score> {
  const scores = new Map<string, Score>();
  for (const rule of [...CRITERION_RULES, 'unmeasurable+output']) scores.set(rule, score());
  for (const item of items) {
    const text =
      '## Story\n\n**Who:** night-shift nurse\n**Outcome:** know at once when a lab result is critical\n' +
      `**Why:** a late reaction harms patients\n\n### How we'll know\n\n- ${item.text}\n\n` +
      "**If we don't:** patients wait for treatment\n";
    tallyCriterion(scores, item, new Set(lintText(text).findings.map((f) => f.ruleId)));
  }
  return scores;
}

/** One criterion's verdicts, per criterion rule and for unmeasurable and output together. */
function tallyCriterion(scores: Map<string, Score>, item: Item, fired: ReadonlySet<string>): void {
  for (const rule of CRITERION_RULES) tally(scores.get(rule)!, item.labels[rule]!, fired.has(rule), item.id, item.text);
  tally(
    scores.get('unmeasurable+output')!,
    item.labels['unmeasurable-criterion']! || item.labels['output-criterion']!,
    fired.has('unmeasurable-criterion') || fired.has('output-criterion'),
    item.id,
    item.text,
  );
}

const real = evalStories(load('stories.real.jsonl'));
const real2 = evalStories(load('stories.real2.jsonl'));
const test = existsSync(join(root, 'stories.test.jsonl')) ? evalStories(load('stories.test.jsonl')) : undefined;
const own = evalStories(load('stories.own.jsonl'));
const criteria = evalCriteria(load('criteria.own.jsonl'));
table('Real stories, tuning set 1 (287 stories from 11 public backlogs)', real);
table('Real stories, tuning set 2 (160 more; held out at first, then tuned on)', real2);
if (test) table('Real stories, TEST set (160 more; labelled last, never tuned on)', test);
table('Own stories (146 edge cases, all three shapes)', own);
table('Own success criteria (192)', criteria);

// ---- The sets labelled blind in December 2026 (see test/eval/LABELLING.md): measured, not yet tuned on.

interface LabelledCriterion {
  file?: string;
  line?: number;
  text: string;
  kind: 'outcome-signal' | 'acceptance-check' | 'task' | 'vague';
  'incomplete-metric': boolean;
  split?: 'test' | 'tune';
}

/** A criterion's kind as the rule labels: vague → unmeasurable, task → output (SPEC §3, "Kinds of criterion"). */
const asCriterionItem = (c: LabelledCriterion, i: number): Item => ({
  id: `${c.file ?? 'criterion'}:${c.line ?? i}`,
  text: c.text.replace(/\s*\n\s*/g, ' '),
  labels: {
    'unmeasurable-criterion': c.kind === 'vague',
    'output-criterion': c.kind === 'task',
    'incomplete-metric': c['incomplete-metric'],
  },
});

const loadAny = <T>(name: string): T[] => loadJsonl<T>(root, name);

interface LabelledDocument {
  file: string;
  kind: 'story' | 'bug' | 'task' | 'spike' | 'other';
  stories: ({ line: number } & Record<'who' | 'outcome' | 'why' | 'success' | 'consequence', boolean>)[];
  /** Headings of the document's template sections: parts of a story, never stories of their own. */
  non_story_sections?: string[];
  /** Set by labellers who flag where a product owner could pick another kind (later splits only). */
  borderline?: boolean;
}

const ELEMENTS = ['who', 'outcome', 'why', 'success'] as const;
const corpus = join(root, '..', 'corpus', 'gitlab-issues', 'issues');

/**
 * Real issue documents, judged per document: how many stories Storylint reads in it, and per
 * element whether it reports the element missing where a story document really lacks it. A bug,
 * task or spike should get no missing-element finding at all (SPEC §2).
 */
function evalDocuments(docs: LabelledDocument[]): { scores: Map<string, Score>; counts: string } {
  const scores = new Map<string, Score>(ELEMENTS.map((e) => [`missing-${e}`, score()]));
  // The same, on the documents whose kind (story or not) is read as labelled: how the element
  // rules do when the kind is right, apart from how often it is.
  const kindRight = new Map<string, Score>(ELEMENTS.map((e) => [`missing-${e}`, score()]));
  let kindsRight = 0;
  let storyDocs = 0;
  let exact = 0;
  let reported = 0;
  let phantomInNonStories = 0;
  let sections = 0;
  let sectionsAsStories = 0;
  let clear = 0;
  let clearRight = 0;
  for (const doc of docs) {
    const path = join(corpus, doc.file);
    if (!existsSync(path)) continue;
    const result = lintText(readFileSync(path, 'utf8'));
    const fired = new Set(result.findings.map((f) => f.ruleId));
    const stories = result.stories.filter((s) => s.kind === 'story');
    if (doc.kind === 'story') {
      storyDocs++;
      reported += stories.length;
      if (stories.length === doc.stories.length) exact++;
    } else if (stories.length > 0) phantomInNonStories++;
    const titles = new Set(result.stories.map((s) => normalisedTitle(s.title ?? '')));
    for (const name of doc.non_story_sections ?? []) {
      sections++;
      if (titles.has(normalisedTitle(name))) sectionsAsStories++;
    }
    const rightKind = (doc.kind === 'story') === stories.length > 0;
    if (rightKind) kindsRight++;
    if (doc.borderline === false) {
      clear++;
      if (rightKind) clearRight++;
    }
    for (const e of ELEMENTS) {
      const missing = doc.kind === 'story' && doc.stories.some((st) => !st[e]);
      tally(scores.get(`missing-${e}`)!, missing, fired.has(`missing-${e}`), doc.file, doc.kind);
      if (rightKind) tally(kindRight.get(`missing-${e}`)!, missing, fired.has(`missing-${e}`), doc.file, doc.kind);
    }
  }
  const nonStories = docs.length - storyDocs;
  const counts =
    `  story documents: ${storyDocs}, read as the labelled number of stories: ${exact} ` +
    `(${reported} stories reported for ${labelledStories(docs)} ` +
    `labelled)\n  bugs, tasks and spikes: ${nonStories}, of which read as holding stories: ${phantomInNonStories}` +
    `\n  template sections (non_story_sections): ${sections}, of which reported as stories: ${sectionsAsStories}` +
    `\n  kind (story or not) read as labelled: ${kindsRight} of ${docs.length}; on those, precision / recall: ` +
    [...kindRight]
      .map(([rule, s]) => `${rule.replace('missing-', '')} ${ratio(s.tp, s.tp + s.fp)} / ${ratio(s.tp, s.tp + s.fn)}`)
      .join(', ') +
    (clear > 0 ? `\n  kind read as labelled where the labeller flagged no borderline: ${clearRight} of ${clear}` : '');
  return { scores, counts };
}

/** A heading as the labels spell it: no emphasis, emoji codes or trailing colon, lower case. */
const normalisedTitle = (title: string) =>
  title
    .replace(/:[a-z_]+:|[*_`]/gi, '')
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const labelledStories = (docs: LabelledDocument[]) =>
  docs.filter((d) => d.kind === 'story').reduce((n, d) => n + d.stories.length, 0);

const KINDS: readonly CriterionKind[] = ['outcome-signal', 'acceptance-check', 'task', 'vague'];

/** Labelled kind (rows) against the kind the classifier gives (columns). */
function confusion(criteria: LabelledCriterion[]): void {
  const counts = new Map(KINDS.map((k) => [k, new Map(KINDS.map((j) => [j, 0]))]));
  for (const c of criteria) {
    const row = counts.get(c.kind)!;
    const kind = judgeCriterion(c.text.replace(/\s*\n\s*/g, ' ')).kind;
    row.set(kind, row.get(kind)! + 1);
  }
  console.log(`  kind: labelled ↓ / judged →  ${KINDS.map((k) => k.padStart(16)).join(' ')}`);
  for (const k of KINDS)
    console.log(`  ${k.padEnd(25)} ${KINDS.map((j) => String(counts.get(k)!.get(j)).padStart(16)).join(' ')}`);
}

/**
 * missing-outcome-signal per GitLab document: it should fire exactly where every labelled
 * criterion of the document is an acceptance check or a task.
 */
function evalOutcomeSignal(criteria: LabelledCriterion[]): Map<string, Score> {
  const s = score();
  const byFile = new Map<string, LabelledCriterion[]>();
  for (const c of criteria) if (c.file) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  for (const [file, items] of byFile) {
    const path = join(corpus, file);
    if (!existsSync(path)) continue;
    const expected = items.every((c) => c.kind === 'acceptance-check' || c.kind === 'task');
    const fired = lintText(readFileSync(path, 'utf8')).findings.some((f) => f.ruleId === 'missing-outcome-signal');
    tally(s, expected, fired, file, `${items.length} criteria`);
  }
  return new Map([['missing-outcome-signal', s]]);
}

/** Where a labelled criterion's document is: a GitLab issue, or a Simpler.Grants.gov spec (either folder). */
function criterionDocument(c: LabelledCriterion): string | undefined {
  if (!c.file) return undefined;
  const corpusRoot = join(root, '..', 'corpus');
  return [
    join(corpus, c.file),
    join(corpusRoot, 'simpler-grants-gov', c.file),
    join(corpusRoot, 'simpler-grants-gov-specifications', c.file.split('/').pop()!),
  ].find((path) => existsSync(path));
}

/**
 * Each criterion judged where it was written: its whole document linted, a criterion rule counted as
 * firing on it when one of its findings starts on the criterion's line. Unlike `evalCriteria`, a name
 * that only completes the item above it ("… the following tools:" over "- Slack") is read with it, a
 * criterion in a bug report or a task is not judged (SPEC §2), and one the story model does not read as
 * a criterion (a group label, a heading) is missed.
 */
function evalCriteriaInContext(criteria: LabelledCriterion[]): { scores: Map<string, Score>; counts: string } {
  const scores = new Map<string, Score>();
  for (const rule of [...CRITERION_RULES, 'unmeasurable+output']) scores.set(rule, score());
  const linted = new Map<string, { result: LintResult; lines: LineIndex }>();
  let located = 0;
  let read = 0;
  for (const c of criteria) {
    const path = criterionDocument(c);
    if (!path || c.line === undefined) continue;
    located++;
    let doc = linted.get(path);
    if (!doc) {
      const text = readFileSync(path, 'utf8');
      doc = { result: lintText(text), lines: new LineIndex(text) };
      linted.set(path, doc);
    }
    const onLine = (start: number) => doc!.lines.positionAt(start).line + 1 === c.line;
    if (doc.result.stories.some((s) => s.criteria.some((item) => onLine(item.span.start)))) read++;
    const fired = new Set(doc.result.findings.filter((f) => onLine(f.span.start)).map((f) => f.ruleId));
    tallyCriterion(scores, asCriterionItem(c, 0), fired);
  }
  return { scores, counts: `  found in their documents: ${located} of ${criteria.length}; read as criteria: ${read}` };
}

interface LabelledVagueWord {
  id: string;
  split: string;
  file: string;
  /** Where the finding started in the GitLab issue, as a UTF-16 offset. */
  offset: number;
  blurs_ask: boolean;
}

/**
 * ambiguous-language on whole GitLab issues: of the findings it reported when these were labelled, how many
 * it still reports, and how many of those blur what is asked. Precision only: unreported words were never
 * labelled, so "kept" of the labelled true ones stands in for recall.
 */
function evalVagueWords(words: LabelledVagueWord[]): string {
  const found = new Map<string, Set<number>>();
  let kept = 0;
  let right = 0;
  let labelledTrue = 0;
  for (const w of words) {
    let starts = found.get(w.file);
    if (!starts) {
      const findings = lintText(readFileSync(join(corpus, w.file), 'utf8')).findings;
      starts = new Set(findings.filter((f) => f.ruleId === 'ambiguous-language').map((f) => f.span.start));
      found.set(w.file, starts);
    }
    if (w.blurs_ask) labelledTrue++;
    if (!starts.has(w.offset)) continue;
    kept++;
    if (w.blurs_ask) right++;
  }
  return (
    `  ${words.length} findings labelled, ${labelledTrue} of them blur the ask (precision then ` +
    `${ratio(labelledTrue, words.length)}); reported now: ${kept}, precision ${ratio(right, kept)}, ` +
    `${right} of the ${labelledTrue} that blur the ask kept`
  );
}

interface LabelledGoal {
  id: string;
  split: string;
  file: string;
  /** The line the story starts on (1-based): the title. */
  line: number;
  'output-focused': boolean;
}

/**
 * output-focused on whole GitLab issues read as stories whose outcome is a section (a Goal, a Problem to
 * solve): does it fire on the story that starts on the labelled line?
 */
function evalGoals(goals: LabelledGoal[]): Map<string, Score> {
  const s = score();
  for (const goal of goals) {
    const text = readFileSync(join(corpus, goal.file), 'utf8');
    const { stories, findings } = lintText(text);
    const story = stories.find((st) => lineOfOffset(text, st.span.start) === goal.line);
    const fired = findings.some((f) => f.ruleId === 'output-focused' && f.storyIndex === story?.index);
    tally(s, goal['output-focused'], fired, goal.id, goal.file);
  }
  return new Map([['output-focused', s]]);
}

const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

interface LabelledPair {
  id: string;
  a: { line: number; text: string };
  b: { line: number; text: string };
  duplicate: boolean;
}

/** Per pair: does Storylint pair the two stories when they stand in one backlog file? */
function evalDuplicates(pairs: LabelledPair[]): Map<string, Score> {
  const s = score();
  for (const pair of pairs) {
    const text = `- ${pair.a.text}\n- ${pair.b.text}\n`;
    const paired = lintText(text).findings.some((f) => f.ruleId === 'duplicate-story');
    tally(s, pair.duplicate, paired, pair.id, `${pair.a.text} ⇔ ${pair.b.text}`);
  }
  return new Map([['duplicate-story', s]]);
}

const splitOf = (c: LabelledCriterion, split: string) => c.split === split;
// `dev`, `dev2`, `dev3`: documents labelled blind later, tuned on like `tune` (a look before the one TEST run).
// `test2`: 80 more documents labelled blind after the rules were written, never tuned on, like `test`.
// `--no-test` while tuning: the test splits are measured once, after a change, not looked at during it.
// `test3` / `dev4`: criteria of public product specs, RFCs and definitions of done (`criteria.specs.jsonl`);
// `test4` / `dev5`: more of them, from OKRs, definitions of done, handbooks and briefs of 22 other repositories.
const splits = process.argv.includes('--no-test')
  ? (['tune', 'dev', 'dev2', 'dev3', 'dev4', 'dev5'] as const)
  : (['test', 'test2', 'test3', 'test4', 'tune', 'dev', 'dev2', 'dev3', 'dev4', 'dev5'] as const);
for (const split of splits) {
  const upper = {
    test: 'TEST',
    test2: 'second TEST',
    test3: 'third TEST',
    test4: 'fourth TEST',
    tune: 'tuning',
    dev: 'development (tuning)',
    dev2: 'second development (tuning)',
    dev3: 'third development (tuning)',
    dev4: 'fourth development (tuning)',
    dev5: 'fifth development (tuning)',
  }[split];
  const fresh = loadAny<Item>(`stories.fresh.${split}.jsonl`);
  if (fresh.length)
    table(`Fresh real backlog stories, ${upper} split (${fresh.length}; labelled blind)`, evalStories(fresh));
  const more = loadAny<Item>(`stories.backlogs2.${split}.jsonl`);
  if (more.length)
    table(
      `Real backlog stories from 11 more backlogs, ${upper} split (${more.length}; labelled blind)`,
      evalStories(more),
    );
  const atomic = loadAny<Item>(`stories.nonatomic.${split}.jsonl`);
  if (atomic.length)
    table(
      `non-atomic on the real backlog lines no other set labelled for it, ${upper} split (${atomic.length}; ` +
        'labelled blind)',
      evalStories(atomic),
    );
  const open = loadAny<Item>(`stories.opensource.${split}.jsonl`);
  if (open.length)
    table(
      `Real user stories from open-source and government repositories, ${upper} split (${open.length}; ` +
        'labelled blind)',
      evalStories(open),
    );
  const grants = loadAny<Item>(`stories.grants.${split}.jsonl`);
  if (grants.length)
    table(
      `User stories of real specs (simpler-grants-gov), ${upper} split (${grants.length}; labelled blind)`,
      evalStories(grants),
    );
  const glStories = loadAny<Item>(`gitlab/stories.${split}.jsonl`);
  if (glStories.length) table(`GitLab story sentences, ${upper} split (${glStories.length})`, evalStories(glStories));
  const criteria = [
    ...loadAny<LabelledCriterion>(`gitlab/criteria.${split}.jsonl`),
    ...loadAny<LabelledCriterion>('criteria.grants.jsonl').filter((c) => splitOf(c, split)),
  ];
  if (criteria.length) {
    table(
      `Real criteria (GitLab + simpler-grants-gov), ${upper} split (${criteria.length})`,
      evalCriteria(criteria.map(asCriterionItem)),
    );
    confusion(criteria);
    const inContext = evalCriteriaInContext(criteria);
    table(`The same criteria judged in their own documents, ${upper} split`, inContext.scores);
    console.log(inContext.counts);
    const signal = evalOutcomeSignal(loadAny<LabelledCriterion>(`gitlab/criteria.${split}.jsonl`));
    table(`missing-outcome-signal on GitLab documents with labelled criteria, ${upper} split`, signal);
  }
  const specs = loadAny<LabelledCriterion>('criteria.specs.jsonl').filter((c) => splitOf(c, split));
  if (specs.length) {
    table(
      `Criteria of public product specs, RFCs and definitions of done, ${upper} split (${specs.length}; ` +
        'labelled blind)',
      evalCriteria(specs.map(asCriterionItem)),
    );
    confusion(specs);
  }
  const pairs = loadAny<LabelledPair>(`duplicates.${split}.jsonl`);
  if (pairs.length) table(`Story pairs from real backlogs, ${upper} split (${pairs.length})`, evalDuplicates(pairs));
  const vague = loadAny<LabelledVagueWord>('gitlab/ambiguous.documents.jsonl').filter((w) => w.split === split);
  if (vague.length) {
    console.log(`\nambiguous-language on GitLab issue documents, ${upper} split (findings labelled blind)`);
    console.log(evalVagueWords(vague));
  }
  const goals = loadAny<LabelledGoal>('gitlab/output-focused.goals.jsonl').filter((g) => g.split === split);
  if (goals.length)
    table(
      `output-focused on GitLab issues whose outcome is a section, ${upper} split (${goals.length})`,
      evalGoals(goals),
    );
  const docs = loadAny<LabelledDocument>(`gitlab/documents.${split}.jsonl`);
  if (docs.length) {
    const { scores, counts } = evalDocuments(docs);
    table(`Real GitLab issue documents, ${upper} split (${docs.length})`, scores);
    console.log(counts);
  }
}

printAgreement(root);

console.log(
  '\nn = items, pos = labelled positive, tp = found of those, fp = false alarms; prec/recall "–" where nothing ' +
    'was predicted or labelled.',
);

const show = process.argv.indexOf('--errors');
if (show > 0) {
  const rule = process.argv[show + 1];
  for (const [name, set] of [
    ['real', real],
    ['real2', real2],
    ['own', own],
    ['criteria', criteria],
  ] as const) {
    const s = set.get(rule ?? '');
    if (s?.errors.length) console.log(`\n${name} ${rule}:\n${s.errors.join('\n')}`);
  }
}
