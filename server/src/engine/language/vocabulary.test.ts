import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema } from '../config/schema.js';
import { resolveConfig } from '../config/resolve.js';
import { judgeCriterion } from './criterion.js';
import { splitGoals } from './goals.js';
import { judgeOutcome } from './outcome.js';
import { DEFAULT_VOCABULARY, WORD_LISTS, type VocabularyKey, type Vocabulary } from './vocabulary.js';
import { contentWords } from './words.js';

const dir = join(__dirname, 'words');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('the word lists', () => {
  for (const file of files) {
    it(`${file} is a sorted list of unique, lower-case, trimmed phrases`, () => {
      const words: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      expect(Array.isArray(words)).toBe(true);
      const list = words as unknown[];
      for (const w of list) {
        expect(typeof w, String(w)).toBe('string');
        expect(w, String(w)).toBe((w as string).toLowerCase());
        expect(w, String(w)).toMatch(/^\S+(?: \S+)*$/);
      }
      expect(list).toEqual([...(list as string[])].sort());
      expect(new Set(list).size).toBe(list.length);
    });
  }

  it('are each one file, registered under its key, and nothing else', () => {
    expect(files.sort()).toEqual(
      Object.keys(WORD_LISTS)
        .map((k) => `${kebab(k)}.json`)
        .sort(),
    );
    for (const [key, list] of Object.entries(WORD_LISTS)) {
      expect(list.words, key).toEqual(JSON.parse(readFileSync(join(dir, `${kebab(key)}.json`), 'utf8')));
    }
  });

  it('hold each word once across the vague lists', () => {
    const secondary = new Set(DEFAULT_VOCABULARY.vagueSecondary);
    expect(DEFAULT_VOCABULARY.vague.filter((w) => secondary.has(w))).toEqual([]);
  });
});

describe('the vocabulary', () => {
  const keys = Object.keys(WORD_LISTS) as VocabularyKey[];

  it('offers every list to the configuration schema', () => {
    const schema = buildConfigSchema() as { properties: { vocabulary: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.vocabulary.properties)).toEqual(keys);
  });

  it('extends every list with the configuration words, and shares the defaults when nothing is added', () => {
    const vocabulary = Object.fromEntries(keys.map((k) => [k, [`added ${k}`]])) as Vocabulary;
    const resolved = resolveConfig({ vocabulary }).vocabulary;
    for (const k of keys) expect(resolved[k]).toEqual([...DEFAULT_VOCABULARY[k], `added ${k}`]);
    expect(resolveConfig({}).vocabulary).toBe(DEFAULT_VOCABULARY);
    expect(resolveConfig({ vocabulary: { vague: [] } }).vocabulary).toBe(DEFAULT_VOCABULARY);
  });

  const extended = (key: VocabularyKey, ...words: string[]): Vocabulary => ({
    ...DEFAULT_VOCABULARY,
    [key]: [...DEFAULT_VOCABULARY[key], ...words],
  });

  it('reaches the output judge', () => {
    expect(judgeOutcome('look up orders in zorblax')).toBeUndefined();
    expect(judgeOutcome('look up orders in zorblax', extended('techTerms', 'zorblax'))).toMatchObject({
      kind: 'technology',
      cue: 'zorblax',
    });
    expect(judgeOutcome('have the ledger queue my payments')?.kind).toBe('technology');
    expect(judgeOutcome('have the ledger queue my payments', extended('systemActors', 'ledger'))).toMatchObject({
      kind: 'system',
      cue: 'have the ledger queue',
    });
  });

  it('reaches the criterion judge, the vague lists included', () => {
    // A state of the product nobody called a judgement is something to check (SPEC §3, kinds of criterion).
    expect(judgeCriterion('Reports are zippy').kind).toBe('acceptance-check');
    expect(judgeCriterion('Reports are zippy', extended('vague', 'zippy'))).toMatchObject({
      kind: 'vague',
      cue: 'zippy',
    });
    // "better" (vague) is quoted before "quality" (vagueSecondary), wherever each stands.
    expect(judgeCriterion('Data quality is better').cue).toBe('better');
    expect(judgeCriterion('Data quality is fine').cue).toBe('quality');
    expect(judgeCriterion('Refunds fall by the hackathon').hasTimeframe).toBe(false);
    const hackathon = extended('milestones', 'hackathon');
    expect(judgeCriterion('Refunds fall by the hackathon', hackathon).hasTimeframe).toBe(true);
  });

  it('reaches the goal splitter and the content words', () => {
    expect(splitGoals('frobnicate and print reports')).toBeUndefined();
    expect(splitGoals('frobnicate and print reports', extended('goalVerbs', 'frobnicate'))).toEqual([
      'frobnicate reports',
      'print reports',
    ]);
    expect(contentWords('the invoices, please')).toEqual(['invoic', 'pleas']);
    expect(contentWords('the invoices, please', extended('stopWords', 'please'))).toEqual(['invoic']);
  });
});
