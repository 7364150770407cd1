import { describe, expect, it } from 'vitest';
import { applyEdits } from './fix/apply-edits.js';
import { lintText } from './lint.js';

const FRENCH_BACKLOG = [
  '# Backlog',
  '',
  '## Filtrer les commandes',
  '',
  'En tant que client, je veux filtrer les commandes par date afin de retrouver une commande passée.',
  '',
  '### Critères d’acceptation',
  '',
  '- [ ] Le filtre est visible sur la page des commandes',
  '- [ ] Le résultat est correct',
  '',
  '## Exporter les factures',
  '',
  'Ajouter un bouton pour exporter les factures en PDF.',
  '',
].join('\n');

describe('a document in another language', () => {
  it('is not checked: no finding, and one notice that says why', () => {
    const result = lintText(FRENCH_BACKLOG);
    expect(result.findings).toEqual([]);
    expect(result.language).toBe('French');
    expect(result.notices).toEqual([
      {
        message: 'Not checked: this document looks written in French, and Storylint reads English.',
        span: { start: 0, end: 0 },
      },
    ]);
  });

  it('still has its stories read, for the outline and the report to list', () => {
    expect(lintText(FRENCH_BACKLOG).stories.length).toBeGreaterThan(0);
  });

  it('is English when it is English, and then it is checked', () => {
    const result = lintText('## Export\n\nAdd a button to export invoices as PDF.\n');
    expect(result.language).toBe(undefined);
    expect(result.notices).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(0);
  });
});

describe('a paragraph dense with inline markup', () => {
  // 6,000 bracketed ticket keys in one paragraph: micromark's inline pass grows with the square of its marks.
  const links = Array.from({ length: 6000 }, (_, i) => `[PROJ-${i}]`).join(' ');
  const text = `## Checkout\n\nAs a shopper, I want to save my basket, so that I can finish later.\n\n${links}\n`;

  it('is read as plain text, and one notice at its start says so', () => {
    const result = lintText(text);
    expect(result.notices).toEqual([
      {
        message: 'A paragraph of more than 5000 inline marks (links, emphasis, code) was read as plain text.',
        span: { start: text.indexOf('[PROJ-0]'), end: text.indexOf('[PROJ-0]') },
      },
    ]);
  });

  it('leaves the story before it read as it was', () => {
    const plain = lintText(text.slice(0, text.indexOf('[PROJ-0]')));
    const result = lintText(text);
    expect(result.stories.map((s) => s.span.start)).toEqual(plain.stories.map((s) => s.span.start));
    expect(result.findings.map((f) => f.ruleId)).toEqual(plain.findings.map((f) => f.ruleId));
  });

  it('keeps its inline markup read below the limit', () => {
    expect(lintText(`## Links\n\n${links.split(' [').slice(0, 2000).join(' [')}\n`).notices).toEqual([]);
  });
});

describe('a story written in a code block', () => {
  const fenced = (fence: string) =>
    [
      '## Assign homework to classroom',
      fence,
      'As a teacher',
      'I want to be able to assign homework to my students',
      'So that I can assess how they are learning',
      '',
      'Given I am on the dashboard page',
      'When I click on "Assign homework"',
      'Then I am taken to the classroom page',
      '```',
      '### Acceptance criteria',
      "- The homework shows on each student's page",
      '',
    ].join('\n');

  it('is not read as a story (code never is), and one notice on its block says so', () => {
    const text = fenced('```');
    const result = lintText(text);
    expect(result.stories).toEqual([]);
    expect(result.findings).toEqual([]);
    const at = text.indexOf('```');
    expect(result.notices).toEqual([
      {
        message: 'A story statement in a code block was not read: take it out of the fence to have it checked.',
        span: { start: at, end: at },
      },
    ]);
  });

  it('is the same in a fence marked as text, Markdown or Gherkin, and not in one of a programming language', () => {
    for (const fence of ['```text', '```md', '~~~gherkin']) {
      expect(lintText(fenced(fence).replace(/```\n###/, `${fence.slice(0, 3)}\n###`)).stories).toEqual([]);
    }
    // Code of a program saying "As a teacher" in a string is code: the heading is a story still to write.
    expect(lintText(fenced('```js')).stories.map((s) => s.title)).toEqual(['Assign homework to classroom']);
  });

  it('leaves a story stated outside the fence read as it is, the example in the fence aside', () => {
    const text = fenced('```').replace(
      '```',
      'As a teacher, I want to assign homework, so that I can see how my class learns.\n\n```',
    );
    const result = lintText(text);
    expect(result.stories.map((s) => s.elements.who?.text)).toEqual(['teacher']);
    expect(result.notices).toEqual([]);
  });

  it('is the same for statements each set in inline code, under a title whose Users name who they are for', () => {
    const text = [
      '# User Stories',
      '## Users',
      '1. **Supporter** - a person who offers donations.',
      '## User Stories',
      '`1. As a supporter, So that I can support people, I want to be able to sign up to MITO.`',
      '`2. As a supporter, So that I can use MITO, I want to be able to sign in.`',
      '',
    ].join('\n\n');
    const result = lintText(text);
    expect(result.stories).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => [n.message, n.span.start])).toEqual([
      [
        'A story statement in inline code was not read: take off the backticks to have it checked.',
        text.indexOf('`1.'),
      ],
    ]);
  });

  it('leaves a heading over code that states no story a story still to write', () => {
    const text =
      '## Export invoices\n```json\n{ "format": "pdf" }\n```\n### Acceptance criteria\n- It opens in Excel\n';
    expect(lintText(text).findings.map((f) => f.ruleId)).toContain('missing-who');
    expect(lintText(text).notices).toEqual([]);
  });
});

describe('stories in admonitions (MkDocs: `!!! note` over indented content)', () => {
  const text = [
    '## User Stories',
    '',
    '### **US 1.01 - Admin login (3pts)**',
    '!!! note ""',
    '',
    '    As an Admin, I want to be able to securely log in.',
    '',
    '    Acceptance Tests:',
    '',
    '    * Admin can login with correct credentials',
    '',
    '    Login by email is enough for now.',
    '',
    '### **US 1.02 - Export feedback (5pts)**',
    '!!! note ""',
    '',
    '    As an Admin, I want to export the feedback, so that I can report to funders.',
    '',
  ].join('\n');

  it('reads the statements written in them, each where it stands, after a byte order mark too', () => {
    const one = '### Save card\n!!! note ""\n\n    As a nurse, I want to see lab results, so that I act in time.\n';
    const withMark = `\uFEFF${one}`;
    expect(lintText(withMark).stories.map((s) => withMark.slice(s.sentence!.span.start, s.sentence!.span.end))).toEqual(
      ['As a nurse, I want to see lab results, so that I act in time'],
    );
    const { stories } = lintText(text);
    expect(stories.map((s) => text.slice(s.sentence!.span.start, s.sentence!.span.end))).toEqual([
      'As an Admin, I want to be able to securely log in',
      'As an Admin, I want to export the feedback, so that I can report to funders',
    ]);
  });

  it('fixes them only on their own lines: a line written without the indentation would end the admonition', () => {
    const findings = lintText(text).findings.filter((f) => f.span.start < text.indexOf('### **US 1.02'));
    expect(findings.map((f) => f.ruleId)).toContain('missing-why');
    for (const f of findings) {
      for (const e of f.fix?.edits ?? []) {
        const inside = e.start >= text.indexOf('    As an Admin') && e.start < text.indexOf('\n\n### **US 1.02');
        if (inside) expect(e.newText, f.ruleId).not.toMatch(/[\r\n]/);
      }
    }
    expect(findings.find((f) => f.ruleId === 'missing-why')?.fix).toBeDefined();
  });
});

describe('an admonition in a list item or a quote', () => {
  it('stays the code CommonMark reads: its lines are indented past the container, not from their first column', () => {
    const text = '- Stories\n\n    !!! note ""\n\n        As a nurse, I want to see lab results.\n';
    expect(lintText(text).stories).toEqual([]);
    expect(lintText(`> !!! tip\n>\n>     As a clerk, I want totals.\n`).stories).toEqual([]);
  });
});

describe('a fix in an admonition holding several stories', () => {
  const text = [
    '!!! note "Stories"',
    '',
    '    ## Export',
    '',
    '    As an Admin, I want to export the feedback.',
    '',
    '    ## Import',
    '',
    '    As an Admin, I want to import the feedback.',
    '',
  ].join('\n');
  const statements = (t: string) => lintText(t).stories.flatMap((s) => (s.sentence ? [s.sentence.outcome?.text] : []));

  it('adds no line right before its opening line, which would join the new paragraph (fast-check found this)', () => {
    const under = '### Save card\n!!! note ""\n\n    #### Assumptions\n\n    - Nurses read alerts on their phones\n';
    const fixes = lintText(under).findings.flatMap((f) => (f.fix ? [f] : []));
    expect(fixes.length).toBeGreaterThan(0);
    for (const f of fixes)
      expect(lintText(applyEdits(under, f.fix!.edits)).stories[0]!.assumptions, f.ruleId).toHaveLength(1);
  });

  it('leaves every statement inside it read: no fix ends the admonition before the next story', () => {
    const fixes = lintText(text).findings.flatMap((f) => (f.fix ? [f] : []));
    expect(fixes.length).toBeGreaterThan(0);
    for (const f of fixes) expect(statements(applyEdits(text, f.fix!.edits)), f.ruleId).toEqual(statements(text));
  });
});
