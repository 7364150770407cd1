/**
 * The injection grammar, run by the real TextMate engine (vscode-textmate + vscode-oniguruma,
 * the pair VS Code uses) over a small stand-in for VS Code's Markdown grammar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar, type StateStack } from 'vscode-textmate';

const root = join(__dirname, '..');
const MARKDOWN = 'text.html.markdown';
const STORYLINT = 'text.storylint.injection';
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
};
const contributed = manifest.contributes.grammars.find((g) => g.scopeName === STORYLINT);

function readGrammar(path: string): IRawGrammar {
  return JSON.parse(readFileSync(path, 'utf8')) as IRawGrammar;
}

interface Token {
  text: string;
  scopes: string[];
}

let withStorylint: IGrammar;
let markdownOnly: IGrammar;

async function loadMarkdown(inject: boolean): Promise<IGrammar> {
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => {
      if (scopeName === MARKDOWN) return readGrammar(join(root, 'test', 'fixtures', 'markdown-min.tmLanguage.json'));
      if (scopeName === STORYLINT && contributed) return readGrammar(join(root, contributed.path));
      return null;
    },
    getInjections: (scopeName) => (inject && contributed?.injectTo.includes(scopeName) ? [STORYLINT] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN);
  if (!grammar) throw new Error('the Markdown fixture grammar did not load');
  return grammar;
}

beforeAll(async () => {
  await loadWASM(readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')));
  withStorylint = await loadMarkdown(true);
  markdownOnly = await loadMarkdown(false);
});

/** Tokenizes a document line by line, the way the editor does. */
function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token that is exactly `text` (in the last line of the document). */
function scopesOf(document: string, text: string): string[] {
  const lines = tokenize(withStorylint, document);
  const token = lines[lines.length - 1]?.find((t) => t.text === text);
  if (!token) throw new Error(`no token "${text}" in ${JSON.stringify(lines[lines.length - 1]?.map((t) => t.text))}`);
  return token.scopes;
}

/** Every scope our grammar added, across the whole document. */
function storylintScopes(document: string): string[] {
  return tokenize(withStorylint, document).flatMap((line) =>
    line.flatMap((t) => t.scopes.filter((s) => s.endsWith('.storylint'))),
  );
}

/** Per character, the Markdown scopes (ours removed): the injection must leave them as they were. */
function markdownScopesPerChar(grammar: IGrammar, document: string): string[] {
  return tokenize(grammar, document).flatMap((line) =>
    line.flatMap((t) => Array.from(t.text, () => t.scopes.filter((s) => !s.endsWith('.storylint')).join(' '))),
  );
}

const KEYWORD = 'keyword.other.storylint';
const LABEL = 'entity.name.tag.storylint';
const PLACEHOLDER = 'variable.other.placeholder.storylint';

describe('the story injection grammar', () => {
  it('is contributed for Markdown with the scope name the file declares', () => {
    expect(contributed?.injectTo).toEqual([MARKDOWN]);
    expect(readGrammar(join(root, contributed?.path ?? '')).scopeName).toBe(STORYLINT);
  });

  it('marks the keywords of a classic story', () => {
    const story = 'As a returning shopper, I want to pay, so that I save time';
    expect(scopesOf(story, 'As a')).toContain(KEYWORD);
    expect(scopesOf(story, 'I want to')).toContain(KEYWORD);
    expect(scopesOf(story, 'so that')).toContain(KEYWORD);
    expect(scopesOf(story, 'As a')).toContain('meta.paragraph.markdown');
    expect(scopesOf(story, ' returning shopper, ')).not.toContain(KEYWORD);
  });

  it('marks classic keywords in any case, after a list marker, and As an', () => {
    const story = '- as an ICU nurse, I need to see the ward list, so I can plan my shift';
    expect(scopesOf(story, 'as an')).toEqual(expect.arrayContaining([KEYWORD, 'markup.list.unnumbered.markdown']));
    expect(scopesOf(story, 'I need to')).toContain(KEYWORD);
    expect(scopesOf(story, 'so I can')).toContain(KEYWORD);
  });

  it('marks a classic story spread over three lines', () => {
    const lines = tokenize(
      withStorylint,
      'As a night-shift nurse\nI want to see the ward list\nSo that I can plan my rounds.',
    );
    const keywords = lines.flatMap((line) => line.filter((t) => t.scopes.includes(KEYWORD)).map((t) => t.text));
    expect(keywords).toEqual(['As a', 'I want to', 'So that']);
  });

  it('marks the benefit-first form and a job story', () => {
    expect(scopesOf('In order to reorder quickly, as a shopper, I want saved cards', 'In order to')).toContain(KEYWORD);
    const job = 'When my prescription runs out, I want to reorder it, so I can collect it on my way home';
    expect(scopesOf(job, 'When')).toContain(KEYWORD);
    expect(scopesOf(job, 'I want to')).toContain(KEYWORD);
    expect(scopesOf(job, 'so I can')).toContain(KEYWORD);
  });

  it('leaves the same words alone in ordinary prose', () => {
    expect(storylintScopes('When the build fails, the bot comments on the pull request.')).toEqual([]);
    expect(storylintScopes('We use it as a cache so that reads stay fast.')).toEqual([]);
    expect(storylintScopes('As a result, we lose sales.')).toEqual([]);
    expect(storylintScopes('So that is the plan. In order to deploy, run the script.')).toEqual([]);
  });

  it('marks a bold field label, its colon included, inside the bold', () => {
    expect(scopesOf('**Who:** nurse', 'Who')).toEqual(
      expect.arrayContaining([LABEL, 'markup.bold.markdown', 'meta.paragraph.markdown']),
    );
    expect(scopesOf('**Who:** nurse', ':')).toContain('punctuation.separator.key-value.storylint');
    expect(scopesOf('**Outcome**: pay without re-entering a card', 'Outcome')).toEqual(
      expect.arrayContaining([LABEL, 'markup.bold.markdown']),
    );
  });

  it('marks a plain field label at a line start and a heading that is a label', () => {
    expect(scopesOf("If we don't: we lose sales", "If we don't")).toContain(LABEL);
    expect(scopesOf('- Success criteria: abandonment falls', 'Success criteria')).toContain(LABEL);
    expect(scopesOf("### How we'll know", "How we'll know")).toEqual(
      expect.arrayContaining([LABEL, 'entity.name.section.markdown']),
    );
    expect(scopesOf('## Acceptance criteria', 'Acceptance criteria')).toContain(LABEL);
    expect(storylintScopes('## What we learned')).toEqual([]);
    expect(storylintScopes('The outcome: nothing changed.')).toEqual([]);
  });

  it('marks placeholders but not HTML tags or autolinks', () => {
    const template = '**Who:** <who has the need?>';
    expect(scopesOf(template, '<who has the need?>'.slice(1, -1))).toContain(PLACEHOLDER);
    expect(scopesOf(template, '<')).toEqual(
      expect.arrayContaining([PLACEHOLDER, 'punctuation.definition.placeholder.begin.storylint']),
    );
    expect(scopesOf('Outcome: <what changes for them>', 'what changes for them')).toContain(PLACEHOLDER);
    expect(storylintScopes('Line<br>break, <details open>, <a href="x">link</a>, <https://example.com>')).toEqual([]);
    // The one Markdown reading a placeholder replaces: an unknown HTML tag.
    expect(tokenize(markdownOnly, template)[0]?.find((t) => t.text.startsWith('<'))?.scopes).toContain(
      'meta.tag.inline.html',
    );
  });

  it('injects nothing into fenced code or inline code', () => {
    const fenced = [
      '```markdown',
      'As a nurse, I want to see the ward list, so that I can plan',
      '**Who:** <who has the need?>',
      '```',
    ].join('\n');
    expect(storylintScopes(fenced)).toEqual([]);
    expect(scopesOf(fenced, '```')).toContain('markup.fenced_code.block.markdown');
    expect(storylintScopes('Write `As a nurse, I want x, so that y` or `Who: <who?>`.')).toEqual([]);
  });

  it('leaves every Markdown scope where it was (placeholders aside)', () => {
    const document = [
      '# Checkout',
      '',
      "### How we'll know",
      '**Who:** returning shopper with a **saved** card',
      "If we don't: we lose [sales](https://example.com) every week",
      '- As a nurse, I want **the ward list**, so that I can plan `my shift`',
      '> When my prescription runs out, I want to reorder it, so I can collect it',
      '  - **Assumptions:** most abandonment is at the card step, and <br> stays HTML',
      '```',
      'As a nurse, I want x',
      '```',
      'In order to save time, as a shopper, I want saved cards',
    ].join('\n');
    expect(storylintScopes(document).length).toBeGreaterThan(15);
    expect(markdownScopesPerChar(withStorylint, document)).toEqual(markdownScopesPerChar(markdownOnly, document));
  });
});
