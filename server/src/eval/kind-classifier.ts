/**
 * `npm run eval:kind`: why the kind of an issue (story, or the team's own task, bug or spike) is
 * read by rules and not by a classifier. The GitLab labels cannot train anything that ships (they
 * are licensed for evaluation only), so a naive Bayes model is trained on issue items we wrote
 * ourselves (`kind-synthetic/items.jsonl`) and scored on the GitLab tuning and development
 * documents, alone and as a second opinion that may overrule the rules' "story". The test split
 * is never read here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_VOCABULARY, lintText, stem } from '../engine/index.js';

const root = process.env.STORYLINT_EVAL_DIR ?? join(process.cwd(), 'test', 'eval');
const corpus = join(root, '..', 'corpus', 'gitlab-issues', 'issues');
const SPLITS = ['tune', 'dev', 'dev2', 'dev3'];
const STOP = new Set(DEFAULT_VOCABULARY.stopWords);

const lines = <T>(path: string): T[] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as T)
    : [];

/** Title words (marked, and again plain) and the first words of the body: what the model reads. */
function features(title: string, body: string): Set<string> {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/https?:\/\/\S+|<!--[\s\S]*?-->/g, ' ')
      .split(/[^a-z0-9+#]+/)
      .filter((w) => w.length > 1 && !/^\d+$/.test(w) && !STOP.has(w))
      .map((w) => stem(w));
  const t = words(title);
  return new Set([...t.map((w) => `title:${w}`), ...t, ...words(body).slice(0, 80)]);
}

/** Bernoulli naive Bayes, story against not a story; the log-odds of "not a story". */
function train(items: { kind: string; title: string; body: string }[]): (f: Set<string>) => number {
  const seen = { story: new Map<string, number>(), other: new Map<string, number>() };
  const docs = { story: 0, other: 0 };
  for (const item of items) {
    const side = item.kind === 'story' ? 'story' : 'other';
    docs[side]++;
    for (const f of features(item.title, item.body)) seen[side].set(f, (seen[side].get(f) ?? 0) + 1);
  }
  const known = new Set([...seen.story.keys(), ...seen.other.keys()]);
  const prior = Math.log((docs.other + 1) / (docs.story + 1));
  return (f) => {
    let odds = prior;
    for (const w of f) {
      if (!known.has(w)) continue;
      const other = ((seen.other.get(w) ?? 0) + 1) / (docs.other + 2);
      const story = ((seen.story.get(w) ?? 0) + 1) / (docs.story + 2);
      odds += Math.log(other / story);
    }
    return odds;
  };
}

const items = lines<{ kind: string; title: string; body: string }>(join(root, 'kind-synthetic', 'items.jsonl'));
const notAStory = train(items);

interface Scored {
  story: boolean;
  rulesStory: boolean;
  odds: number;
}
const scored: Scored[] = [];
for (const split of SPLITS) {
  for (const doc of lines<{ file: string; kind: string }>(join(root, 'gitlab', `documents.${split}.jsonl`))) {
    const path = join(corpus, doc.file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const result = lintText(text);
    const first = result.stories[0];
    // The title and what the story parser read as its outcome, who and why (template text masked).
    const title = first?.title ?? text.split('\n', 1)[0]!;
    const body = (['outcome', 'who', 'why'] as const).map((k) => first?.elements[k]?.text ?? '').join('\n');
    scored.push({
      story: doc.kind === 'story',
      rulesStory: result.stories.some((s) => s.kind === 'story'),
      odds: notAStory(features(title, body)),
    });
  }
}

const right = (s: Scored, story: boolean) => s.story === story;
const rules = scored.filter((s) => right(s, s.rulesStory)).length;
console.log(`Trained on ${items.length} issue items of our own; scored on ${scored.length} GitLab tuning and`);
console.log(`development documents (labelled blind). Kind (story or not) read as labelled:`);
console.log(`  rules: ${rules} of ${scored.length}`);
for (const threshold of [0, 1, 2, 3, 4, 5]) {
  const alone = scored.filter((s) => right(s, s.odds <= threshold)).length;
  const overruled = scored.filter((s) => s.rulesStory && s.odds > threshold);
  const fixes = overruled.filter((s) => !s.story).length;
  const breaks = overruled.length - fixes;
  console.log(
    `  log-odds > ${threshold}: the classifier alone ${alone}; overruling the rules' "story": ` +
      `${fixes} fixed, ${breaks} broken (${rules + fixes - breaks})`,
  );
}
