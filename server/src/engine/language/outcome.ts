/**
 * Judges whether the want of a story (the "I want" part or the Outcome field) names an
 * output — a UI element, a technology, a technical task, a system behaviour chosen as the
 * means — rather than a change for the person (SPEC §3, "Output or outcome").
 *
 * The want is read as a verb phrase. A person doing or learning something (search,
 * upload, see, pay) is an outcome unless the phrase also prescribes how: a UI widget, a
 * named mechanism ("via Shibboleth"), an interaction ("click on"). Asking for a thing (a
 * tool, a dashboard, an integration), for a technical task (migrate, deploy), or for the
 * system to behave a certain way ("the system to send…", "data loaded") is an output.
 * Words the person wants to avoid ("without a paper form") never count.
 */

import type { Vocabulary } from '../config/types.js';
import { alternation } from './pattern.js';
import { DEFAULT_VOCABULARY, perVocabulary } from './vocabulary.js';

export type OutputKind = 'ui' | 'technology' | 'task' | 'system' | 'artifact';

export interface OutputJudgement {
  kind: OutputKind;
  /** What gave it away, for the message. */
  cue: string;
  /** Offsets of the cue in the judged text. */
  start: number;
  end: number;
}

/** A list's words where neither a word character nor a hyphen touches them ("tab", not "tab-separated"). */
const wordRe = (words: readonly string[]) => new RegExp(String.raw`(?<![\w-])(?:${alternation(words)})(?![\w-])`, 'i');

/** Lead-ins that carry no meaning of their own: "be able to", "have the ability to". */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:to|really|also|just|simply|then)\s+)*(?:(?:be\s+able\s+(?:to\s+)?|be\s+able\s+|` +
    String.raw`have\s+the\s+(?:ability|option|possibility|opportunity|means)\s+to\s+|be\s+allowed\s+to\s+|` +
    String.raw`be\s+given\s+the\s+(?:ability|option)\s+to\s+|have\s+a\s+way\s+to\s+|be\s+enabled\s+to\s+|` +
    String.raw`easily\s+|quickly\s+))+`,
  'i',
);
/** `log` is a task ("log better") unless the person logs in. */
const LOG_TASK = /^log(?!\s+(?:in|on|out|into|onto)\b)\b/i;
/** "via Shibboleth", "by emailing them": the means, up to six words of it. */
const MECHANISM = new RegExp(
  String.raw`(?<!\b(?:that|which)\s+(?:was|were|is|are|has\s+been)\s+\w+\s+)` +
    // "when using NLX Management" says when the person does it, not by what means.
    String.raw`(?<!\b(?:when|while|whilst|once)\s+)` +
    String.raw`\b(?:via|using|through|by\s+means\s+of|by\s+[a-z]+ing(?:\s+(?:them|him|her|us|me))?)\s+` +
    String.raw`((?:[\w'’.-]+\s*){1,6})`,
  'i',
);
/** Code identifiers (`FundingAgencyCode`, `publishStatus`) name the system's internals. */
const CAMEL_CASE = /\b(?:[A-Z][a-z]+(?:[A-Z][a-z]+){2,}|[a-z]+(?:[A-Z][a-z]+)+)\b/;
/** Cues the person wants to be rid of do not describe the solution. */
const AVOIDED = /\b(?:without|instead\s+of|rather\s+than|no\s+longer|not|never|avoid|stop)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Asking for a thing rather than to do something: "a tool that…", "have a place to…". */
const ASKS_FOR_A_THING = /^(?:have|get|a|an|some|more|the\s+(?:new\s+)?\w+\s+(?:page|view|screen|display))\b/i;

// Windows, in characters of the want after its lead-in. A want opens with its verb and that
// verb's object; the further in a cue stands, the likelier it belongs to a later clause.
/** A task verb must open the want; up to two emphasis markers (blanked to spaces) may precede it. */
const TASK_VERB_START = 3;
/**
 * How far in a task verb is looked for: the want's first five words or so. One found there but
 * not at the start makes no task, and keeps a leading `log` from counting ("log and index errors").
 */
const TASK_VERB_WINDOW = 30;
/** The object of a verb like "build": about ten words, enough for "an API for the orders of …". */
const TECH_OBJECT_WINDOW = 60;
/** A thing to build is an ordinary word, so only the verb's first few words count as its object. */
const ARTIFACT_OBJECT_WINDOW = 40;
/** After a person's verb, a technology counts only as the object itself ("search the Solr index"). */
const KNOWING_TECH_START = 25;
/** The thing a want asks for heads the want: its first eight words or so. */
const THING_WINDOW = 50;

/** The patterns of one vocabulary's lists. */
function compile(v: Vocabulary) {
  const participles = alternation(v.systemParticiples);
  return {
    /** The configuration's own output terms: the first thing looked for. */
    outputTerms: v.outputTerms.length ? wordRe(v.outputTerms) : undefined,
    /** Widgets and screens: naming one prescribes the solution whatever the verb. */
    strongUi: wordRe(v.uiWidgets),
    /** Screens and parts of screens that are also ordinary words: they count when asked for. */
    weakUi: wordRe(v.uiParts),
    strongTech: wordRe(v.techTerms),
    /** Things to build: asking to "have" one is asking for an output. */
    artifact: wordRe(v.artifacts),
    /** A person doing or learning something: an outcome unless the phrase also prescribes how. */
    knowingVerb: new RegExp(String.raw`^(?:${alternation(v.personVerbs)})\b`, 'i'),
    alwaysTask: wordRe(v.taskVerbs),
    /** Verbs that are a task only with a technical object: "build an API" but "build a shortlist". */
    techObjectVerb: new RegExp(String.raw`^(?:${alternation(v.techObjectVerbs)})\b`, 'i'),
    haveSomethingDone: new RegExp(
      String.raw`^(?:have\s+|get\s+)?(?:(?:the|all|my|our|a|an|each|every)\s+)?(?:[\w'’.-]+\s+){0,7}?` +
        String.raw`(?:be\s+|to\s+be\s+|are\s+|is\s+)?(?:\w+ly\s+)?(?:${participles})\b`,
      'i',
    ),
    /** "… be displayed", "… is stored redundantly": the system doing something, whatever verb leads in. */
    passiveSystem: new RegExp(
      String.raw`(?<!\b(?:not|cannot|can't|never)\s+)\bbe\s+(?:\w+ly\s+)?(?:${participles})\b`,
      'i',
    ),
    /** "have the repository queue my collection", "the header box to show …": a system as the actor. */
    systemActor: new RegExp(
      String.raw`^(?:have\s+)?(?:the|my|our)\s+(?:[\w+.-]+\s+){0,3}?(?:${alternation(v.systemActors)})\s+` +
        String.raw`(?:to\s+(?!be\b)[a-z]+|(?!to\b|be\b|is\b|are\b|run\b|work\b)[a-z]+)\b`,
      'i',
    ),
    /** "the system to send …"; a system that is to be, load, work or feel some way is a quality, not a behaviour. */
    systemSubject: new RegExp(
      String.raw`^(?:the|my|our|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:${alternation(v.systemNouns)})\s+to\s+` +
        String.raw`(?!be\b|load\b|work\b|run\b|respond\b|perform\b|feel\b|look\b)\w+`,
      'i',
    ),
    automatic: new RegExp(String.raw`\b(?:${alternation(v.automation)}|auto-\w+)\b`, 'i'),
    /** An interaction, unless it is one the person wants fewer of ("one click"). */
    interaction: new RegExp(
      String.raw`(?<!\b(?:one|a|single|few|fewer|two|three|extra|without|no|less|least|minimal|minimum\s+of)\s)` +
        String.raw`\b(?:${alternation(v.interactions)}|` +
        String.raw`fill(?:ing)?\s+(?:out|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}form|` +
        String.raw`^email|^e-mail|^text\s+(?=the|my|a)|^tweet)\b`,
      'i',
    ),
    /** A named product as the destination, at the end of the want: "publish Data Packages to CKAN". */
    namedDestination: new RegExp(
      String.raw`^(?:${alternation(v.publishVerbs)})\b.*\b(?:to|into)\s+(?:the\s+)?` +
        String.raw`([A-Z][\w.-]*[A-Za-z0-9](?:\s+[A-Z][\w.-]*)?)\s*$`,
    ),
    /** Looking at or using a screen or a tool is asking for that screen or tool: "view a dashboard". */
    useAThing: new RegExp(
      // The thing heads the object: "see the provenance of the page" asks for provenance, not a page.
      String.raw`^(?:${alternation(v.useVerbs)})\s+(?:a|an|the|my|our)\s+` +
        String.raw`(?:(?!(?:of|for|in|on|to|from|with|about|by)\b)[\w-]+\s+){0,3}?` +
        String.raw`(?:${alternation(v.usedThings)})s?\b`,
      'i',
    ),
    /** Saying where on screen something goes prescribes the UI: "on the homepage", "in the sidebar". */
    uiPlacement: new RegExp(
      String.raw`\b(?:on|in|from|at\s+the\s+top\s+of)\s+(?:the|my|a|each|every)\s+(?:[\w-]+\s+){0,2}?` +
        String.raw`(?:${alternation(v.screenParts)})s?\b`,
      'i',
    ),
    /** Verbs after which a widget is only what the person looks for. */
    findingVerb: new RegExp(String.raw`^(?:${alternation(v.findingVerbs)})\b`, 'i'),
  };
}

const patternsOf = perVocabulary(compile);

interface Hit {
  cue: string;
  start: number;
  end: number;
}

function find(re: RegExp, text: string): Hit | undefined {
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  for (const m of text.matchAll(new RegExp(re.source, flags))) {
    if (AVOIDED.test(text.slice(0, m.index))) continue;
    return { cue: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Returns why the want is an output, or undefined when it reads as an outcome. */
export function judgeOutcome(want: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): OutputJudgement | undefined {
  const p = patternsOf(vocabulary);
  const lead = LEAD_IN.exec(want);
  const offset = lead ? lead[0].length : 0;
  const phrase = want.slice(offset).replace(/[*_`]/g, ' ');
  const hit = (h: Hit | undefined, kind: OutputKind): OutputJudgement | undefined =>
    h ? { kind, cue: h.cue, start: h.start + offset, end: h.end + offset } : undefined;

  if (p.outputTerms) {
    const extra = hit(find(p.outputTerms, phrase), 'artifact');
    if (extra) return extra;
  }
  const knowing = p.knowingVerb.test(phrase);
  // Code identifiers name the system's internals whatever the verb.
  const camel = find(CAMEL_CASE, phrase);
  if (camel) return hit(camel, 'technology');
  const passive = find(p.passiveSystem, phrase);
  // "schedule a message to be displayed": the passive says what the person's object is for.
  if (passive && !(knowing && /\bto\s+$/i.test(phrase.slice(0, passive.start)))) return hit(passive, 'system');
  const task = find(p.alwaysTask, phrase.slice(0, TASK_VERB_WINDOW)) ?? find(LOG_TASK, phrase);
  if (task && task.start < TASK_VERB_START) return hit(task, 'task');
  if (p.techObjectVerb.test(phrase)) {
    // The verb's object follows it: a listed word that is the verb itself ("map lines") is not one.
    const after = (h: Hit | undefined) => (h && !opensWant(phrase, h.start) ? h : undefined);
    const object =
      after(find(p.strongTech, phrase.slice(0, TECH_OBJECT_WINDOW))) ??
      (!knowing ? after(find(p.artifact, phrase.slice(0, ARTIFACT_OBJECT_WINDOW))) : undefined);
    if (object) return hit(object, 'task');
  }
  if (!knowing) {
    const system =
      find(p.systemSubject, phrase) ??
      find(p.systemActor, phrase) ??
      find(p.haveSomethingDone, phrase) ??
      find(p.automatic, phrase);
    if (system) return hit(system, 'system');
  }
  const interaction = find(p.interaction, phrase);
  if (interaction) return hit(interaction, 'ui');
  const mechanism = MECHANISM.exec(phrase);
  if (mechanism && !AVOIDED.test(phrase.slice(0, mechanism.index))) {
    const means = mechanism[1]!;
    const named = /\b[A-Z]/.test(means);
    if (named || [p.strongTech, p.artifact, p.strongUi, p.weakUi].some((re) => re.test(means))) {
      return hit(wholeMatch(mechanism), 'technology');
    }
  }
  const thing = find(p.useAThing, phrase);
  if (thing) return hit(thing, 'artifact');
  const placement = find(p.uiPlacement, phrase);
  if (placement) return hit(placement, 'ui');
  const destination = p.namedDestination.exec(phrase);
  if (destination) return hit(wholeMatch(destination), 'technology');
  const ui = find(p.strongUi, phrase);
  if (ui && !isIncidental(p, phrase, ui.start) && !opensWant(phrase, ui.start)) return hit(ui, 'ui');
  const tech = find(p.strongTech, phrase);
  if (tech && (!knowing || tech.start < KNOWING_TECH_START)) return hit(tech, 'technology');
  if (!knowing && ASKS_FOR_A_THING.test(phrase)) {
    const head = phrase.slice(0, THING_WINDOW);
    const asked = find(p.artifact, head) ?? find(p.weakUi, head);
    if (asked) return hit(asked, 'artifact');
  }
  return undefined;
}

/** A widget's name opening the want is its verb: "map lines in my dataset", "tab through the form". */
function opensWant(phrase: string, at: number): boolean {
  return /^\s*(?:to\s+)?$/i.test(phrase.slice(0, at));
}

/** A match as a cue, without the white space it ends with. */
function wholeMatch(m: RegExpExecArray): Hit {
  return { cue: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length };
}

/** "find the sign-up button faster": the person's task is to find; the widget is only what they look for. */
function isIncidental(p: ReturnType<typeof compile>, phrase: string, at: number): boolean {
  return p.findingVerb.test(phrase) && !/\b(?:a|an)\s+$/i.test(phrase.slice(0, at));
}
