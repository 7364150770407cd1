/**
 * Reads a criterion as a clause: where its subject ends, where its predicate starts and what
 * kind of word opens it — an auxiliary, a direction ("falls"), a verb of the product ("shows"),
 * a person's verb ("Dispatchers reassign …"), a participle of finished work. The criterion judge
 * decides the kind of criterion from that.
 */

import type { Patterns } from './criterion-patterns.js';

/** Auxiliaries and modals: what follows them is the predicate. */
export const AUX = new Set(
  (
    'am is are was were be been being has have had do does did can cannot could should must will shall may might ' +
    "would isn't aren't wasn't weren't hasn't haven't doesn't don't can't couldn't shouldn't mustn't won't"
  ).split(' '),
);

/** Function words: never a verb, never the head of a subject. */
export const FUNCTION = new Set(
  (
    'a an the of for in on at to from with by and or per as into via its their our my your all any each every ' +
    'this these those no not some both either more less most than up out over under about after before'
  ).split(' '),
);

/** Verbs of being acted upon: a person who receives something is no behaviour of theirs. */
const RECEIVING = new Set(['receive', 'receives', 'get', 'gets', 'see', 'sees']);

const PLURAL_PEOPLE = new Set(['people', 'staff', 'police']);

const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'they', 'we', 'it']);

export const RELATIVE = new Set(['which', 'whose', 'who', 'that']);

/** Words that open an object: a verb stands before them. */
export const DETERMINER = new Set('the a an every each all its their his her our your no any'.split(' '));

/** Where a clause about something else starts: the judgement reads the predicate up to here. */
const BOUNDARY = new Set(['so', 'because', 'when', 'whenever', 'if', 'while', 'unless', 'which', 'to']);

/** Words that say when or how soon, after a verb: "registers within 100ms", "turns green immediately". */
const WHEN_AFTER_VERB = new Set([
  'within',
  'after',
  'before',
  'until',
  'immediately',
  'instantly',
  'automatically',
  'realtime',
]);

/** Being available or live is what people see of a product, not work reported done. */
export const PRODUCT_STATES = new Set(['available', 'live']);

/**
 * A bound in time a step is held to: "within 2 seconds", "in under 100 ms", "in less than a second" (not "within 2
 * days": a deadline for the work).
 */
const PERFORMANCE_BOUND = new RegExp(
  String.raw`^(?:within|in\s+(?:under|less\s+than)|under)\s+` +
    String.raw`(?:[\d.]+\s*(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b|a\s+(?:second|minute)\b)`,
);

/** Irregular participles of finished work ("has been done", "have run"). */
export const PARTICIPLE = /(?:ed|en|wn|ne|un|lt|pt|ht|de|ld)$/;

/** A participle of finished work: "written", "reviewed", "documented". */
export const doneParticiple = (p: Patterns, w: string) => p.deliveryState.has(w) && PARTICIPLE.test(w);

/** The predicate of a clause: where it starts and what kind of word opens it. */
export interface Predicate {
  at: number;
  type: 'aux' | 'direction' | 'product' | 'improve' | 'participle' | 'behaviour';
}

export function isPerson(p: Patterns, word: string | undefined): boolean {
  if (!word) return false;
  if (p.people.has(word)) return true;
  return word.length > 4 && /(?:[^aeiou]ers|ors|ists|ians|ees)$/.test(word) && !p.things.has(word);
}

const verbish = (word: string | undefined): boolean =>
  !!word && /^[a-z][a-z'’-]+$/.test(word) && !FUNCTION.has(word) && !/(?:ly|ing)$/.test(word) && !AUX.has(word);

/**
 * A verb of people after `subject`: no participle of finished work ("done"), agreeing in number ("users passes"). A
 * word that also names a count ("visit", "call") is a verb only in the bare form after people, with an object or a
 * particle next: "advocates visit a facility", "residents call in", not "member visits".
 */
function personVerb(p: Patterns, w: string, subject: string, next = ''): boolean {
  if (!verbish(w) || /ed$/.test(w) || isPerson(p, w)) return false;
  // "User docs completed": a word before a participle of finished work is the subject's noun.
  if (doneParticiple(p, next)) return false;
  if (p.metricWord.has(w) && !(/s$/.test(subject) && !/s$/.test(w) && (DETERMINER.has(next) || PARTICLES.has(next))))
    return false;
  if (doneParticiple(p, w)) return false;
  // Agreement tells a verb from a noun: "users pay", "the admin pays", but not "the admin panel".
  const plural = /s$/.test(subject) || PLURAL_PEOPLE.has(subject);
  return plural !== /s$/.test(w);
}

/** Prepositions and adverbs the function words leave out: never a verb before an object. */
const NOT_VERBS = new Set(
  (
    'through within without across between among during against along around behind beyond toward towards upon ' +
    'like unlike inside outside near since until except including despite below above onto then also just even ' +
    'already again here there what how where why when yes thus perhaps always sometimes besides whereas only now'
  ).split(' '),
);

/** Subjects that name the work itself: "This deliverable represents the launch" is about work to do. */
const WORK = new Set(['deliverable', 'deliverables', 'milestone', 'milestones', 'work', 'task', 'tasks', 'spike']);

/** Particles that end a phrasal verb: "opted out", "signed up". */
export const PARTICLES = new Set(['out', 'up', 'in', 'on', 'off', 'down', 'over']);

/** A plural noun ("orders", "pages"), not "status", "access" or "analysis". */
const plural = (word: string) => /[^su'’]s$/.test(word) && !/(?:ics|is)$/.test(word);

/**
 * A finite verb with an object after the subject's noun phrase, known or not: "The tooltip explains the badge"
 * (a singular subject and a verb in -s), "Orders marked 'locker' show a locker number" (a plural subject
 * and a bare verb). Agreement and the object that follows tell it from a noun.
 */
function verbBeforeObject(p: Patterns, words: string[], i: number, subjectEnd: number): Predicate | undefined {
  const w = words[i]!;
  const next = words[i + 1] ?? '';
  if (!verbish(w) || NOT_VERBS.has(w) || /ed$/.test(w) || p.deliveryState.has(w) || p.metricWord.has(w))
    return undefined;
  // "The site adopts the framework", "The app uses OAuth": a means chosen is a task, left to the noun phrase.
  if (/^(?:uses?|adopts?|leverages?|supports?|utili[sz]es?)$/.test(w)) return undefined;
  // A verb of the product may stand alone ("appear in …", "shows"); any other takes an object.
  const known = p.productVerb.has(w) && (/s$/.test(w) || FUNCTION.has(next) || !next);
  // "Matchmaking initiates within 500ms", "Answers lock after the first tap", "Votes update in real-time": a verb the
  // lists do not know, when it happens.
  const when =
    WHEN_AFTER_VERB.has(next) ||
    (next === 'in' && /^real(?:-?time| time)(?:\s|$)/.test(words.slice(i + 2, i + 4).join(' ')));
  if (!known && !DETERMINER.has(next) && !when) return undefined;
  const before = words[i - 1]!;
  if (FUNCTION.has(before) && !PARTICLES.has(before)) return undefined;
  // The head noun ends a compound and stops before a preposition or a participle: "developer tools",
  // "orders for a locker", "invoices sent after midnight".
  let k = words.findIndex((s) => !FUNCTION.has(s));
  if (k < 0 || k >= subjectEnd) return undefined;
  const stops = (s: string) => FUNCTION.has(s) || PARTICIPLE.test(s) || /^(?:sent|spent|paid|kept|made|set)$/.test(s);
  while (k + 1 < subjectEnd && !stops(words[k + 1]!)) k++;
  const head = words[k]!;
  if (WORK.has(head)) return undefined;
  const subject = words.slice(0, subjectEnd).filter((s) => !FUNCTION.has(s));
  const agrees = plural(head) || PLURAL_PEOPLE.has(head) ? !/s$/.test(w) : plural(w);
  if (!agrees) return undefined;
  const people = subject.some((s) => p.people.has(s));
  return { at: i, type: people && !RECEIVING.has(w) && !p.productVerb.has(w) ? 'behaviour' : 'product' };
}

/**
 * Words opening a condition: "when the file is saved", and cut to its participle inside the subject, "when logged
 * out", "once signed in".
 */
export const CONDITION: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'once', 'unless', 'while']);

/** Finds the predicate after the subject, skipping relative clauses ("Code which fails … will be blocked"). */
export function findPredicate(p: Patterns, words: string[]): Predicate | undefined {
  // Where a relative clause starts, and whether its own verb has been read ("Pages that fail validation …").
  let relative = -1;
  let relativeVerb = false;
  for (let i = 1; i < Math.min(words.length, 16); i++) {
    const w = words[i]!;
    const before = words[i - 1]!;
    if (AUX.has(w)) return { at: i, type: 'aux' };
    if (RELATIVE.has(w)) {
      relative = i;
      relativeVerb = false;
      continue;
    }
    // "User when logged out cannot access …": a condition cut to its participle qualifies the subject.
    if (CONDITION.has(w) && /ed$/.test(words[i + 1] ?? '') && !AUX.has(words[i + 2] ?? '')) {
      i += PARTICLES.has(words[i + 2] ?? '') ? 2 : 1;
      continue;
    }
    if (relative >= 0) {
      // After the relative clause's own verb, a verb with an object is the main clause's: "… display a banner".
      if (relativeVerb && i > relative + 2) {
        const main = verbBeforeObject(p, words, i, relative);
        if (main) return main;
      }
      if (verbish(w) && !FUNCTION.has(w)) relativeVerb = true;
      continue;
    }
    // "a recovery scenario of when the cluster fails": a clause opened after a preposition is no predicate either.
    if (FUNCTION.has(before) && BOUNDARY.has(w) && w !== 'to') return undefined;
    if (FUNCTION.has(before)) continue;
    if (p.directionVerb.has(w) || (/^(?:go|goes|went)$/.test(w) && /^(?:up|down|from)$/.test(words[i + 1] ?? '')))
      return { at: i, type: 'direction' };
    if (p.improveVerb.has(w)) return { at: i, type: 'improve' };
    // "Students open their feedback" is what people do; "A customer receives an email" is what the product does.
    // A guessed person ("orders", "folders") yields to a verb of the product: "Orders show a number".
    const guessed = !p.people.has(before) && p.productVerb.has(w);
    if (isPerson(p, before) && personVerb(p, w, before, words[i + 1]) && !guessed)
      return { at: i, type: RECEIVING.has(w) ? 'product' : 'behaviour' };
    // "Save operations complete within 2 seconds": done in a time the product is held to, not work reported done.
    if (p.deliveryState.has(w) && PERFORMANCE_BOUND.test(words.slice(i + 1, i + 5).join(' ')))
      return { at: i, type: 'product' };
    if (p.deliveryState.has(w) && !PRODUCT_STATES.has(w)) return { at: i, type: 'participle' };
    if (p.productVerb.has(w) && (/s$/.test(w) || /s$/.test(before))) return { at: i, type: 'product' };
    // "Then I see the total": what the product shows one person is a check, not a change in behaviour.
    if (i === 1 && PRONOUNS.has(before) && verbish(w)) return { at: i, type: 'product' };
    if (BOUNDARY.has(w) && w !== 'to') return undefined;
  }
  // No verb the lists know: one that agrees with its subject and takes an object.
  for (let i = 1; i < Math.min(words.length, 12); i++) {
    if (BOUNDARY.has(words[i]!) || RELATIVE.has(words[i]!)) break;
    const found = verbBeforeObject(p, words, i, i);
    if (found) return found;
  }
  return undefined;
}

/** The predicate's own words, up to the clause that says why or when. */
export function predicateWords(words: string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < words.length; i++) {
    if (i > from && BOUNDARY.has(words[i]!)) break;
    out.push(words[i]!);
  }
  return out;
}
