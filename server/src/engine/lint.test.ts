import { describe, expect, it } from 'vitest';
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
