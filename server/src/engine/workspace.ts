import { SimilarityIndex } from './language/similarity.js';
import { DUPLICATE_THRESHOLD, areasOf, comparedText, isComparable, storyKey } from './rules/duplicate-story.js';
import type { WorkspaceIndex, WorkspaceStory } from './rules/rule.js';
import type { StoryDocument } from './lint.js';
import type { Story } from './types.js';
import { normaliseWho } from './language/lexicon.js';
import { isUnfilled } from './text/placeholder.js';

/**
 * What one document gives the workspace index, as plain data: the CLI's worker threads send it
 * to the thread that merges the run's documents (Story objects cannot cross threads).
 */
export interface DocumentEntry {
  uri: string;
  /** The who of each story that names one (placeholders left out), in story order: the personas. */
  personas: string[];
  /** The stories duplicate-story compares (those with an outcome), in story order. */
  stories: Omit<WorkspaceStory, 'story'>[];
}

/** A document's entry in the workspace index. */
export function documentEntry(doc: Pick<StoryDocument, 'uri' | 'stories'>): DocumentEntry {
  const personas: string[] = [];
  const stories: DocumentEntry['stories'] = [];
  for (const story of doc.stories) {
    const who = story.elements.who?.text.replace(/[*_`]/g, '').trim();
    if (who && !isUnfilled(who)) personas.push(who);
    const compared = comparedText(story);
    if (compared === undefined) continue;
    const anchor = story.titleSpan ?? story.sentence?.span ?? story.span;
    const title = story.title ?? story.elements.outcome!.text;
    const areas = areasOf(story);
    stories.push({
      uri: doc.uri,
      span: anchor,
      title,
      ...(who ? { who } : {}),
      ...(areas !== undefined ? { areas } : {}),
      ...(story.sentence?.cites !== undefined ? { cites: story.sentence.cites } : {}),
      compared,
    });
  }
  return { uri: doc.uri, personas, stories };
}

/** What other documents contribute to a lint: personas (most used first) and stories for duplicate detection. */
export function buildWorkspaceIndex(docs: readonly StoryDocument[], previous?: WorkspaceIndex): WorkspaceIndex {
  return indexOf(
    docs.map((doc) => ({ entry: documentEntry(doc), doc })),
    previous,
  );
}

/**
 * The index of a run whose documents were prepared in several threads: every thread's entries,
 * and the documents this thread holds. Those are covered (see `WorkspaceIndex.covers`), as
 * `buildWorkspaceIndex` would cover them; the index is the same whichever thread builds it.
 */
export function workspaceIndexFromEntries(
  entries: readonly DocumentEntry[],
  own: readonly StoryDocument[],
): WorkspaceIndex {
  const held = new Map(own.map((doc) => [doc.uri, doc]));
  return indexOf(entries.map((entry) => ({ entry, doc: held.get(entry.uri) })));
}

interface Source {
  entry: DocumentEntry;
  /** The document itself, when this thread holds it: its stories are then linked from the index. */
  doc: StoryDocument | undefined;
}

function indexOf(sources: readonly Source[], previous?: WorkspaceIndex): WorkspaceIndex {
  const personaCounts = new Map<string, { name: string; count: number }>();
  const stories: WorkspaceStory[] = [];
  // In uri order, whatever order the caller holds them in: twins of equal similarity come out the same.
  const ordered = [...sources].sort((a, b) => (a.entry.uri < b.entry.uri ? -1 : a.entry.uri > b.entry.uri ? 1 : 0));
  for (const { entry, doc } of ordered) {
    for (const who of entry.personas) {
      const key = normaliseWho(who);
      const counted = personaCounts.get(key) ?? { name: who.replace(/^(?:an?|the)\s+/i, ''), count: 0 };
      counted.count++;
      personaCounts.set(key, counted);
    }
    // The entry lists the stories compared, in order: the same stories of the document held.
    const compared = doc?.stories.filter((s) => comparedText(s) !== undefined);
    entry.stories.forEach((s, i) => stories.push(compared ? { ...s, story: compared[i]! } : s));
  }
  const keyed = stories.map((s) => ({ key: storyKey(s.compared), item: s })).filter((e) => isComparable(e.key));
  // After an edit that left every compared text as it was (keys are shared by text), and every title's areas and
  // tracker item cited, the index and the searches kept in it are the same.
  const areas = keyed.map(
    (e) =>
      (e.item.areas === undefined ? 'untitled' : `titled: ${e.item.areas}`) +
      (e.item.cites === undefined ? '' : ` cites: ${e.item.cites}`),
  );
  const same =
    previous?.duplicates?.hasKeys(keyed.map((e) => e.key)) &&
    previous.duplicateAreas?.length === areas.length &&
    previous.duplicateAreas.every((a, i) => a === areas[i]);
  const duplicates = same
    ? previous!.duplicates!.withItems(keyed.map((e) => e.item))
    : new SimilarityIndex(keyed, DUPLICATE_THRESHOLD);
  const positions = new Map<Story, number>();
  keyed.forEach((e, i) => {
    if (e.item.story) positions.set(e.item.story, i);
  });
  const ranked = [...personaCounts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    personas: ranked.map((p) => p.name),
    personaUses: new Map(ranked.map((p) => [p.name, p.count])),
    stories,
    duplicates,
    covers: new Set(sources.flatMap((s) => (s.doc ? [s.doc.stories] : []))),
    duplicatePositions: positions,
    duplicateAreas: areas,
  };
}
