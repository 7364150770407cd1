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
