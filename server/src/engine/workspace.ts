import { SimilarityIndex } from './language/similarity.js';
import { DUPLICATE_THRESHOLD, storyKey } from './rules/duplicate-story.js';
import type { WorkspaceIndex } from './rules/rule.js';
import type { StoryDocument } from './lint.js';
import type { Story } from './types.js';
import { normaliseWho } from './language/lexicon.js';
import { isUnfilled } from './text/placeholder.js';

/** What other documents contribute to a lint: personas (most used first) and stories for duplicate detection. */
export function buildWorkspaceIndex(docs: readonly StoryDocument[], previous?: WorkspaceIndex): WorkspaceIndex {
  const personaCounts = new Map<string, { name: string; count: number }>();
  const stories: WorkspaceIndex['stories'] = [];
  // In uri order, whatever order the caller holds them in: twins of equal similarity come out the same.
  const ordered = [...docs].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  for (const doc of ordered) {
    for (const story of doc.stories) {
      const who = story.elements.who?.text.replace(/[*_`]/g, '').trim();
      if (who && !isUnfilled(who)) {
        const key = normaliseWho(who);
        const entry = personaCounts.get(key) ?? { name: who.replace(/^(?:an?|the)\s+/i, ''), count: 0 };
        entry.count++;
        personaCounts.set(key, entry);
      }
      const outcome = story.elements.outcome?.text;
      if (!outcome) continue;
      const anchor = story.titleSpan ?? story.sentence?.span ?? story.span;
      stories.push({
        uri: doc.uri,
        span: anchor,
        title: story.title ?? outcome,
        ...(who ? { who } : {}),
        outcome,
        story,
      });
    }
  }
  const keyed = stories.map((s) => ({ key: storyKey(s.outcome), item: s })).filter((e) => e.key.size >= 3);
  // After an edit that left every outcome as it was (keys are shared by text), the index is the same.
  const duplicates = previous?.duplicates?.hasKeys(keyed.map((e) => e.key))
    ? previous.duplicates.withItems(keyed.map((e) => e.item))
    : new SimilarityIndex(keyed, DUPLICATE_THRESHOLD);
  const positions = new Map<Story, number>();
  keyed.forEach((e, i) => positions.set(e.item.story!, i));
  const ranked = [...personaCounts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    personas: ranked.map((p) => p.name),
    personaUses: new Map(ranked.map((p) => [p.name, p.count])),
    stories,
    duplicates,
    covers: new Set(docs.map((d) => d.stories)),
    duplicatePositions: positions,
  };
}
