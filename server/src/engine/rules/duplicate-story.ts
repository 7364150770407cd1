import { contentWords } from '../language/words.js';
import { DEFAULT_VOCABULARY } from '../language/vocabulary.js';
import { SimilarityIndex } from '../language/similarity.js';
import type { Span, Story } from '../types.js';
import { StorySource } from '../text/story-source.js';
import { isUnfilled } from '../text/placeholder.js';
import { splitTitle, titleAreas } from '../text/title.js';
import { storyAnchor } from './edits.js';
import { normaliseName } from '../parse/labels.js';
import { PRIORITY_GROUP } from '../parse/section-names.js';
import { statementWords } from '../parse/statements.js';
import type { StoryContext, WorkspaceRule, WorkspaceStory } from './rule.js';

/** Stories sharing two thirds of their outcome words may say the same thing (see `sameNeed`). */
export const DUPLICATE_THRESHOLD = 2 / 3;
/** How many twins a finding points at; the message counts the rest. */
const MAX_RELATED = 3;
/** Fewer words than this are too little to call two stories the same. */
const MIN_WORDS = 3;
/**
 * A want of more words than this is a passage (a paragraph pasted as one want; no real want in the corpora has 90):
 * its opening words say what it is about. Pairing every word of a longer key would be quadratic in its length.
 */
const MAX_WORDS = 120;

/** Whether a key has words enough to call two stories the same. */
export const isComparable = (key: ReadonlySet<string>) => key.size >= MIN_WORDS;

/**
 * What a story asks for, in words, if it has an outcome: the outcome. A bug report, task or spike is
 * what its title says: the tasks of one epic share the epic's Goal ("Provide in-app purchase support
 * to app") and each is still work of its own. A template's slot left as it was ("_goal_") asks nothing.
 */
export function comparedText(story: Story): string | undefined {
  const outcome = story.elements.outcome?.text;
  if (!outcome || isUnfilled(outcome)) return undefined;
  if (story.kind !== 'story' && story.title) return splitTitle(story.title).rest;
  // "I do not want results per genre" asks the opposite of "I want results per genre": `sameNeed` reads the "not".
  return story.elements.outcome?.negated ? `not ${outcome}` : outcome;
}

/**
 * The words that make a story what it is: its outcome (see `comparedText`). The who is left out: two role labels
 * can name one need ("moderator" and "estimator" both seeing the items to estimate).
 */
export function storyKey(compared: string | undefined): ReadonlySet<string> {
  const text = compared ?? '';
  let key = recentKeys.get(text) ?? olderKeys.get(text);
  if (!key) {
    // A noun made from a verb is that verb here: "ready for collection" = "ready to collect".
    const words = contentWords(text).map((w) => (w.length > 6 ? w.replace(/ions?$/, '') : w));
    // A compound of three or more words is a name of its own: "speech-to-text" is not "text-to-speech"; so is one
    // ending in a letter or a number, which the words alone lose: "Cocktail-Q" is not "Cocktail-A".
    const lower = text.toLowerCase();
    const all = new Set([...words, ...(lower.match(COMPOUND) ?? []), ...(lower.match(LETTERED) ?? [])]);
    key = all.size > MAX_WORDS ? new Set([...all].slice(0, MAX_WORDS)) : all;
  }
  remember(text, key);
  return key;
}

const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,}/gu;
const LETTERED = /(?<![\p{L}\p{N}-])\p{L}[\p{L}\p{N}]+-(?:\p{L}|\p{N}+)(?![\p{L}\p{N}-])/gu;
/** A word and the particle that turns its action around: "scale-in", "scale out", "sign up", "opt out". */
const PHRASAL = /(?<![\p{L}\p{N}-])(\p{L}+)[\s-]+(in|out|up|down|off)(?![\p{L}\p{N}])/gu;
const particlesOf = (text: string) =>
  new Map([...text.toLowerCase().matchAll(PHRASAL)].map((m) => [m[1]!, m[2]!] as const));
/** One text has a word with one particle that the other has with another ("scale-in" / "scale out"). */
function turnedAround(aText: string, bText: string): boolean {
  const b = particlesOf(bText);
  return [...particlesOf(aText)].some(([word, particle]) => b.has(word) && b.get(word) !== particle);
}

/**
 * Keys of the outcomes seen lately, by text: each edit re-indexes the workspace and re-checks
 * every story, and nearly all outcomes are the ones of the last time. Two generations bound it.
 */
let recentKeys = new Map<string, ReadonlySet<string>>();
let olderKeys = new Map<string, ReadonlySet<string>>();
const KEYS_PER_GENERATION = 50_000;

function remember(text: string, key: ReadonlySet<string>): void {
  if (recentKeys.has(text)) return;
  if (recentKeys.size >= KEYS_PER_GENERATION) {
    olderKeys = recentKeys;
    recentKeys = new Map();
  }
  recentKeys.set(text, key);
}

/** "… using the web interface", "… via FTP": a variant that names its own channel is a deliverable of its own. */
const MEANS = /\b(?:using|via|through|by\s+means\s+of)\b/i;
/** "determine how agencies will generate D files": a spike to find out how, not the capability itself. */
const SPIKE =
  /^\s*(?:to\s+)?(?:determine|investigate|research|explore|figure\s+out|find\s+out|decide|evaluate|assess)\b/i;
/** Detail one story adds that the other leaves open and that is a deliverable of its own. */
const ownDeliverable = (longer: string, shorter: string) =>
  (MEANS.test(longer) && !MEANS.test(shorter)) || (SPIKE.test(longer) && !SPIKE.test(shorter));

/**
 * Whether two similar outcomes ask for the same thing. A template with one slot filled
 * differently ("a statute" / "a license", "round 2" / "round 3") gives each story words the
 * other lacks: different needs. Twins say the same words, or one adds detail to the other,
 * unless the detail is the means the other leaves open.
 */
export function sameNeed(a: ReadonlySet<string>, aText: string, b: ReadonlySet<string>, bText: string): boolean {
  // "record publications …" / "link publications …": another action on the same thing is another need
  // (ways of looking at it are one: "see" / "view a publisher's profile").
  const headA = first(a);
  const headB = first(b);
  if (headA !== headB && ACTIONS.has(headA) && ACTIONS.has(headB) && !(LOOKING.has(headA) && LOOKING.has(headB)))
    return false;
  // "… that is charged a fee" / "… that is not charged a fee", "with other users" / "with non users": opposite needs.
  if (NEGATION.test(aText) !== NEGATION.test(bText)) return false;
  // "scale in" / "scale out", "sign up" / "sign in": the particle turns the action around. Read apart from the keys,
  // so that a particle both share makes them no closer.
  if (turnedAround(aText, bText)) return false;
  // "users that work for my organisation" / "users of any organisation": one scope and another.
  const scopes = new Set([scopeOf(aText), scopeOf(bText)]);
  if (scopes.has('own') && scopes.has('any')) return false;
  // "has a probation record" / "has multiple probation records", "upload a photo" / "upload several photos": one
  // thing and many are two needs (a batch is built and checked apart).
  if (SEVERAL.test(aText) !== SEVERAL.test(bText)) return false;
  if (slotFilledApart(aText, bText)) return false;
  const onlyA = [...a].some((w) => !b.has(w));
  const onlyB = [...b].some((w) => !a.has(w));
  if (onlyA && onlyB) return false;
  if (onlyA) return !ownDeliverable(aText, bText);
  if (onlyB) return !ownDeliverable(bText, aText);
  return true;
}

/** The most words a template's slot holds ("movies", "video games", "the web interface"). */
const MAX_SLOT = 3;
/** The most words that narrow a want's object inside its words: "capital", "intensive care". */
const NARROWING_WORDS = 2;

/**
 * One template with its slot filled differently, told by where the words stand: "recommendations for movies to watch
 * based on other movies" / "… for video games to watch based on other movies" share every word of the first (its
 * slot's word comes back later), yet they differ in one place by words the other does not have there. Seeing and
 * viewing fill it alike.
 */
function slotFilledApart(aText: string, bText: string): boolean {
  const a = aText.toLowerCase().match(WORD) ?? [];
  const b = bText.toLowerCase().match(WORD) ?? [];
  let before = 0;
  while (before < a.length && before < b.length && a[before] === b[before]) before++;
  let after = 0;
  while (after < a.length - before && after < b.length - before && a.at(-1 - after) === b.at(-1 - after)) after++;
  const slotA = a.slice(before, a.length - after);
  const slotB = b.slice(before, b.length - after);
  if (slotA.length > MAX_SLOT || slotB.length > MAX_SLOT) return false;
  if (slotA.length === 0 || slotB.length === 0) return narrowedInside(slotA.length ? slotA : slotB, before, after);
  // Most of each want is the template: what is left is a slot, not a want said another way.
  if (before + after < 2 * Math.max(slotA.length, slotB.length)) return false;
  const wordsA = new Set(contentWords(slotA.join(' ')));
  const wordsB = new Set(contentWords(slotB.join(' ')));
  if (wordsA.size === 0 || wordsB.size === 0 || [...wordsA].some((w) => wordsB.has(w))) return false;
  return ![...wordsA, ...wordsB].every((w) => LOOKING.has(w));
}
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * One template where a word or two narrows what the other names, inside it: "sort the capital cities of the world"
 * beside "sort the cities of the world" asks for another report, not the same one in more detail (detail comes after
 * what both say: "… by largest population").
 */
function narrowedInside(inserted: readonly string[], before: number, after: number): boolean {
  if (before === 0 || after === 0 || inserted.length > NARROWING_WORDS) return false;
  // Only words naming a kind narrow: "have ALFRED to offer training" says who does it, "deploy an endpoint
  // iteratively" how: the same need.
  return contentWords(inserted.join(' ')).length === inserted.length && !inserted.some((w) => w.endsWith('ly'));
}

/**
 * The parts of the product a story's title names, one per line. A story without a title of its own (a statement under
 * an issue's "## Goal") is a part of what the headings it is written under name; undefined under no heading.
 */
export function areasOf(story: Story): string | undefined {
  if (story.title !== undefined) return titleAreas(story.title).join('\n');
  if (!story.headingsAbove && !story.itemAreas) return undefined;
  return [...(story.headingsAbove?.flatMap(titleAreas) ?? []), ...(story.itemAreas ?? [])].sort().join('\n');
}

/**
 * "UXD: Reorganize Boost navigation links" / "Web: Reorganize …", "… purchase modal" / "… purchase modal (mobile)":
 * issues whose titles name different parts of the product have their difference explicit (the design and the build,
 * one platform and another), whatever their words share.
 */
const taggedApart = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a !== b;

/** Words asking for many of a thing at once. */
const SEVERAL = /\b(?:multiple|several|more\s+than\s+one|(?:a\s+)?batch\s+of|in\s+bulk|bulk)\b/i;

const first = (key: ReadonlySet<string>) => key.values().next().value ?? '';
/** Verbs of looking at a thing, as keys: one action whichever of them a story uses. */
const LOOKING: ReadonlySet<string> = new Set(contentWords(DEFAULT_VOCABULARY.lookVerbs.join(' ')));
/** Verbs that open a goal, as keys: a want's first word is an action only when it is one of them. */
const ACTIONS: ReadonlySet<string> = new Set(
  contentWords(
    [...DEFAULT_VOCABULARY.goalVerbs, ...DEFAULT_VOCABULARY.lookVerbs, ...DEFAULT_VOCABULARY.infoVerbs].join(' '),
  ),
);
const NEGATION = /\b(?:not|no|never|without|non(?=[\s-]\w))\b|n['’]t\b/i;
/** Words that keep a need to one's own ("my organisation") or open it to all ("any organisation"). */
const OWN = /\b(?:my|our|own)\b/i;
const ANY = /\b(?:any|every|all)\b/i;
const scopeOf = (text: string) => {
  const own = OWN.test(text);
  const any = ANY.test(text);
  return own && any ? 'both' : own ? 'own' : any ? 'any' : 'none';
};

/** A heading naming a priority or a release: "MVP", "Stretch", "Must have", "Sprint 2", "Release 1", "Phase 2". */
const PLAN_VIEW = /^(?:mvp|minimum\s+viable\s+product|(?:release|phase|iteration|milestone|sprint)\s*#?\d+)\b/;
const underPlan = (story: Story) =>
  story.headingsAbove?.some((h) => PRIORITY_GROUP.test(normaliseName(h)) || PLAN_VIEW.test(normaliseName(h)));
/**
 * "# MVP" listing again, word for word, a story of "## Maude - User stories": one story in two views of the backlog (by
 * persona, by release), not two to merge. So is a story an overview lists on one line and a section then details
 * ("| 1.01 As a user, I want …" in a table, "#### 1.01 As a user, I want …" over its criteria).
 */
function relisted(a: Story, b: Story, text: string): boolean {
  const headings = (s: Story) => (s.headingsAbove ?? []).join('\n');
  const views =
    ((underPlan(a) || underPlan(b)) && headings(a) !== headings(b)) || Boolean(a.oneLine) !== Boolean(b.oneLine);
  const statement = views ? statementWords(a, text) : undefined;
  return statement !== undefined && statement === statementWords(b, text);
}

type Twin = { uri: string; span: Span; title: string };

/** One index per document's story list, built on first use by any of its stories. */
const documentIndexes = new WeakMap<readonly Story[], SimilarityIndex<Story>>();

function documentIndex(stories: readonly Story[]): SimilarityIndex<Story> {
  let index = documentIndexes.get(stories);
  if (!index) {
    const entries = stories.flatMap((s) => {
      const compared = comparedText(s);
      return compared === undefined ? [] : [{ key: storyKey(compared), item: s }];
    });
    const keyed = entries.filter((e) => isComparable(e.key));
    index = new SimilarityIndex(keyed, DUPLICATE_THRESHOLD);
    documentIndexes.set(stories, index);
  }
  return index;
}

const keyOf = (s: Story): ReadonlySet<string> => storyKey(comparedText(s));

const rule: WorkspaceRule = {
  id: 'duplicate-story',
  description: 'Two stories should not say the same thing.',
  defaultSeverity: 'warning',
  guideline: "Defer or eliminate work that doesn't create clear value",
  fixable: false,
  scope: 'workspace',
  check(ctx) {
    const { story } = ctx;
    const text = comparedText(story);
    if (text === undefined) return;
    const key = storyKey(text);
    if (!isComparable(key)) return;
    const anchorOf = (other: Story) => storyAnchor(other, StorySource.of(ctx.text, other));
    const areas = areasOf(story);
    const cites = story.sentence?.cites;
    // Another story is no twin when its title names another part of the product or it asks for something else; one
    // citing the same tracker item is this story cited again.
    const apart = (otherAreas: string | undefined, otherKey: ReadonlySet<string>, otherText: string, by?: string) =>
      (cites !== undefined && by === cites) ||
      taggedApart(areas, otherAreas) ||
      !sameNeed(key, text, otherKey, otherText);
    const apartIndexed = (other: WorkspaceStory) =>
      apart(other.areas, storyKey(other.compared), other.compared ?? '', other.cites);
    const { duplicates, covers } = ctx.workspace;
    if (duplicates && covers?.has(ctx.stories)) {
      // The workspace index holds this document's stories too: one search finds twins here and elsewhere.
      const skip = (other: WorkspaceStory) =>
        other.story === story ||
        (other.uri === ctx.uri && other.story !== undefined && relisted(story, other.story, ctx.text)) ||
        apartIndexed(other);
      const at = ctx.workspace.duplicatePositions?.get(story);
      // The search by entry is kept while the workspace's compared texts stay the same (see withItems).
      const found =
        at !== undefined ? duplicates.twinsOfEntry(at, MAX_RELATED, skip) : duplicates.twins(key, MAX_RELATED, skip);
      const here = (t: WorkspaceStory) => (t.uri === ctx.uri ? 1 : 0);
      // As with two indexes: among twins as close, this document's come first.
      const twins = found.closest
        .sort((a, b) => b.similarity - a.similarity || here(b.item) - here(a.item))
        .map(({ item }) => (item.uri === ctx.uri && item.story ? { ...item, span: anchorOf(item.story) } : item));
      report(ctx, story, twins, found.count, found.complete);
      return;
    }
    // The closest twins of both indexes; a stable sort keeps document before workspace among equals.
    const inDocument = documentIndex(ctx.stories).twins(
      key,
      MAX_RELATED,
      (other) =>
        other === story ||
        relisted(story, other, ctx.text) ||
        apart(areasOf(other), keyOf(other), comparedText(other)!, other.sentence?.cites),
    );
    const inWorkspace = ctx.workspace.duplicates?.twins(
      key,
      MAX_RELATED,
      (other) => other.uri === ctx.uri || apartIndexed(other),
    );
    const count = inDocument.count + (inWorkspace?.count ?? 0);
    const twins: (Twin & { similarity: number })[] = [
      ...inDocument.closest.map(({ item: other, similarity }) => ({
        uri: ctx.uri,
        span: anchorOf(other),
        title: other.title ?? other.elements.outcome!.text,
        similarity,
      })),
      ...(inWorkspace?.closest ?? []).map(({ item: other, similarity }) => ({ ...other, similarity })),
    ].sort((a, b) => b.similarity - a.similarity);
    report(ctx, story, twins, count, inDocument.complete && (inWorkspace?.complete ?? true));
  },
};

/** One finding for a story with twins: the closest named, the others counted. */
function report(ctx: StoryContext, story: Story, twins: readonly Twin[], count: number, complete: boolean): void {
  if (twins.length === 0) return;
  const more = count - 1;
  ctx.report({
    message:
      `This story says nearly the same as "${twins[0]!.title}"` +
      `${more > 0 ? ` and ${complete ? '' : 'at least '}${more} more` : ''}. ` +
      'Merge them or make the difference explicit.',
    span: storyAnchor(story, ctx.source),
    // A handful of twins is what a reader follows; a templated backlog can have hundreds.
    related: twins
      .slice(0, MAX_RELATED)
      .map((t) => ({ uri: t.uri, span: t.span, message: `Similar story: ${t.title}` })),
  });
}

export default rule;
