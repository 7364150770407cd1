/**
 * Second labellers scored as a detector against the first labels (test/eval/LABELLING.md, the `agreement.*`
 * files): the ceiling a detector can reach on each set, printed beside the bars it is held to.
 */
import { loadJsonl, score, table, tally, type Score } from './score.js';

type Labels = Record<string, unknown>;
interface Labelled {
  id?: string;
  file?: string;
  labels?: Labels;
  [key: string]: unknown;
}
interface Document {
  file: string;
  kind: string;
  stories: Record<string, boolean>[];
}
interface Criterion {
  id?: string;
  kind: string;
}

/** Keys of a story line that are not labels. */
const NOT_LABELS = new Set(['id', 'text', 'note', 'borderline', 'source', 'line', 'labels', 'split', 'file']);

/** A story's labels, whether kept under `labels` or at the top of its line. */
function labelsOf(item: Labelled): Record<string, boolean> {
  const entries = Object.entries(item.labels ?? item).filter(([k, v]) => !NOT_LABELS.has(k) && typeof v === 'boolean');
  return Object.fromEntries(entries) as Record<string, boolean>;
}

function scoreStories(first: Labelled[], second: Labelled[]): Map<string, Score> {
  const byId = new Map(first.map((item) => [item.id, labelsOf(item)]));
  const scores = new Map<string, Score>();
  for (const item of second) {
    const expected = byId.get(item.id);
    if (!expected) continue;
    for (const [rule, actual] of Object.entries(labelsOf(item))) {
      if (!(rule in expected)) continue;
      if (!scores.has(rule)) scores.set(rule, score());
      tally(scores.get(rule)!, expected[rule]!, actual, item.id ?? '', '');
    }
  }
  return scores;
}

/** Story or not, and each element missing from a story document, as the document rules read them. */
function scoreDocuments(first: Document[], second: Document[], elements: boolean): Map<string, Score> {
  const byFile = new Map(first.map((doc) => [doc.file, doc]));
  const scores = new Map<string, Score>([['story (kind)', score()]]);
  const missing = (doc: Document, element: string) => doc.kind === 'story' && doc.stories.some((st) => !st[element]);
  for (const doc of second) {
    const expected = byFile.get(doc.file);
    if (!expected) continue;
    tally(scores.get('story (kind)')!, expected.kind === 'story', doc.kind === 'story', doc.file, '');
    if (!elements) continue;
    for (const element of ['who', 'outcome', 'why', 'success']) {
      const rule = `missing-${element}`;
      if (!scores.has(rule)) scores.set(rule, score());
      tally(scores.get(rule)!, missing(expected, element), missing(doc, element), doc.file, '');
    }
  }
  return scores;
}

/** A criterion's kind as the criterion rules read it: vague → unmeasurable, task → output (SPEC §3). */
function scoreCriteria(first: Criterion[], second: Criterion[]): Map<string, Score> {
  const byId = new Map(first.map((c) => [c.id, c.kind]));
  const rules = {
    'unmeasurable-criterion': (kind: string) => kind === 'vague',
    'output-criterion': (kind: string) => kind === 'task',
    'unmeasurable+output': (kind: string) => kind === 'vague' || kind === 'task',
  };
  const scores = new Map(Object.keys(rules).map((rule) => [rule, score()]));
  for (const c of second) {
    const expected = byId.get(c.id);
    if (expected === undefined) continue;
    for (const [rule, flags] of Object.entries(rules))
      tally(scores.get(rule)!, flags(expected), flags(c.kind), c.id!, '');
  }
  return scores;
}

const STORY_SETS: readonly [title: string, first: readonly string[], second: string][] = [
  [
    '50 real stories (sets 1, 2 and test)',
    ['stories.real.jsonl', 'stories.real2.jsonl', 'stories.test.jsonl'],
    'agreement.jsonl',
  ],
  ['fresh backlog stories, tuning split', ['stories.fresh.tune.jsonl'], 'agreement.fresh.tune.jsonl'],
  ['fresh backlog stories, TEST split', ['stories.fresh.test.jsonl'], 'agreement.fresh.test.jsonl'],
  ['11 more backlogs, TEST split', ['stories.backlogs2.test.jsonl'], 'agreement.backlogs2.test.jsonl'],
  ['GitLab story sentences, TEST split', ['gitlab/stories.test.jsonl'], 'gitlab/agreement.stories.test.jsonl'],
  ['spec user stories, TEST split', ['stories.grants.test.jsonl'], 'agreement.grants.test.jsonl'],
  [
    'open-source and government stories, TEST split',
    ['stories.opensource.test.jsonl'],
    'agreement.opensource.test.jsonl',
  ],
];

export function printAgreement(root: string): void {
  console.log(
    '\n---- A second labeller, blind to the first labels and the detectors, scored against the first labels:',
  );
  console.log('     the ceiling a detector can reach on each set.');
  const show = (title: string, scores: Map<string, Score>) => {
    if ([...scores.values()].some((s) => s.tp + s.fp + s.fn + s.tn > 0)) table(`Second labeller: ${title}`, scores);
  };
  for (const [title, first, second] of STORY_SETS)
    show(
      title,
      scoreStories(
        first.flatMap((name) => loadJsonl<Labelled>(root, name)),
        loadJsonl(root, second),
      ),
    );
  const goals = loadJsonl<Labelled>(root, 'gitlab/output-focused.goals.jsonl');
  const secondGoals = loadJsonl<Labelled>(root, 'gitlab/agreement.goals.jsonl');
  const isTest = (goal: Labelled) => goal.split === 'test' || goal.split === 'test2';
  show(
    'GitLab issues whose outcome is a section, tuning halves',
    scoreStories(
      goals.filter((goal) => !isTest(goal)),
      secondGoals,
    ),
  );
  show('GitLab issues whose outcome is a section, TEST half', scoreStories(goals.filter(isTest), secondGoals));
  show(
    'GitLab issue documents, second development split (kind only)',
    scoreDocuments(
      loadJsonl(root, 'gitlab/documents.dev2.jsonl'),
      loadJsonl(root, 'gitlab/agreement.kind.dev2.jsonl'),
      false,
    ),
  );
  show(
    'GitLab issue documents, TEST split',
    scoreDocuments(
      loadJsonl(root, 'gitlab/documents.test.jsonl'),
      loadJsonl(root, 'gitlab/agreement.documents.test.jsonl'),
      true,
    ),
  );
  show(
    'GitLab issue documents, second TEST split',
    scoreDocuments(
      loadJsonl(root, 'gitlab/documents.test2.jsonl'),
      loadJsonl(root, 'gitlab/agreement.documents.test2.jsonl'),
      true,
    ),
  );
  show(
    'spec criteria, second TEST split',
    scoreCriteria(loadJsonl(root, 'criteria.grants.jsonl'), loadJsonl(root, 'agreement.criteria.test2.jsonl')),
  );
  const specs = loadJsonl<Criterion & { split: string }>(root, 'criteria.specs.jsonl');
  const second = loadJsonl<Criterion>(root, 'agreement.criteria.specs.jsonl');
  for (const [split, title] of [
    ['test3', 'criteria of public specs, third TEST split'],
    ['dev4', 'criteria of public specs, fourth development split'],
    ['test4', 'criteria of public specs, fourth TEST split'],
  ] as const)
    show(
      title,
      scoreCriteria(
        specs.filter((c) => c.split === split),
        second,
      ),
    );
}
