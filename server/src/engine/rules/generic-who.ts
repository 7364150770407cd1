import { normaliseWho } from '../language/lexicon.js';
import { containsPlaceholder } from '../text/placeholder.js';
import type { WorkspaceRule } from './rule.js';

const rule: WorkspaceRule = {
  id: 'generic-who',
  description: 'Name a specific person, not "user", "customer" or "we".',
  defaultSeverity: 'info',
  guideline: 'Who experiences the need',
  fixable: false,
  scope: 'workspace',
  // A task or a bug report names no persona to improve.
  elementRule: true,
  check(ctx) {
    const who = ctx.story.elements.who;
    // A person noun read out of a Goal or Problem sentence is our reading, not a persona the author chose.
    if (!who || who.from === 'prose' || containsPlaceholder(who.text)) return;
    const generic = genericNames(ctx.vocabulary.genericWho);
    if (!generic.has(normaliseWho(who.text))) return;
    const personas = namedPersonas(ctx.workspace.personas, ctx.vocabulary.genericWho);
    ctx.report({
      message: `"${who.text}" says nothing about who has the need. Name the person: a role, a situation or a segment.`,
      span: who.span,
      suggestions: personas.map((p) => ({
        title: `Use "${p}"`,
        edits: [{ start: who.span.start, end: who.span.end, newText: p }],
      })),
    });
  },
};

export default rule;

const genericSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function genericNames(genericWho: readonly string[]): ReadonlySet<string> {
  let names = genericSets.get(genericWho);
  if (!names) {
    names = new Set(genericWho.map(normaliseWho));
    genericSets.set(genericWho, names);
  }
  return names;
}

/**
 * The five most used personas that name someone: the same for every story of a lint (the
 * story's own generic name is one of the generic names left out), so found once per index.
 */
const suggestionLists = new WeakMap<readonly string[], WeakMap<readonly string[], string[]>>();
function namedPersonas(personas: readonly string[], genericWho: readonly string[]): string[] {
  let byVocabulary = suggestionLists.get(personas);
  if (!byVocabulary) suggestionLists.set(personas, (byVocabulary = new WeakMap()));
  let list = byVocabulary.get(genericWho);
  if (!list) {
    const generic = genericNames(genericWho);
    list = personas.filter((p) => !generic.has(normaliseWho(p))).slice(0, 5);
    byVocabulary.set(genericWho, list);
  }
  return list;
}
