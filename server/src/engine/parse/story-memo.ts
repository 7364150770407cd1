/**
 * The stories of unchanged sections between two parses of one document (the editor's case):
 * typing in one story of a 10,000-story backlog re-reads that story's section, and the others
 * are taken from here, moved to where the edit put them.
 *
 * A heading section's stories depend only on its own text (from the start of its heading's
 * line to the next heading of its level or higher) and on whether the section around it is a
 * story; so that text and that flag are the key. Named parts (`## Background`) and sections
 * adopted by a document title are read with their surroundings and never memoised.
 */
import type { Vocabulary } from '../language/vocabulary.js';
import type { ElementKind, Story } from '../types.js';

/** What the section around a memoised one reads of it (see Statements). */
export interface SectionFlags {
  /** Always false for a memoised section: named parts are read with the story around them. */
  isPart: boolean;
  headingLabel?: ElementKind;
  /** Named for an element but holding several story statements ("## User needs"): the list of the stories. */
  listsStories?: true;
  subtreeHasStatement: boolean;
  subtreeHasStory: boolean;
  subtreeStatesStory: boolean;
}

interface Entry {
  /** Where the section started when its stories were read. */
  start: number;
  flags: SectionFlags;
  /** Stories by the flag "the section around it is a story"; positioned at `start`. */
  stories: [inStory: Story[] | undefined, notInStory: Story[] | undefined];
  /** Names the entry in story-rule cache keys; never reused. */
  id: number;
}

let nextId = 0;

/** Each reused story names the entry and place it came from: the story-rule cache's key (see lint.ts). */
const origins = new WeakMap<Story, string>();

/** The memo's name for a story it handed out, when it did. */
export function memoOrigin(story: Story): string | undefined {
  return origins.get(story);
}

export class StoryMemo {
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  private vocabulary?: Vocabulary;

  /** Forgets what was read with other word lists: section names decide what a section is. */
  readWith(vocabulary: Vocabulary): void {
    if (this.vocabulary === vocabulary) return;
    this.entries = new Map();
    this.next = new Map();
    this.vocabulary = vocabulary;
  }

  /** The flags of a section read before, by its key. */
  flags(key: string): SectionFlags | undefined {
    return this.find(key)?.flags;
  }

  private find(key: string): Entry | undefined {
    return this.next.get(key) ?? this.entries.get(key);
  }

  /** The stories of a section read before with the same key and surroundings, moved to `start`. */
  take(key: string, inStory: boolean, start: number): Story[] | undefined {
    const entry = this.find(key);
    const stories = entry?.stories[inStory ? 0 : 1];
    if (!entry || !stories) return undefined;
    this.next.set(key, entry);
    const by = start - entry.start;
    const copies = new Map<object, unknown>();
    return stories.map((s, i) => {
      const copy = by === 0 ? { ...s } : (move(s, by, undefined, copies) as Story);
      origins.set(copy, `${entry.id}:${inStory ? 1 : 0}:${i}`);
      return copy;
    });
  }

  /** Keeps a section's stories (copies: the finder renumbers the ones it returns). */
  store(key: string, inStory: boolean, start: number, flags: SectionFlags, stories: readonly Story[]): void {
    let entry = this.find(key);
    if (!entry || entry.start !== start) {
      entry = { start, flags, stories: [undefined, undefined], id: nextId++ };
    }
    const copies = new Map<object, unknown>();
    entry.stories[inStory ? 0 : 1] = stories.map((s) => move(s, 0, undefined, copies) as Story);
    this.next.set(key, entry);
  }

  /** Called after a whole document was read: forget sections it no longer has. */
  commit(): void {
    this.entries = this.next;
    this.next = new Map();
  }
}

/** The numbers of a story that are heading levels, not offsets: a story moved keeps them, as its cache key does. */
export const LEVEL_KEYS: ReadonlySet<string> = new Set(['depth', 'partDepth', 'nextHeadingDepth']);

/**
 * A deep copy of a story (or part of one) moved by `by` characters. Every number in a story is an offset, but
 * its index and heading levels (LEVEL_KEYS; the same assumption as the story-rule cache key in lint.ts).
 * An object the story holds twice stays one object (rules compare the sentence's outcome with
 * the story's by identity).
 */
function move(value: unknown, by: number, key: string | undefined, copies: Map<object, unknown>): unknown {
  if (typeof value === 'number') return key === 'index' || LEVEL_KEYS.has(key ?? '') ? value : value + by;
  if (!value || typeof value !== 'object') return value;
  const done = copies.get(value);
  if (done) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const v of value) out.push(move(v, by, undefined, copies));
    return out;
  }
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = move(v, by, k, copies);
  return out;
}
