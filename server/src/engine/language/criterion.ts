/**
 * Sorts a success criterion into one of the four kinds of SPEC §3: an outcome signal (people
 * behave differently or a number moves), an acceptance check (an observable behaviour of the
 * product), a task or deliverable, or a vague judgement. It reads the criterion as a clause (criterion-clause.ts): a
 * subject, then its predicate — a modal or auxiliary, a verb of the product ("shows", "sends"),
 * a person's verb ("Dispatchers reassign …"), a direction ("falls") — or no verb at all (a
 * noun phrase naming a measure, a deliverable or a category). Outcome signals that name a
 * measure are also checked for a baseline and a timeframe.
 */

import {
  AUX,
  CONDITION,
  DETERMINER,
  FUNCTION,
  PARTICIPLE,
  PARTICLES,
  PRODUCT_STATES,
  RELATIVE,
  doneParticiple,
  findPredicate,
  isPerson,
  predicateWords,
  type Predicate,
} from './criterion-clause.js';
import { BOUND_WORDS, patternsOf, type Patterns } from './criterion-patterns.js';
import { judgedPart, plainCriterion, wordsOf } from './criterion-text.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { isUnfilled } from '../text/placeholder.js';

export { criterionCore } from './criterion-text.js';

export type CriterionKind = 'outcome-signal' | 'acceptance-check' | 'task' | 'vague';

export interface CriterionJudgement {
  kind: CriterionKind;
  /** The word or phrase that decided it (for the message), when there is one. */
  cue?: string;
  /** A measure that moves or has a target ("conversion rises to 20%", "number of visits"): incomplete-metric's. */
  metric: boolean;
  hasBaseline: boolean;
  hasTimeframe: boolean;
}

/** Where the criterion starts from: "from 12% today", "up from 3", "(baseline: …)". */
const BASELINE = new RegExp(
  String.raw`\bfrom\s+(?:[~≈]?\s*[$€£]?\d|today|the\s+current|current|a\s+baseline|baseline|zero|\w+\s+\d)|` +
    String.raw`\b(?:was|were|currently|baseline|today['’]s|compared\s+(?:to|with)|vs\.?|versus|` +
    String.raw`than\s+(?:today|now|last|before)|up\s+from|down\s+from)\b|\(\s*from\s+\d`,
  'i',
);

/** Words between an auxiliary and its verb. */
const AUX_CHAIN = new Set([
  ...AUX,
  ...['not', 'never', 'also', 'now', 'only', 'still', 'always', 'no', 'longer', 'then', 'more', 'less', 'very', 'too'],
]);

const CAPABILITY = new Set(['can', 'cannot', "can't", 'could']);
/** A negation before "be" and a direction: "must not be decreased", "can never be raised", "cannot be lowered". */
const REFUSING = /^(?:not|never|cannot|can['’]t|mustn['’]t|shouldn['’]t|won['’]t)$/;
/** Whether the direction at `i` is one the product refuses ("Scores must not be decreased"): a rule to check. */
const refusedAt = (words: readonly string[], i: number) =>
  /^(?:be|been)$/.test(words[i - 1] ?? '') && REFUSING.test(words[i - 2] ?? '');

/** People a system holds at once: "10,000 concurrent users", "1 million users". */
const CAPACITY = new Set([
  ...['concurrent', 'simultaneous', 'parallel', 'registered', 'total'],
  ...['hundred', 'thousand', 'million', 'billion'],
]);

/** What a person signing off the work has done to it: "has reviewed", "has approved". */
const SIGN_OFF = new Set(['reviewed', 'approved', 'accepted', 'signed', 'verified', 'validated', 'tested', 'demoed']);

const TASK_MODALS = new Set(['should', 'must', 'will', 'shall', 'would', "shouldn't", "mustn't", "won't"]);

/** A count opening the item and the four words after it: "At least 200 add-on testers at events". */
const COUNT_LEAD = /^\s*(?:(?:at\s+least|over|more\s+than|up\s+to)\s+)?[~≈]?\d[\d,.]*\+?\s+((?:[^\s]+\s+){0,3}[^\s]+)/i;

/** The team's own reviewers: a count of them is a gate on the work, not people the change is for. */
const PEERS = new Set(['peer', 'peers', 'reviewer', 'reviewers', 'approver', 'approvers']);

/** People counted by their use: "daily active users", "monthly active members". */
const ACTIVE_PEOPLE = /\b(?:(?:daily|weekly|monthly)\s+)?active\s+(?:users|members|accounts|customers|contributors)\b/i;

/** Words opening an indirect question: what follows is asked about, not stated. */
const QUESTION = new Set(['why', 'what', 'whether', 'how', 'where', 'if']);

/** Orders to find something out, read only as the first word and before a question: "Explore whether …". */
const FINDING_OUT = new Set(['determine', 'explore', 'assess']);

/** How often people do it, and which way that moves: "click on calls to action more frequently". */
const HOW_OFTEN_MOVES = /\b(?:more|less)\s+(?:often|frequently|regularly)\b/;

/** A verdict before the baseline and timeframe are added. */
interface Verdict {
  kind: CriterionKind;
  cue?: string;
  metric?: boolean;
}

/**
 * Judges one criterion with the vocabulary's lists. A checkbox says nothing about the content,
 * and a Given/When/Then scenario is judged by its Then part (a Given or When step alone is an
 * acceptance check, never a metric).
 */
export function judgeCriterion(raw: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): CriterionJudgement {
  const p = patternsOf(vocabulary);
  const plain = plainCriterion(raw);
  const part = judgedPart(plain);
  // "We'll know this is successful when 5 customers have adopted it": what follows "when" is the criterion.
  const text = (part ?? '').replace(KNOW_WHEN, '').replace(WANT_TO_KNOW, '').replace(SEE_IF, '');
  // "Objective: Continuity of process": an OKR's objective is qualitative; its key results are what is measured.
  const objective = OBJECTIVE.test(raw) && !p.number.test(text);
  let verdict: Verdict =
    part === null
      ? { kind: 'acceptance-check' }
      : saysNothing(text) || INSTRUCTION.test(raw) || objective
        ? { kind: 'vague' }
        : ((part === plain ? measureDefined(p, raw) : undefined) ?? classify(p, asides(text)));
  // A scenario's Then asking for something ("then begin loading posts") is what the product does on its
  // event; a Then that reports work done ("then deployed to production") stays a task.
  const thenFirst = wordsOf(text)[0] ?? '';
  const scenario = part !== null && part !== plain;
  const delivery = p.deliveryTask.has(thenFirst) || p.deliveryState.has(thenFirst);
  if (scenario && verdict.kind === 'task' && !delivery) verdict = { kind: 'acceptance-check' };
  const judgement: CriterionJudgement = {
    kind: verdict.kind,
    // A scenario's numbers set its scene or check its result ("then one ZIP with 40 PDFs downloads"): no Then is a
    // measure to move from a baseline by a date (SPEC §3, incomplete-metric).
    metric: verdict.kind === 'outcome-signal' && verdict.metric === true && !scenario,
    hasBaseline: BASELINE.test(text),
    hasTimeframe: p.timeframe.test(text),
  };
  if (verdict.cue) judgement.cue = verdict.cue;
  return judgement;
}

/**
 * Without asides: "(e.g. help desk staff)" is no part of the clause, "as well as" is "and", and the reason given
 * for a change ("… more often because they are easier to recognize") is not what is watched.
 */
const asides = (text: string) =>
  text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\bas well as\b/gi, 'and')
    .replace(/(?<=\S\s+\S+)[,;]?\s+because\b.*$/i, '')
    .trim();

/**
 * A template's prompt ("What are the most important metrics …?"), an unfilled slot ("TBD") or a label with
 * nothing after it ("Key result:"): nothing in it can be observed.
 */
function saysNothing(text: string): boolean {
  // No word at all ("- [ ] [x]") is no slot: it is left as the rest of the list reads it.
  return /[\p{L}\p{N}]/u.test(text) && (isUnfilled(text) || PROMPT.test(text) || LABEL_ONLY.test(text));
}

/** The question a measure answers: "how many", "how much", "how often", "how long". */
const HOW_MUCH = String.raw`how\s+(?:many|much|often|long)\b`;

/** The team itself as the subject: "we", "we're", "we'll", "we've", "we'd". */
const TEAM = /^we(?:['’](?:re|ll|ve|d))?$/;

/**
 * A measure named by its question or its sign: "How many forms use …", "How often do people …?", "% memory used",
 * "# of registered users".
 */
const MEASURE_NAMED = new RegExp(String.raw`^${HOW_MUCH}|^(?:\\?#|%)\s*(?:of\b|\p{L})`, 'iu');

/**
 * A whole item set in underscores, as templates set their instructions: "_Include links to the dashboards_", bold
 * inside it too ("_**Limit 5-6 KPIs per product**_"), however the closing marks were typed.
 */
const INSTRUCTION = /^\s*_(?!_)(?:\*\*)?[^_\n]+?(?:\*\*)?_{1,2}\s*$/;

/** A term set in bold opening the item, no colon after it, and what follows: "**Onboarding time** Time until …". */
const BOLD_TERM = /^\s*(?:\*\*|__)([^*_:]{2,40})(?:\*\*|__)(?!\s*:)\s+(\S.*)$/s;

/** Words that say how something is counted or timed. */
const MEASURING = new RegExp(
  String.raw`\b(?:we\s+measure|measured\s+(?:as|by|in)|how\s+(?:many|much|often|long)|number\s+of|` +
    String.raw`time\s+(?:until|to|it\s+takes)|percentage\s+of|share\s+of|rate\s+of)\b`,
  'i',
);

/**
 * "**Onboarding time** Time until new engineers are productive …": a measure named in bold and defined after it, as a
 * metrics list writes one (the name a metric word, or its definition saying how it is counted or timed).
 */
function measureDefined(p: Patterns, raw: string): Verdict | undefined {
  const m = BOLD_TERM.exec(raw);
  // The name's last word heads it: "Onboarding time" is a time; "Error handling implemented" is work done.
  const head = wordsOf(m?.[1] ?? '').at(-1) ?? '';
  if (!m || !(MEASURING.test(m[2]!) || p.metricWord.has(head))) return undefined;
  return { kind: 'outcome-signal', cue: m[1]!.trim(), metric: true };
}

/** The label of an OKR's objective opening the item: "**Objective:** …". */
const OBJECTIVE = /^[\s*_]*objectives?[\s*_]*:/i;

/** "We want to know how many users …": what the team wants to know is the measure. */
const WANT_TO_KNOW =
  /^(?:we|i)\s+(?:want|need|would\s+like)\s+to\s+(?:know|see|learn|find\s+out)\s+(?=how\b|what\b|whether\b)/i;

/** "We'll know this is successful when …": what follows is the criterion. */
const KNOW_WHEN = /^we(?:['’]ll|\s+will)\s+know\b[^,.;:]{0,40}?\b(?:when|if|once)\s+(?=\S)/i;

/**
 * A demo's steps closing on what the watcher sees: "Write the message, send it and see if it appears in the chat
 * window". What is seen is the check; the steps only set it up.
 */
const SEE_IF = /^[^.;:]{0,120}?(?:,|\band)\s+(?:see|check|verify|confirm)\s+(?:if|whether|that)\s+(?=\S)/i;

/** A template's question ("What are the most important metrics …?"); one of how many or how often names a measure. */
const PROMPT = new RegExp(String.raw`^(?!${HOW_MUCH})(?:what|which|how|why|where|who|when)\b[^?]*\?$`, 'i');

/** A label with nothing after it: "Key result:", "Web Performance v0.2:". */
const LABEL_ONLY = /^(?:[\w.&/'’-]+\s+){0,2}[\w.&/'’-]+\s*:$/;

/** Verbs that watch a number ("Measure the number of …") or work ("Track the bug"): their object tells which. */
const WATCH_VERBS = new Set(['measure', 'track', 'monitor', 'measuring', 'tracking', 'monitoring']);

/** What a team perceives: "We see an uptick …", "We observe fewer …". */
const PERCEIVE = new Set(['see', 'observe', 'notice', 'hear', 'seeing', 'observing']);

/** The object of a watching verb names a number: "how many …", "the number of …", "daily active users (DAU)". */
function watchesNumber(p: Patterns, object: string[]): boolean {
  const rest = object[0] === 'the' || object[0] === 'our' ? object.slice(1) : object;
  if (/^how$/.test(rest[0] ?? '') && /^(?:many|much|often|long)$/.test(rest[1] ?? '')) return true;
  // "daily and monthly active users": counted over a period.
  if (/^(?:daily|weekly|monthly|yearly|annual)$/.test(rest[0] ?? '')) return true;
  return p.metricHead.test(rest.join(' ')) || rest.slice(0, 4).some((w) => p.metricWord.has(w));
}

/**
 * "We see an uptick in conversion", "We track SSO usage growing", "We're measuring how many forms use …": what the
 * team will see move, or watches, is the signal, not work of its own. The verb it sees or watches with, if so.
 */
function teamWatches(p: Patterns, words: string[]): string | undefined {
  if (!TEAM.test(words[0] ?? '')) return undefined;
  let k = 1;
  while (k < 3 && AUX_CHAIN.has(words[k] ?? '')) k++;
  // "We can see the new field in the report" checks what the product shows.
  if (words.slice(1, k).some((w) => CAPABILITY.has(w))) return undefined;
  const verb = words[k] ?? '';
  if (PERCEIVE.has(verb)) return verb;
  return WATCH_VERBS.has(verb) && watchesNumber(p, words.slice(k + 1)) ? verb : undefined;
}

/** Verbs that aim at a number ("Achieve a 4-star rating"); without one they aim at nothing to count. */
const TARGET_VERBS = new Set(['achieve', 'achieves', 'aim', 'aims', 'attain', 'attains']);

/**
 * What the whole criterion says before its clause is parsed: an imperative ("Create …", "Render the …"),
 * a delivery at the start ("Deployed to …"), a share of people ("9 in 10 …") or a number that moves.
 */
function wholeSentence(
  p: Patterns,
  text: string,
  words: string[],
  predicate: Predicate | undefined,
  number: boolean,
): Verdict | undefined {
  const first = words[0]!;
  // "Update notifications are sent …" has a subject; "Update the docs so that users can …" is an imperative.
  // "Write down the team norms", "Set up alerts": a particle after the first word makes it the verb of an order.
  const declarative =
    !!predicate && predicate.type !== 'participle' && !FUNCTION.has(words[1] ?? '') && !PARTICLES.has(words[1] ?? '');
  // "Investigate why the build fails", "Evaluate the design and what we want to do": the predicate is in the
  // question the order asks, not the item's own.
  const asks = words.slice(1, predicate?.at ?? 1).some((w) => QUESTION.has(w));
  const finding = FINDING_OUT.has(first) && asks;
  const order = p.deliveryTask.has(first) && (!declarative || asks);
  if (order || finding) return { kind: 'task', cue: first };
  // "Measure the number of active users", "Track how many times the app is downloaded": the number to watch.
  if (WATCH_VERBS.has(first) && watchesNumber(p, words.slice(1))) return { kind: 'outcome-signal', cue: first };
  // "Measured by download numbers and active accounts": the number to watch, named under its label.
  if (/^measured\s+(?:by|as|through|via|with)$/.test(`${first} ${words[1] ?? ''}`))
    return { kind: 'outcome-signal', cue: first };
  // "Archived projects no longer appear in search": a participle before the subject's noun, then the product's verb.
  const adjective = predicate?.type === 'product' && predicate.at >= 2;
  if ((p.deliveryState.has(first) && !adjective) || p.deliveryPhrase.exec(text)?.index === 0)
    return { kind: 'task', cue: first };
  // "9 in 10 new hires …", "70% of invited teammates accept …": a share of people or things.
  const share = /\b\d+\s+(?:in|out\s+of)\s+\d+\b|\d\s*%\s+of\b/i.exec(text);
  if (share) return { kind: 'outcome-signal', cue: share[0], metric: true };
  // "200 people signed up", "100 new followers to the account": a count of people doing something, to reach. Not a
  // count alone ("10,000 users" a system is to hold) nor the team's own ("2 reviewers approved").
  // Counts reported done ("At least 5 staff have been onboarded", "3 contributors have adopted …") are read with
  // their perfect, further on.
  const counted = /\b(?:has|have|had)\s+(?:been|\w+ed)\b/i.test(text) ? null : COUNT_LEAD.exec(text);
  const countedWords = counted ? wordsOf(counted[1]!) : [];
  const at = countedWords.findIndex((w) => isPerson(p, w) && !p.team.has(w) && !PEERS.has(w));
  // "10 definition contributors", "3 interactions with new viewers": people named after what they do, to reach; not
  // people a system holds at once ("10,000 concurrent users").
  const named = at > 0 && at === countedWords.length - 1 && !CAPACITY.has(countedWords[at - 1]!);
  if (at >= 0 && (at < countedWords.length - 1 || named))
    return { kind: 'outcome-signal', cue: countedWords[at], metric: true };
  // "Claims decided on first touch rise from 35% to 60%": a number that moves, wherever its verb stands.
  // Not a direction inside a relative clause the main verb follows: "Code whose coverage falls below … is blocked".
  // ("that" may be a determiner: "the quantity for that product increases" is the main clause.)
  const relative = words.findIndex((w) => RELATIVE.has(w) && w !== 'that');
  const subordinate = (i: number) => !!predicate && relative >= 0 && relative < i && i < predicate.at;
  const moves = words.find((w, i) => p.directionVerb.has(w) && !subordinate(i) && !refusedAt(words, i));
  const metricNamed = words.some((w) => p.metricWord.has(w));
  // "… from 22% to 50% by Q4": a number that moves from a baseline to a target.
  const fromTo = /\bfrom\s+[~≈]?[$€£]?\d[\d.,]*\s*\S*\s+to\s+[~≈]?[$€£]?\d/i.exec(text);
  if (fromTo) return { kind: 'outcome-signal', cue: fromTo[0], metric: true };
  if (moves && (number || metricNamed)) return { kind: 'outcome-signal', cue: moves, metric: true };
  if (moves && (p.vague.test(text) || p.vagueSecondary.test(text))) return { kind: 'vague', cue: moves };
  const more = p.fewerMore.exec(text);
  if (more?.index === 0) return { kind: 'outcome-signal', cue: more[0], metric: true };
  if (predicate?.type === 'direction' && !refusedAt(words, predicate.at))
    return { kind: 'outcome-signal', cue: words[predicate.at], metric: true };
  if (p.directionVerb.has(first)) return { kind: 'outcome-signal', cue: first, metric: true };
  // "Reduction in release process duration": the change named as a noun; "Improvement in onboarding" counts nothing.
  if (/^(?:reductions?|improvements?)$/.test(first) && /^(?:in|of)$/.test(words[1] ?? ''))
    return first.startsWith('reduction') || words.some((w) => p.metricWord.has(w))
      ? { kind: 'outcome-signal', cue: first, metric: true }
      : { kind: 'vague', cue: first };
  // "Usability improvements to the search page", "Latency improvements": the change named after what improves, a
  // measure only with a number or a metric (not "Search improvements are shipped", work reported done).
  const improved = words.findIndex((w, i) => i > 0 && i <= 2 && /^improvements?$/.test(w));
  const clause = predicateWords(words, 0);
  if (improved > 0 && words.slice(0, improved).every((w) => !FUNCTION.has(w)) && !clause.some((w) => AUX.has(w)))
    return number || words.slice(0, improved).some((w) => p.metricWord.has(w))
      ? { kind: 'outcome-signal', cue: words[improved], metric: true }
      : { kind: 'vague', cue: words[improved] };
  // "Achieve a minimum 4-star rating", "Aim for 3 interactions per post": a number aimed at is a target to reach.
  if (TARGET_VERBS.has(first) && number) return { kind: 'outcome-signal', cue: first, metric: true };
  // An imperative has an object or a clause after it: "Render the …", "Ensure the cookie does not expire".
  const imperative = FUNCTION.has(words[1] ?? '') || words[1] === 'not' || words.slice(2).some((w) => AUX.has(w));
  if ((p.productVerb.has(first) && imperative) || /^(?:do|don't|never)$/.test(first))
    return { kind: 'acceptance-check', cue: first };
  // "Show notice until they dismiss it", "In the detail pane, display a warning icon": the product's verb in
  // the bare form, after a place or a moment if any, asks for behaviour to observe.
  const lead = LEADING_PLACE_OR_MOMENT.exec(text);
  const asked = lead ? wordsOf(text.slice(lead[0].length)) : words;
  const verb = asked[0] ?? '';
  // Not a compound noun that opens with such a verb: "Load test with 500 users passes", "Open source repository".
  const compound = /^(?:tests?|testing|source)$/.test(asked[1] ?? '');
  if (p.productVerb.has(verb) && !/s$/.test(verb) && asked.length >= 2 && !compound)
    return { kind: 'acceptance-check', cue: verb };
  // "Shows recipe preview", "Shows 5-8 recommendations": the product's verb with the product left unsaid; not a
  // plural noun before a preposition ("Links to the docs", "Filters by status").
  const object = asked[1] ?? '';
  if (p.productVerb.has(verb) && /s$/.test(verb) && object && (!FUNCTION.has(object) || DETERMINER.has(object)))
    return { kind: 'acceptance-check', cue: verb };
  // ">90% successful translations", "< 2 seconds for all endpoints", "Zero data loss": a threshold to hold to, complete
  // in itself, so no baseline or date is asked of it (SPEC §3, incomplete-metric); a share or a number that moves is
  // read above, with its target.
  const threshold = /^\s*(?:[<>≤≥]=?\s*[~≈]?[$€£]?\d[\d.,/%]*|zero\s+\p{L}+)/iu.exec(text);
  if (threshold) return { kind: 'outcome-signal', cue: threshold[0].trim() };
  return undefined;
}

/** "In the service detail pane, ", "On composer, when pressing Post, ": where or when, before the ask. */
const LEADING_PLACE_OR_MOMENT = /^(?:(?:in|on|at|when|if|once|after|before|within|under)\b[^,.;]{0,60},\s*)+/i;

/** "As a user, ", "As an admin, ": whose view a criterion is written from. */
const PERSONA_LEAD = /^as\s+(?:an?|the)\s+[^,.;]{1,40},\s*(?=\S)/i;

/** The verb "automatically" stands before: "Issues are automatically added to the board". */
const AUTOMATIC = /\bautomatically\s+(\p{L}+)/iu;

/** Set-up work, automatic or not: "Migrations are automatically configured through scripts". */
const SET_UP = new Set(['configured', 'implemented', 'installed', 'deployed', 'built', 'developed', 'set']);

/** "Admins no longer file tickets", "Credentials never appear in logs": an adverb between a subject and its verb. */
const ADVERB_BEFORE_VERB = /\b(?:no\s+longer|never|always|still|automatically)\b/gi;

/** A short `Label:` before the words that follow it (a capital after the colon). */
const LABEL_LEAD = /^((?:[\w&+/'’-]+\s+){0,3}[\w&+/'’-]+)\s*:\s+(?=[A-Z])/;

/** An order: a verb, then its object ("delete the recipe", "provide a short list"), no subject before a verb. */
const ORDER_OBJECT_OPENER = String.raw`(?:the|a|an|all|each|every|its|their|this|that|these|those)`;
const ORDER = new RegExp(
  String.raw`^(?!(?:${ORDER_OBJECT_OPENER}|our|my)\b)[a-z]+\s+(?:${ORDER_OBJECT_OPENER}|it|them)\b`,
  'i',
);

/** A condition or an event opening the criterion ("After a user confirms, …"), up to the comma before it. */
const CONDITIONAL = /^(if|when|whenever|once|after|upon|on)\s[^,;]{3,200},\s*(?=\S)/i;

/**
 * "Can login to created accounts", "Cannot see deleted items": a capability with its subject left unsaid, as a list of
 * checks leaves it. Not a question ("Can we measure the drop-off?"), nor what can be done to the product ("Can be
 * deployed to production").
 */
const UNSAID_SUBJECT =
  /^(?:can(?:not|['’]t)?|can\s+not)\s+(?!(?:we|you|i|they|he|she|it|this|that|be)\b)(?=[a-z])[^?]*$/i;

/** The kind of one criterion (or a scenario's Then part): whole-sentence cues first, then its clause. */
function classify(p: Patterns, criterion: string): Verdict {
  // Read as the users' capability it states: "Can login …" as "Users can login …".
  if (UNSAID_SUBJECT.test(criterion)) return classify(p, `Users ${criterion}`);
  // "As a user, if I refresh the page, the order stays": the persona says whose view it is, not what.
  const persona = PERSONA_LEAD.exec(criterion);
  if (persona && criterion.length > persona[0].length) return classify(p, criterion.slice(persona[0].length));
  // "If the scheduler finds the service gone, the grant should be deleted": what the product does on an
  // event is behaviour to check, unless what follows the comma is delivery work ("…, deploy it").
  const conditional = CONDITIONAL.exec(criterion);
  // After an event ("After user confirmation, …", "On typing 'help', …") only an order to the product is its behaviour:
  // "After submissions are received, they are reviewed by a panel" is the team's process.
  const event = conditional && /^(?:after|upon|on)$/i.test(conditional[1]!);
  const ordered = event && ORDER.test(criterion.slice(conditional[0].length));
  if (conditional && (!event || ordered)) {
    const main = classify(p, criterion.slice(conditional[0].length));
    const delivery = main.cue !== undefined && p.deliveryTask.has(main.cue);
    return main.kind === 'task' && !delivery ? { kind: 'acceptance-check', cue: conditional[1]!.toLowerCase() } : main;
  }
  // "DB planning: Determines the database": a short label before a sentence of its own is no subject; "Header
  // displays: Agent name, avatar" is a subject and its verb, the clause the names complete.
  const label = LABEL_LEAD.exec(criterion);
  const text = label && !p.clauseLeadIn(label[1]!) ? criterion.slice(label[0].length) : criterion;
  const words = wordsOf(text.replace(ADVERB_BEFORE_VERB, ' '));
  if (!words.length) return { kind: 'acceptance-check' };
  const number = p.number.test(text);
  if (p.category.test(text) && (words.length <= 4 || /:\s*$/.test(text))) return { kind: 'vague', cue: text };
  const vagueNumber = p.vagueNumber.exec(text);
  if (vagueNumber) return { kind: 'vague', cue: vagueNumber[0] };
  const head = p.metricHead.exec(text) ?? MEASURE_NAMED.exec(text);
  if (head) return { kind: 'outcome-signal', cue: head[0], metric: true };
  // "Able to generate the analysis": a capability, its subject left unsaid as a list of them leaves it.
  if (/^able\s+to\s/i.test(text)) return { kind: 'acceptance-check', cue: 'able' };
  // "There are no linting errors", "No linting errors": the code clean of what the team's tools report, a gate on the
  // work; "Builds without errors": the code's own gate, its subject left unsaid as a checklist leaves it.
  const absent = /^(?:there\s+(?:is|are)\s+)?no\s+/i.exec(text);
  const tool = absent ? wordsOf(text.slice(absent[0].length)).find((w) => CODE_TOOLS.has(w)) : undefined;
  if (tool) return { kind: 'task', cue: tool };
  if (/^(?:builds|compiles)$/.test(words[0]!) && BUILD_HOW.has(words[1] ?? '')) return { kind: 'task', cue: words[0] };
  // "There are no known defects": an absence to check; "There is a runbook": a thing to make exist.
  if (/^there\s+(?:is|are)\s+no\b/i.test(text)) return { kind: 'acceptance-check', cue: 'there are no' };
  if (/^there\s+(?:is|are|was|were|has|have|should|must|will)\b/i.test(text)) return { kind: 'task', cue: 'there is' };

  const watched = teamWatches(p, words);
  if (watched)
    return { kind: 'outcome-signal', cue: watched, metric: number || words.some((w) => p.directionVerb.has(w)) };
  const predicate = findPredicate(p, words);
  const whole = wholeSentence(p, text, words, predicate, number);
  if (whole) return whole;
  if (!predicate) return nounPhrase(p, text, words, number);
  const subject = words.slice(0, predicate.at);
  const rest = predicateWords(words, predicate.at);
  const people = subject.some((w) => isPerson(p, w));
  const restText = rest.join(' ');
  const vague = judgementOnly(p, rest.slice(1));
  // "We have a process documented", "We publish the guide": what the team says it does is its own work.
  const team = subject.length === 1 && TEAM.test(subject[0]!) && !number;
  if (team && predicate.type !== 'direction' && !CAPABILITY.has(words[predicate.at]!))
    return { kind: 'task', cue: 'we' };
  // "Pull request/commit includes the bug number", "Failing CI blocks the merge": what the team's own artefacts and
  // tools do is the team's work (not what the product does to one: "PRs are automatically added to the board").
  const artefact = subject.find(
    (w, i) => ARTEFACTS.has(w) || (w === 'request' && /^(?:pull|merge)$/.test(subject[i - 1] ?? '')),
  );
  if (artefact && predicate.type !== 'direction' && !AUTOMATIC.test(text)) return { kind: 'task', cue: artefact };
  switch (predicate.type) {
    case 'aux':
      return auxiliary(p, words, predicate.at, {
        people,
        number,
        subject,
        rest,
        automatic: AUTOMATIC.exec(text)?.[1]?.toLowerCase(),
      });
    case 'improve':
      return subject.some((w) => p.metricWord.has(w))
        ? { kind: 'outcome-signal', cue: words[predicate.at], metric: true }
        : { kind: 'vague', cue: words[predicate.at] };
    case 'participle':
      return { kind: 'task', cue: words[predicate.at] };
    case 'direction':
      return { kind: 'outcome-signal', cue: words[predicate.at], metric: true };
    case 'product':
      if (vague && !number) return { kind: 'vague', cue: vague[0] };
      return { kind: 'acceptance-check', cue: words[predicate.at] };
    case 'behaviour': {
      const verb = words[predicate.at]!;
      if (p.stative.has(verb)) return { kind: 'vague', cue: p.vague.exec(restText)?.[0] ?? verb };
      if (vague && !number) return { kind: 'vague', cue: vague[0] };
      const often = HOW_OFTEN_MOVES.test(words.join(' '));
      return { kind: 'outcome-signal', cue: verb, metric: number || often || p.fewerMore.test(restText) };
    }
  }
}

interface Clause {
  /** The verb "automatically" stands before ("… are automatically added"): what the product does. */
  automatic: string | undefined;
  people: boolean;
  number: boolean;
  subject: string[];
  rest: string[];
}

/** The team's own artefacts and tools: what they hold or do is the team's work ("PR includes the ticket number"). */
const ARTEFACTS = new Set(['pr', 'prs', 'mr', 'mrs', 'commit', 'commits', 'changelog', 'ci', 'linter', 'linters']);

/** What the team's tools report on its code: "no linting errors", "no build warnings". */
const CODE_TOOLS = new Set([...ARTEFACTS, 'lint', 'linting', 'compiler', 'build']);

/** How code builds: "Builds without errors", "Compiles cleanly" (not "Builds take 10 minutes"). */
const BUILD_HOW = new Set(['without', 'cleanly', 'successfully', 'on', 'in']);

/** The code itself, heading a subject: what is done to it ("Code is peer-reviewed") is the team's work. */
const CODE = new Set(['code', 'codebase', 'source']);

/** What a definition of done holds the work to, and the verbs that say it was: "Acceptance criteria are met". */
const GATES = new Set(['criteria', 'requirements', 'ac', 'acs', 'dod']);

const GATE_MET = new Set(['met', 'satisfied', 'fulfilled', 'verified']);

/** A decision the team is to reach: "Decision is made to move it to the Backlog". */
const DECISIONS = new Set(['decision', 'decisions']);

const DECIDED = new Set(['made', 'taken', 'reached']);

/**
 * The work's own gate passed ("Acceptance criteria are demonstrably met", "A decision is made"): a step of the
 * process, as "have been met" is. Not a lead-in to the requirements listed under it ("The following … are
 * satisfied:"), which says nothing itself.
 */
const workGate = (subject: readonly string[], verb: string) => {
  // The gate heads the subject: "Discuss terms before the adoption criteria are met" is a step of its own.
  const heads = (nouns: ReadonlySet<string>) => subject.slice(0, 3).some((w) => nouns.has(w));
  return (
    !subject.includes('following') && ((GATE_MET.has(verb) && heads(GATES)) || (DECIDED.has(verb) && heads(DECISIONS)))
  );
};

/**
 * "make clear the benefits", "make it obvious which plan is active": what the product tells people, not a thing to
 * make.
 */
const makesPlain = (predicate: readonly string[]) =>
  predicate[0] === 'make' && PLAIN.has(predicate[predicate[1] === 'it' ? 2 : 1] ?? '');

const AFTER_A_TIME = /\b(?:after|within)\s+\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/;

const PLAIN = new Set(['clear', 'obvious', 'visible', 'apparent', 'evident', 'explicit', 'plain']);

/** "Users can …", "Code is deployed …", "Checkout is fast", "At least 3 members have been onboarded". */
function auxiliary(p: Patterns, words: string[], at: number, clause: Clause): Verdict {
  const aux = words[at]!;
  let j = at;
  const adverb = (w: string | undefined) => !!w && /^[a-z]{4,}ly$/.test(w);
  // "are clearly and accessibly documented": adverbs, joined or not, sit between.
  while (
    j < words.length &&
    (AUX_CHAIN.has(words[j]!) || adverb(words[j]) || (words[j] === 'and' && adverb(words[j + 1])))
  )
    j++;
  const verb = words[j] ?? '';
  const afterAux = words.slice(at).join(' ');
  const vague = judgementOnly(p, words.slice(at + 1, at + clause.rest.length));
  if (CAPABILITY.has(aux) || (verb === 'able' && words[j + 1] === 'to')) {
    if (vague && !clause.number) return { kind: 'vague', cue: vague[0] };
    return { kind: 'acceptance-check', cue: aux };
  }
  const perfect = /^(?:has|have|had)$/.test(aux) && (words[at + 1] === 'been' || PARTICIPLE.test(words[at + 1] ?? ''));
  const delivered =
    (p.deliveryState.has(verb) && !PRODUCT_STATES.has(verb)) ||
    p.deliveryPhrase.exec(afterAux)?.index === afterAux.indexOf(verb);
  // "The item is added to the cart when …": what the product does on an event, not work reported done.
  const onEvent = !perfect && words.slice(j + 1).some((w) => CONDITION.has(w));
  // "Issues are automatically added to the board": what the product does, not work reported done.
  // Not set-up work done by a script: "Migrations are automatically configured through scripts" is configuring.
  if (delivered && !perfect && clause.automatic === verb && !SET_UP.has(verb))
    return { kind: 'acceptance-check', cue: 'automatically' };
  if (workGate(clause.subject, verb)) return { kind: 'task', cue: verb };
  // "Code is pair-programmed or peer-reviewed", "The source code is formatted correctly": done to the code, whatever
  // the verb (not what the product does to it on an event: "Code is blocked from merging when tests fail").
  if (CODE.has(clause.subject.at(-1) ?? '') && PARTICIPLE.test(verb) && !onEvent) return { kind: 'task', cue: verb };
  // "The DHT is enabled by default": a setting the product ships with is its state, not work reported done.
  if (delivered && !perfect && /^by\s+default\b/.test(words.slice(j + 1).join(' ')))
    return { kind: 'acceptance-check', cue: 'by default' };
  // "Your code has the necessary tests written", "each have a published summary": having something written,
  // reviewed or published is work done — the participle before the thing or ending the clause, not anywhere
  // ("The report has a chart updated daily" is the product's).
  const held = /^(?:has|have)$/.test(aux) && !perfect ? predicateWords(words, at + 1) : [];
  // Or said of it in a clause of its own: "has a name that is approved by the UX lead".
  const said = held.findIndex((w, i) => /^(?:that|which)$/.test(w) && /^(?:is|are|was|were)$/.test(held[i + 1] ?? ''));
  const had = [
    held.length > 2 && DETERMINER.has(held[0]!) ? held[1] : undefined,
    said >= 0 ? held[said + 2] : undefined,
    held.at(-1),
  ].find((w) => w !== undefined && doneParticiple(p, w));
  if (had) return { kind: 'task', cue: had };
  // "The service must use OAuth" is work; "User must use the new password" is what the product makes a person do.
  const byTeam = clause.subject.some((w) => p.team.has(w));
  const person = clause.people && !byTeam;
  if (perfect || (delivered && !onEvent)) {
    if (clause.people && clause.number) return { kind: 'outcome-signal', cue: verb };
    // "The user has completed onboarding": what a person did, checked; not work done to them ("have been trained").
    // Nor a sign-off ("The Product Owner has reviewed …"): a gate on the work.
    if (perfect && person && words[at + 1] !== 'been' && !SIGN_OFF.has(verb))
      return { kind: 'acceptance-check', cue: verb };
    return { kind: 'task', cue: verb };
  }
  // "It should remove expired cards after 24 hours": what the product does once the time has passed, unless the
  // team says it ("We should remove the flag after 2 weeks").
  const timed = AFTER_A_TIME.test(words.slice(j).join(' ')) && !byTeam;
  if (TASK_MODALS.has(aux) && p.deliveryTask.has(verb) && !person && !makesPlain(words.slice(j)) && !timed)
    return { kind: 'task', cue: verb };
  // "Veterans are less likely to call for support": how people behave, and which way it moves.
  const direction = words[j - 2] ?? '';
  if (clause.people && /^(?:more|less)$/.test(direction) && words[j - 1] === 'likely' && verb === 'to')
    return { kind: 'outcome-signal', cue: `${direction} likely`, metric: true };
  if (vague && !clause.number) return { kind: 'vague', cue: vague[0] };
  // "Reports are accurate", "Code quality is high": a judgement with nothing after it to observe.
  const tail = words.slice(j + 1);
  const judged = p.vagueSecondary.exec(`${clause.subject.join(' ')} ${verb}`);
  const complement = p.vagueSecondary.test(verb) || !/(?:ed|ing)$/.test(verb);
  if (judged && complement && tail.length <= 3 && !clause.number) return { kind: 'vague', cue: judged[0] };
  if (p.improveVerb.has(verb)) {
    return clause.subject.some((w) => p.metricWord.has(w))
      ? { kind: 'outcome-signal', cue: verb, metric: true }
      : { kind: 'vague', cue: verb };
  }
  if (p.directionVerb.has(verb) && !refusedAt(words, j)) return { kind: 'outcome-signal', cue: verb, metric: true };
  return { kind: 'acceptance-check', cue: aux };
}

/**
 * The vague word of a predicate that says nothing else: "loads quickly", "works well". A
 * judgement on a behaviour with an object ("shows a clear error naming the field") is still
 * something to check.
 */
function judgementOnly(p: Patterns, predicate: string[]): RegExpExecArray | null {
  const text = predicate.join(' ');
  const vague = p.vague.exec(text);
  if (!vague) return null;
  const others = text
    .replace(p.vague, ' ')
    .split(' ')
    .filter((w) => w && !FUNCTION.has(w) && !AUX_CHAIN.has(w));
  return others.length <= 2 ? vague : null;
}

/** Abstract nouns of a quality: "discoverability", "robustness" (and the common misspelling "-blity"). */
const QUALITY_NOUN = /^[a-z]{4,}(?:bility|blity|ness)$/;

/** A value a measure is held to: "> 50", "≤ 2 s", "…: 100%". */
const HELD_TO = /[<>≤≥]=?\s*[~≈]?[$€£]?\d|:\s*[~≈]?\d[\d.,]*\s*%\s*$/;

/** No verb: a named measure, a judgement, a category, a deliverable — or "No upsell in the drawer". */
function nounPhrase(p: Patterns, text: string, words: string[], number: boolean): Verdict {
  // "10 daily active users", "Monthly active users": the measure of use named, counted or not.
  const active = ACTIVE_PEOPLE.exec(text);
  if (active) return { kind: 'outcome-signal', cue: active[0], metric: true };
  const vague = p.vague.exec(text) ?? p.vagueSecondary.exec(text);
  const metric = words.some((w) => p.metricWord.has(w)) || p.percentile.test(text);
  if (vague && !(number && metric)) return { kind: 'vague', cue: vague[0] };
  // "Higher engagement", "Lower cognitive load": a direction on nothing anyone counts.
  const direction = words.find((w) => /^(?:higher|lower)$/.test(w));
  if (direction && !number && !metric) return { kind: 'vague', cue: direction };
  const fewer = p.fewerMore.exec(text);
  if (fewer) return { kind: 'outcome-signal', cue: fewer[0], metric: true };
  // "500 Nightly installs", "500 social shares": a count of what people do with the product, to reach.
  const used = words.some((w) => p.usageCount.has(w));
  if (number && (metric || used || words.some((w) => p.directionVerb.has(w) || BOUND_WORDS.has(w))))
    return { kind: 'outcome-signal', metric: true };
  // "NPS: Target >50": a measure held to a value, a threshold complete in itself. Test coverage held to one ("Unit
  // test coverage > 80%") is a gate on the work, as a definition of done lists it.
  const held = /\bcoverage\b/i.test(text) ? null : HELD_TO.exec(text);
  if (held) return { kind: 'outcome-signal', cue: held[0].trim() };
  if (words[0] === 'no') return { kind: 'acceptance-check', cue: 'no' };
  // "A success message at the bottom of the form": a thing placed on screen is there to be seen.
  const place = p.onScreen.exec(text);
  if (place) return { kind: 'acceptance-check', cue: place[0] };
  // The head of the phrase is its last word before a preposition: "Site availability", "Lighthouse score for the site".
  const cut = words.findIndex((w, i) => i > 0 && FUNCTION.has(w));
  const headWord = words[(cut < 0 ? words.length : cut) - 1]!;
  if (p.metricWord.has(headWord)) return { kind: 'outcome-signal', cue: headWord, metric: true };
  // "Error message when the upload fails": a thing tied to an event is the product's behaviour on it
  // (not "Check if …", a question, or a gerund: "Compromising secrets when …").
  // A condition after a comma or a hedge ("if needed") is on the work, not on a thing.
  const event =
    /^[^,;.]*?\s(when|whenever|if|once|unless|while)\s(?!(?:needed|necessary|possible|applicable|any)\b)/i.exec(text);
  const thing = !/\?\s*$/.test(text) && !AUX.has(words[0]!) && words[1] !== event?.[1];
  if (event && thing) return { kind: 'acceptance-check', cue: event[1]!.toLowerCase() };
  // "Discoverability", "Consumability of content": a quality named, nothing observed or counted.
  if (!number && words.length <= 4 && QUALITY_NOUN.test(headWord)) return { kind: 'vague', cue: headWord };
  return { kind: 'task' };
}
