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
  check(ctx) {
    const who = ctx.story.elements.who;
    if (!who || containsPlaceholder(who.text)) return;
    const name = normaliseWho(who.text);
    const generic = new Set(ctx.vocabulary.genericWho.map(normaliseWho));
    if (!generic.has(name)) return;
    const personas = ctx.workspace.personas
      .filter((p) => !generic.has(normaliseWho(p)) && normaliseWho(p) !== name)
      .slice(0, 5);
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
