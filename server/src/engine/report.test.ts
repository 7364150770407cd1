/** The backlog value report (report.ts, render-report.ts): titles, epics and the Markdown layout. */
import { describe, expect, it } from 'vitest';
import { lintText } from './lint.js';
import { renderReportMarkdown } from './render-report.js';
import { buildReport } from './report.js';

const report = (files: Record<string, string>, options = {}) =>
  buildReport(
    Object.entries(files).map(([file, text]) => ({ file, text, result: lintText(text, { uri: file }) })),
    options,
  );

describe('story titles', () => {
  it('are the story\'s own words: no HTML comment, unclosed "<!---" comment, emphasis or placeholder', () => {
    const text = [
      '## Goal',
      '',
      '<!---',
      'Clearly outline the goal of the issue and why we are doing it',
      '--->',
      'As a **returning** shopper, I want to pay without re-entering my card, so that checkout is quick.',
      '',
    ].join('\n');
    const unclosed = '- <!--- Clearly outline the goal\n';
    const { items } = report({ 'a.md': text, 'b.md': `${unclosed}- As a <who?>, I want to see my _bills_.\n` });
    for (const item of items) {
      expect(item.title).not.toMatch(/<!--|<who|\*|_/);
      expect(item.title).toMatch(/\p{L}/u);
    }
  });

  it('fall back to the outcome, then the first words', () => {
    const { items } = report({ 'a.md': '- As a tenant, I want to submit my meter reading, so that I can budget.\n' });
    expect(items[0]!.title).toBe('submit my meter reading');
  });
});

describe('epics', () => {
  it('group the stories under a container heading, not under the document title', () => {
    const line = (what: string) => `- As a tenant, I want to ${what}, so that I can budget.`;
    const text = [
      '# Backlog',
      '## Billing',
      line('see my bill'),
      line('pay my bill'),
      '## Meters',
      line('submit a reading'),
      line('photograph my meter'),
      '',
    ].join('\n');
    const { items } = report({ 'backlog.md': text });
    expect(items.map((i) => [i.title, i.epic]).sort()).toEqual([
      ['pay my bill', 'Billing'],
      ['photograph my meter', 'Meters'],
      ['see my bill', 'Billing'],
      ['submit a reading', 'Meters'],
    ]);
    const markdown = renderReportMarkdown(report({ 'backlog.md': text }));
    expect(markdown.indexOf('### Billing')).toBeLessThan(markdown.indexOf('### Meters'));
  });
});

describe('the Markdown report', () => {
  const files = {
    'stories/a.md': '- As a tenant, I want a dashboard.\n- As a tenant, I want to see my bill, so that I can budget.\n',
    'stories/b.md': '- As a user, I want to pay my bill, so that I can budget.\n',
  };

  it('opens with the summary: stories, the ready share at the bar, top problems, the least ready', () => {
    const markdown = renderReportMarkdown(report(files, { failUnder: 90 }));
    const [title, , summary] = markdown.split('\n');
    expect(title).toBe('# Backlog value report');
    expect(summary).toMatch(/^3 stories in 2 files · 2 ready at 90% \(67%\) · /);
    const order = ['## Most frequent problems', '## Least ready', '## stories/a.md', '## stories/b.md'];
    expect(order.map((h) => markdown.indexOf(`\n${h}\n`))).toEqual(
      order.map((h) => markdown.indexOf(`\n${h}\n`)).sort((a, b) => a - b),
    );
    expect(markdown).toContain('1. [a dashboard](stories/a.md#L1) — 50% · missing: Why, Outcome (weak)');
  });

  it('counts one story and one file in the singular', () => {
    const markdown = renderReportMarkdown(report({ 'stories/b.md': files['stories/b.md'] }));
    expect(markdown.split('\n')[2]).toMatch(/^1 story in 1 file · /);
    expect(markdown).toContain('\n1 story · 1 ready\n');
  });

  it('has a row per story with its link, score, what is missing and each rule that fired once', () => {
    const markdown = renderReportMarkdown(report(files));
    expect(markdown).toContain('| story | score | missing | rules |');
    expect(markdown).toMatch(
      /^\| \[a dashboard\]\(stories\/a\.md#L1\) \| 50% \| Why, Outcome \(weak\) \| .*`output-focused`/m,
    );
    expect(markdown).toContain('| [pay my bill](stories/b.md#L1) | 100% | — | `generic-who` |');
  });

  it("counts a finding told once for stories sharing its words (a lead-in's vague who) on each of them", () => {
    const markdown = renderReportMarkdown(
      report({ 'stories/c.md': 'As a user, I want to:\n\n- pay my bill\n- see my bill\n' }),
    );
    expect(markdown).toContain('| [see my bill](stories/c.md#L4) | 67% | Why | `generic-who` `missing-why` |');
    expect(markdown).toContain('| `generic-who` | 2 |');
  });
});

describe('items that are not stories', () => {
  const files = {
    'backlog/bug.md':
      '# Export crashes on empty months\n\n## Steps to reproduce\n\n1. Export an empty month\n\n' +
      '## Expected behaviour\n\nAn empty file.\n',
    'backlog/story.md':
      '## Pay by the month\n\nAs a resident, I want to pay my permit monthly, so that I can budget.\n',
  };

  it('lists bug reports, tasks and spikes apart, and neither counts nor scores them', () => {
    const built = report(files);
    expect(built.stories).toBe(1);
    expect(built.items.map((i) => i.file)).toEqual(['backlog/story.md']);
    expect(built.nonStories).toEqual([
      { file: 'backlog/bug.md', line: 1, title: 'Export crashes on empty months', kind: 'bug' },
    ]);
    expect(built.byFile.find((f) => f.file === 'backlog/bug.md')?.stories).toBe(0);
    const markdown = renderReportMarkdown(built);
    expect(markdown).toContain('1 non-story item (bugs, tasks, spikes, criteria lists), not scored');
    expect(markdown).toContain('| [Export crashes on empty months](backlog/bug.md#L1) | bug | backlog/bug.md:1 |');
  });
});

describe('documents in another language', () => {
  const files = {
    'backlog/fr.md':
      '## Filtrer les commandes\n\nEn tant que client, je veux filtrer les commandes par date afin de ' +
      'retrouver une commande passée.\n',
    'backlog/story.md':
      '## Pay by the month\n\nAs a resident, I want to pay my permit monthly, so that I can budget.\n',
  };

  it('are listed as not checked, and their stories neither counted nor scored', () => {
    const built = report(files);
    expect(built.stories).toBe(1);
    expect(built.notChecked).toEqual([{ file: 'backlog/fr.md', language: 'French' }]);
    expect(built.byFile.find((f) => f.file === 'backlog/fr.md')?.stories).toBe(0);
    const markdown = renderReportMarkdown(built);
    expect(markdown).toContain('· 1 file not checked (not in English)');
    expect(markdown).toContain('## Not checked');
    expect(markdown).toContain('| backlog/fr.md | French |');
  });
});
