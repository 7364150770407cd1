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
 * Words the person wants to avoid ("without a paper form") never count, nor does what the person
 * learns about, a quality asked of the system ("respond quickly") or a state of things ("have
 * files described"). Rules, not a classifier: see `npm run eval:output-focused` for why.
 */

import { alternation, phrasePattern } from './pattern.js';
import { DEFAULT_VOCABULARY, perVocabulary, type Vocabulary } from './vocabulary.js';
import { contentWords, stem } from './words.js';
import { firstSentence } from '../text/sentences.js';
import { goalOpening, opensWithBenefit, teamVerbsOf } from './goal-opening.js';

export type OutputKind = 'ui' | 'technology' | 'task' | 'system' | 'artifact';

export interface OutputJudgement {
  kind: OutputKind;
  /** What gave it away, for the message. */
  cue: string;
  /** Offsets of the cue in the judged text. */
  start: number;
  end: number;
  /** The cue is the means to a benefit the text names before it ("… by adding a cog"): what precedes is an outcome. */
  means?: true;
}

/** A list's words where neither a word character nor a hyphen touches them ("tab", not "tab-separated"). */
const wordRe = (words: readonly string[]) => new RegExp(String.raw`(?<![\w-])(?:${alternation(words)})(?![\w-])`, 'i');
/** A list of nouns as {@link wordRe}, each also in the plural: "services", "IP addresses", "URLs". */
const nounRe = (words: readonly string[]) =>
  new RegExp(String.raw`(?<![\w-])(?:${alternation(words)})(?:e?s)?(?![\w-])`, 'i');

/** Lead-ins that carry no meaning of their own: "be able to", "have the ability to". */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:to|really|also|just|simply|then)\s+)*(?:(?:be\s+able\s+(?:to\s+)?|be\s+able\s+|` +
    // "I want the ability to export reports" asks for the capability, not for reports.
    String.raw`(?:have\s+)?the\s+(?:ability|option|possibility|opportunity|means)\s+to\s+|be\s+allowed\s+to\s+|` +
    String.raw`be\s+given\s+the\s+(?:ability|option)\s+to\s+|be\s+enabled\s+to\s+|` +
    // "have a (visual) way of viewing", "have a method to batch ingest": the person's means to an end.
    String.raw`have\s+an?\s+(?:[\w-]+\s+)?(?:way|means|method|mechanism)\s+(?:to|of|for)\s+|` +
    String.raw`easily\s+|quickly\s+))+`,
  'i',
);
/** An example in an aside, "(e.g. through an API)": one way it could be done, not the way asked for. */
const EXAMPLE_ASIDE = /\((?:e\.\s?g\.?|eg\b|for\s+(?:example|instance)|such\s+as)[^()]*\)/gi;
/** `log` is a task ("log better") unless the person logs in. */
const LOG_TASK = /^log(?!\s+(?:in|on|out|into|onto)\b)\b/i;
/** "via Shibboleth", "by emailing them": the means, up to six words of it. */
const MECHANISM = new RegExp(
  String.raw`(?<!\b(?:that|which)\s+(?:was|were|is|are|has\s+been)\s+\w+\s+)` +
    // "when using NLX Management" says when the person does it, not by what means.
    String.raw`(?<!\b(?:when|while|whilst|once)\s+)` +
    // "trouble in using ALFRED": after a preposition "using" is the activity.
    String.raw`(?<!(?<!\b(?:log|logged|sign|signed|check|checked)\s+)` +
    String.raw`\b(?:in|with|of|for|about|at|from)\s+(?=using\b))` +
    // "the Task I am using in my Pipeline": a clause of its own says what is used, not by what means.
    String.raw`(?<!\b(?:I|we|you|they)\s*(?:am|are|was|were|'m|'re|’m|’re)\s+(?=using\b))` +
    // "browse through files", "sort through the FAQ": what is gone through is the way in, not a means.
    String.raw`(?<!\b(?:browse|browsing|look|looking|go|going|scroll|scrolling|flip|page|leaf|read|reading|` +
    String.raw`sort|sorting|search|searching|sift|sifting|dig|digging|navigate|navigating)` +
    String.raw`\s+(?:\w+ly\s+)?(?=through\b))` +
    // "as I work through the card game": what someone works through (not "my work through interactive maps").
    String.raw`(?<!\b(?:(?:I|we|you|they)\s+(?:work|get)|working|getting)\s+(?=through\b))` +
    // "sign in with Login.gov": signing in with a named provider names the means, as "using" does.
    String.raw`\b(?:via|using|through|by\s+means\s+of|by\s+[a-z]+ing(?:\s+(?:them|him|her|us|me))?|` +
    String.raw`(?<=\b(?:sign|signed|log|logged)\s+(?:in|on|up)\s+)with)\s+` +
    // The means ends with its line: a Goal written as a list goes on with its next item.
    String.raw`((?:[\w'’.-]+[ \t]*){1,6})`,
  'i',
);
/** Code identifiers (`FundingAgencyCode`, `publishStatus`) name the system's internals. */
const CAMEL_CASE = /\b(?:[A-Z][a-z]+(?:[A-Z][a-z]+){2,}|[a-z]+(?:[A-Z][a-z]+)+)\b/;
/**
 * Cues the person wants to be rid of do not describe the solution: up to six words on, as far
 * as "without having to use my browser's back button".
 */
const AVOIDED = /\b(?:without|instead\s+of|rather\s+than|no\s+longer|not|never|avoid|stop)\s+(?:[\w'’-]+\s+){0,6}$/i;
/** What the want is measured against names no means: "as easy to install as a Google Analytics tracker". */
const BENCHMARK = /\b(?:as\s+[\w'’-]+(?:\s+to\s+[\w'’-]+)?\s+as|similar\s+to|just\s+like)\s+(?:(?:an?|the)\s+)?$/i;
/** Asking for a thing rather than to do something: "a tool that…", "have a place to…". */
const ASKS_FOR_A_THING = new RegExp(
  // "get back to the home page", "get started": getting somewhere, not getting a thing.
  String.raw`^(?:have|get(?!\s+(?:back|to|around|through|into|in|out|rid|started|used)\b)|a|an|some|more|` +
    String.raw`the\s+(?:new\s+)?\w+\s+(?:page|view|screen|display))\b`,
  'i',
);
/** Up to eight words of subject: "that the digital copy I deposit is …". */
const ASSURED_SUBJECT = String.raw`(?:[\w'’/-]+\s+){1,8}?`;
/**
 * "be assured that the copies are stored redundantly": the person asks the system to behave a way.
 * Only a participle of what systems do counts ("is stored", not "can be taken out").
 */
const ASSURED_THAT = String.raw`\b(?:assured|sure|ensure)\s+that\s+${ASSURED_SUBJECT}(?:is|are|gets?)\s+(?:\w+ly\s+)?`;
/**
 * "ensure that application creation fails if any of its datasets cannot be created": the person asks the system
 * to fail in some case, a behaviour chosen for them. Not failing is a quality ("ensure that the import never fails"),
 * and the person's own failing is theirs ("ensure that I do not fail the audit").
 */
const ENSURED_FAILURE = new RegExp(
  String.raw`\b(?:ensure|make\s+sure)\s+that\s+(?!I\b|we\b)[^.;!?]{1,300}?` +
    String.raw`(?<!\b(?:not|never|n['’]t)\s+)\b(?:(?:will|should|must)\s+)?(?:fails?|aborts?)\b`,
  'i',
);
/** "have access to the files", "get easy access to …": the person gets at something, as with "access". */
const HAS_ACCESS = /^(?:have|get|gain|be\s+given)\s+(?:[\w-]+\s+)?access\s+to\b/i;
/** "visibility into which APIs are in use", "get insight into my spending": what the person comes to know. */
const HAS_VISIBILITY = new RegExp(
  String.raw`^(?:(?:have|get|gain|need)\s+)?(?:(?:more|better|full|clear|some)\s+)?` +
    String.raw`(?:visibility|insights?|oversight)\s+(?:into|of|over|on)\b`,
  'i',
);
/**
 * "have files adequately described": a state the person wants things in, not a thing asked for.
 * The participle ends the phrase or a preposition or conjunction follows it; one that the system
 * does ("have the data loaded") is caught before, by the system participles.
 */
const HAS_STATE = new RegExp(
  String.raw`^(?:have|get)\s+(?:(?:the|all|my|our|a|an|some|any|each|every|its|their)\s+)?(?:[\w'’-]+\s+){1,4}?` +
    String.raw`(?:\w+ly\s+)?[a-z]+(?:ed|en)(?=\s*$|\s*[,.;:]|\s+(?:so|when|by|with|in|for|at|before|after|and|or)\b)`,
  'i',
);

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
  const verbs = [
    ...v.personVerbs,
    ...v.infoVerbs,
    ...v.useVerbs,
    ...v.taskVerbs,
    ...v.techObjectVerbs,
    ...v.findingVerbs,
    'access',
  ];
  return {
    /** The configuration's own output terms: the first thing looked for. */
    outputTerms: v.outputTerms.length ? nounRe(v.outputTerms) : undefined,
    /** Widgets and screens: naming one prescribes the solution whatever the verb. */
    strongUi: nounRe(v.uiWidgets),
    /** Screens and parts of screens that are also ordinary words: they count when asked for. */
    weakUi: nounRe(v.uiParts),
    strongTech: nounRe(v.techTerms),
    /** Technologies and widgets, to tell which of a cue's words the who names too: the person's own product. */
    ownableWords: new Set([...v.techTerms, ...v.uiWidgets].map((w) => w.toLowerCase())),
    /** Words naming a role, not what the person works on: "developer" in "dataset developer". */
    roleWords: new Set([...v.personNouns, ...v.peopleNouns, ...v.genericWho, ...v.internalRoles].map((w) => stem(w))),
    /** A technology named as what a document is about: "the API docs", "the API reference". */
    techDocs: new RegExp(String.raw`^[\s-]*(?:${alternation(v.infoHeads)})\b`, 'i'),
    /**
     * Choosing the technology is the team's task: "adopt tools that …", "evaluate and select the database",
     * "the deployment services we select".
     */
    chooseTech: new RegExp(
      String.raw`(?:^(?:to\s+)?(?:\w+\s+and\s+)?(?:${alternation(v.choiceVerbs)})\s+(?:[\w-]+\s+){0,4}?` +
        String.raw`(?:${alternation(v.techKinds)})\b|\b(?:${alternation(v.techKinds)})\s+(?:we|I)\s+` +
        String.raw`(?:${alternation(v.choiceVerbs)})\b)`,
      'i',
    ),
    /** Things to build: asking to "have" one is asking for an output. */
    artifact: nounRe(v.artifacts),
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
    /** "be assured that the copies are stored redundantly": a system behaviour the person relies on. */
    assuredSystem: new RegExp(String.raw`${ASSURED_THAT}(?:${participles})\b`, 'i'),
    /** "… be displayed", "… is stored redundantly": the system doing something, whatever verb leads in. */
    passiveSystem: new RegExp(
      // A participle may follow another: "requests to be managed and cached".
      String.raw`(?<!\b(?:not|cannot|can't|never)\s+)\bbe\s+(?:\w+ly\s+)?(?:[a-z]+ed\s+(?:and|or)\s+)?` +
        String.raw`(?:${participles})\b`,
      'i',
    ),
    /** "have the repository queue my collection", "the header box to show …": a system as the actor. */
    systemActor: new RegExp(
      String.raw`^(?:have\s+)?(?:the|my|our)\s+(?:[\w+.-]+\s+){0,3}?(?:${alternation(v.systemActors)})\s+` +
        String.raw`(?:to\s+(?!be\b)[a-z]+|(?!to\b|be\b|is\b|are\b|run\b|work\b)[a-z]+)\b`,
      'i',
    ),
    /** "have the application respond quickly": a quality of the system, asked of whatever it is. */
    quality: new RegExp(
      String.raw`^(?:have\s+|get\s+)?(?:the|my|our|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?` +
        String.raw`(?:${alternation(v.systemNouns)})s?\s+(?:to\s+)?` +
        String.raw`(?:be|stay|remain|(?:${alternation(v.qualityVerbs)})` +
        // A quality verb takes no object: "run smoothly", "respond quickly to …", not "run a report".
        String.raw`(?=\s*$|\s*[,.;]|\s+(?:\w+ly|\w+er|in|on|under|at|with|without|when|across|as)\b))\b`,
      'i',
    ),
    /**
     * A named product as the actor: "New Relic to provide …", "have Symplectic Elements to communicate".
     * Two capitalised words at least, or one after "have": a single one opening the want may be its
     * verb ("Move to next step"). People ("have Admins to approve") are not products.
     */
    namedActor: new RegExp(
      String.raw`^(?:(?:have|get)\s+(?:[A-Z][\w.+-]*\s+){1,3}|(?:[A-Z][\w.+-]*\s+){2,3})to\s+(?:\w+ly\s+)?` +
        String.raw`(?!(?:the|an?|my|our|your|their|this|that|these|those|all|it|them|me|us|be)\b)[a-z]+\b`,
    ),
    /** Words that make a capitalised name a person or a group of people: "Admins", "Team Leads". */
    people: new Set(
      [...v.personNouns, ...v.peopleNouns, ...v.genericWho, ...v.internalRoles].map((w) => w.toLowerCase()),
    ),
    /** Learning about something: a technology or a screen in it is the topic ("learn how GitHub is used"). */
    infoVerb: new RegExp(String.raw`^(?:${alternation(v.infoVerbs)})\b`, 'i'),
    /** Where the system keeps things, when a named product: "hosted on GitLab", "recorded in Neurohub". */
    namedHome: new RegExp(
      String.raw`\b(?:${alternation(v.keptWords)})\s+(?:on|in|at)\s+(?:the\s+)?[A-Z][\w.-]*[A-Za-z0-9]\b`,
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
        // "click-through rate", "link clicks", "click goals": the clicks counted are a measure, not a way of doing.
        String.raw`(?<!\b(?:link|many|of)\s)` +
        // "how often users click into …": the clicks are counted.
        String.raw`(?<!\bhow\s+(?:often|many\s+times)\s+(?:[\w'’-]+\s+){0,3})` +
        String.raw`\b(?:(?:${alternation(v.interactions)})` +
        String.raw`(?![\s-]+(?:through|rates?|counts?|goals?)\b)|` +
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
        String.raw`(?:(?!(?:of|for|in|on|to|from|with|about|by|behind)\b)[\w-]+\s+){0,3}?` +
        String.raw`(?:${alternation(v.usedThings)})s?\b`,
      'i',
    ),
    /** Saying where on screen something goes prescribes the UI: "on the homepage", "in the sidebar". */
    uiPlacement: new RegExp(
      // A particular screen: "on each page", "on a sample page" say where, not which UI to build; the person's own
      // ("in my profile page") is where their things already are.
      String.raw`\b(?:on|in|from|at\s+the\s+top\s+of)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?` +
        String.raw`(?:${alternation(v.screenParts)})s?\b`,
      'i',
    ),
    /**
     * A file format the result is to come in prescribes the output: "export it as a CSV file",
     * "as EAD", "convert to PDF", "in JSON format". Not "search in PDF files": what is searched.
     */
    format: new RegExp(
      String.raw`\b(?:(?:as|to|into)\s+(?:an?\s+)?(?:${alternation(v.fileFormats)})` +
        String.raw`(?:\s+(?:files?|documents?|attachments?|exports?))?\b` +
        String.raw`|in\s+(?:an?\s+)?(?:${alternation(v.fileFormats)})\s+(?:format|form)\b` +
        // "download a CSV of the data": the format is the thing downloaded.
        String.raw`|^(?:download|export|get|receive)\s+an?\s+(?:${alternation(v.fileFormats)})` +
        String.raw`(?=\s+(?:of|with|for)\b))`,
      'i',
    ),
    /** A want opening with a verb of any list: not a noun phrase ("read the latest report", "access to …"). */
    anyVerb: new RegExp(String.raw`^\s*(?:${alternation(verbs)})\b`, 'i'),
    /** A want opening with something the person does, a goal verb too ("approve", "rank"). */
    doingVerb: new RegExp(String.raw`^\s*(?:to\s+)?(?:${alternation([...verbs, ...v.goalVerbs])})\b`, 'i'),
    /** What an actor does for the person: telling them something or helping them to it. */
    servingVerb: new RegExp(String.raw`^(?:${alternation(v.servingVerbs)})$`, 'i'),
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

/** The global copy of each pattern, made once: `matchAll` needs one, and compiling per call is most of the cost. */
const globalCopies = new WeakMap<RegExp, RegExp>();

function find(re: RegExp, text: string): Hit | undefined {
  let global = globalCopies.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalCopies.set(re, global);
  }
  // matchAll iterates over a copy, so the shared pattern's lastIndex is never disturbed.
  for (const m of text.matchAll(global)) {
    const before = text.slice(0, m.index);
    if (AVOIDED.test(before) || BENCHMARK.test(before)) continue;
    return { cue: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** A link's address, bare or a Markdown link's target: where something is, never the means asked for. */
const LINK_TARGET = /\b(?:https?|ftp):\/\/[^\s)>\]]+|\]\([^)\s]*\)/gi;

/**
 * The head of a want written as a noun phrase, its last word before the first preposition or clause: "visual
 * appraisal tools" in "visual appraisal tools for digital records". None when anything else follows the words
 * ("pages to load fast" asks the pages to be some way).
 */
const NOUN_HEAD = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,4}?([\w'’-]+)(?=\s+(?:for|of|that|which|who|with|from|in|on|at|across|` +
    String.raw`before|so|when|where|and|or|via|by)\b|\s*[,.;:(]|\s*$)`,
  'i',
);

/**
 * How the want is written after its verb of wanting: "I want to search …" (`infinitive`) or "I want visual
 * appraisal tools …" (`noun`), which asks for a thing by naming it, with no article to tell. Unknown when the
 * verb of wanting is not in sight (a field, a section).
 */
export type WantForm = 'infinitive' | 'noun';

/** Returns why the want is an output, or undefined when it reads as an outcome. */
export function judgeOutcome(
  want: string,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
  form?: WantForm,
): OutputJudgement | undefined {
  const p = patternsOf(vocabulary);
  const lead = LEAD_IN.exec(want);
  const offset = lead ? lead[0].length : 0;
  const phrase = want
    .slice(offset)
    .replace(/[*_`]/g, ' ')
    .replace(EXAMPLE_ASIDE, (m) => ' '.repeat(m.length))
    .replace(LINK_TARGET, (m) => ' '.repeat(m.length));
  const hit = (h: Hit | undefined, kind: OutputKind): OutputJudgement | undefined =>
    h ? { kind, cue: h.cue, start: h.start + offset, end: h.end + offset } : undefined;

  if (p.outputTerms) {
    const extra = hit(find(p.outputTerms, phrase), 'artifact');
    if (extra) return extra;
  }
  // "be automatically notified": the adverb says how the person is told, not what is built.
  const knowing =
    p.knowingVerb.test(phrase.replace(/^(\s*be)\s+\w+ly\b/i, '$1')) ||
    HAS_ACCESS.test(phrase) ||
    HAS_VISIBILITY.test(phrase);
  const quality = p.quality.test(phrase);
  // Code identifiers name the system's internals whatever the verb.
  const camel = find(CAMEL_CASE, phrase);
  if (camel) return hit(camel, 'technology');
  const passive = find(p.passiveSystem, phrase) ?? find(p.assuredSystem, phrase) ?? find(ENSURED_FAILURE, phrase);
  // "schedule a message to be displayed": the passive says what the person's object is for; "indicate where my
  // data will be stored" asks the person to say it: a question about the system is its topic, not its behaviour.
  const beforePassive = passive ? phrase.slice(0, passive.start) : '';
  const askedAbout = INDIRECT_QUESTION.test(beforePassive);
  if (passive && !askedAbout && !(knowing && /\bto\s+$/i.test(beforePassive))) return hit(passive, 'system');
  const chosen = find(p.chooseTech, phrase);
  if (chosen) return hit(chosen, 'task');
  const task = find(p.alwaysTask, phrase.slice(0, TASK_VERB_WINDOW)) ?? find(LOG_TASK, phrase);
  if (task && task.start < TASK_VERB_START) return hit(task, 'task');
  if (p.techObjectVerb.test(phrase)) {
    // The verb's object follows it: a listed word that is the verb itself ("map lines") is not one.
    const after = (h: Hit | undefined) => (h && !opensWant(phrase, h.start) ? h : undefined);
    const object =
      after(find(p.strongTech, phrase.slice(0, TECH_OBJECT_WINDOW))) ??
      (!knowing ? after(notTheirOwn(phrase, find(p.artifact, phrase.slice(0, ARTIFACT_OBJECT_WINDOW)))) : undefined);
    if (object) return hit(object, 'task');
  }
  if (!knowing) {
    const system =
      find(p.systemSubject, phrase) ??
      (quality ? undefined : find(p.systemActor, phrase)) ??
      notAsked(describesObject(saysWhich(p, phrase, find(p.haveSomethingDone, phrase)))) ??
      find(p.automatic, phrase) ??
      namedProduct(p, find(p.namedActor, phrase)) ??
      find(p.namedHome, phrase);
    if (system) return hit(system, 'system');
  }
  const interaction = find(p.interaction, phrase);
  if (interaction) return hit(interaction, 'ui');
  const mechanism = MECHANISM.exec(phrase);
  if (mechanism && !AVOIDED.test(phrase.slice(0, mechanism.index))) {
    const means = mechanism[1]!;
    const named = /\b[A-Z]/.test(means);
    // "by removing off-line services" is the person's own doing: after "by …ing" only a
    // technology or a widget is the means, not any thing the person acts on.
    const doing = /^by\s+(?!using\b)[a-z]+ing\b/i.test(mechanism[0]);
    const lists = doing ? [p.strongTech, p.strongUi] : [p.strongTech, p.artifact, p.strongUi, p.weakUi];
    if (named || lists.some((re) => re.test(means))) {
      return hit(wholeMatch(mechanism), 'technology');
    }
  }
  const byTech = byTechnology(p, phrase);
  if (byTech) return hit(byTech, 'technology');
  const format = find(p.format, phrase);
  if (format) return hit(format, 'technology');
  const thing = quality ? undefined : find(p.useAThing, phrase);
  if (thing) return hit(thing, 'artifact');
  const placement = find(p.uiPlacement, phrase);
  if (placement) return hit(placement, 'ui');
  const destination = p.namedDestination.exec(phrase);
  if (destination) return hit(wholeMatch(destination), 'technology');
  // What the person learns about is the topic, not the means.
  const topic = p.infoVerb.test(phrase);
  const ui = topic ? undefined : find(p.strongUi, phrase);
  if (
    ui &&
    !isIncidental(p, phrase, ui.start) &&
    !GOING_TO.test(phrase.slice(0, ui.start)) &&
    !opensWant(phrase, ui.start) &&
    !takesObject(phrase, ui.end) &&
    !onlyHolds(phrase, ui)
  )
    return hit(ui, 'ui');
  const found = topic ? undefined : find(p.strongTech, phrase);
  // "delete parents from the database", "import data from a Google Spreadsheet": where the things are now;
  // "any perspective contributed by a plugin": what made the thing, not the means asked for.
  const named =
    found && (FROM_A_PLACE.test(phrase.slice(0, found.start)) || agentOnly(phrase, found)) ? undefined : found;
  const tech = named && p.techDocs.test(phrase.slice(named.end)) ? undefined : named;
  // A technology's name opening the want is its verb: "zoom into visual content".
  const techVerb =
    tech &&
    opensWant(phrase, tech.start) &&
    // A term whose first word is a verb is that verb and its object: "search index cards".
    (VERB_AFTER.test(phrase.slice(tech.end)) || (/\s/.test(tech.cue) && p.anyVerb.test(phrase.slice(tech.start))));
  // "be warned if webhooks are slow": what the person is told about is the topic, not the means.
  const toldAbout = knowing && tech && TOLD_ABOUT.test(phrase.slice(0, tech.start));
  if (tech && !techVerb && !toldAbout && (!knowing || tech.start < KNOWING_TECH_START)) return hit(tech, 'technology');
  if (!knowing && !quality && ASKS_FOR_A_THING.test(phrase) && !HAS_STATE.test(phrase)) {
    const head = phrase.slice(0, THING_WINDOW);
    const asked = find(p.artifact, head) ?? find(p.weakUi, head);
    if (asked) return hit(asked, 'artifact');
  }
  // After "the ability to", "be able to" comes a verb, known to the lists or not: no noun phrase asked for.
  const verbFollows = lead !== null && /\bto\s+$/i.test(lead[0]);
  if (form === 'noun' && !verbFollows && !knowing && !quality && !p.anyVerb.test(phrase)) {
    const head = NOUN_HEAD.exec(phrase);
    const at = head ? head.index + head[0].length - head[1]!.length : -1;
    const word = head ? head[1]! : '';
    if (head && (wholeWord(p.artifact, word) || wholeWord(p.weakUi, word)))
      return hit({ cue: word, start: at, end: at + word.length }, 'artifact');
  }
  return undefined;
}

/** Whether a list's pattern matches the whole of `word`. */
const wholeWord = (re: RegExp, word: string) => re.exec(word)?.[0].length === word.length;

/** What a technology named next is where things come from: "from the", "from a Google …". */
const FROM_A_PLACE = /\bfrom\s+(?:(?:the|a|an|my|our|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A question word opening the clause a passive ends: "where my data will be stored" is asked about, not asked for. */
const INDIRECT_QUESTION = /\b(?:where|how|when|whether|if|what|which)\s+(?:[\w'’-]+\s+){0,6}$/i;

/** "indicate where my data will be stored": the system's doing is what the person says, not what is built. */
function notAsked(h: Hit | undefined): Hit | undefined {
  return h && INDIRECT_QUESTION.test(h.cue.replace(/\S+$/, '')) ? undefined : h;
}

/** A clause of what the person is told about, opened before a technology it names: "be warned if webhooks …". */
const TOLD_ABOUT = /\b(?:if|when|whenever|whether|about|which|what|how)\b/i;

/** Going somewhere: "get back to the home page" names where the person goes, not a page to build. */
const GOING_TO = /^(?:go|get|come|return|navigate)\s+(?:back\s+)?to\s+(?:the|my|a)\s+(?:[\w-]+\s+)?$/i;

/** What the person calls theirs: "modify my application" is their own, not a thing to build. */
const THEIR_OWN = /\b(?:my|our)\s+(?:[\w-]+\s+)?$/i;
const notTheirOwn = (phrase: string, h: Hit | undefined) =>
  h && THEIR_OWN.test(phrase.slice(0, h.start)) ? undefined : h;

/**
 * "approve scheduled disposal of data", "transfer files stored in Basecamp": after a verb of the person's own doing,
 * a participle with no "be" before it says which things the person acts on, not what the system is to do ("confirm
 * the recruiter is set up", "have my files stored twice" still are).
 */
function saysWhich(p: ReturnType<typeof compile>, phrase: string, h: Hit | undefined): Hit | undefined {
  return h &&
    !/^\s*(?:have|get)\b/i.test(phrase) &&
    p.doingVerb.test(phrase) &&
    !/\b(?:be|is|are|was|were|been)\b/i.test(h.cue)
    ? undefined
    : h;
}

/** "restrict access by IP address": a technology the person does something by is the means. */
const BY = /\bby\s+(?:(?:an?|the|their|its|my)\s+)?/gi;
/**
 * A participle closing a noun's description: "any perspective contributed by", not "be notified by". What did
 * the thing is then its agent, not the means asked for, unless it is named ("handled by PayPal"). Lower case: a
 * name in capitals ending in "ed" ("ALFRED by speech") is no participle.
 */
const DESCRIBED_BY = new RegExp(
  String.raw`(?<!\b(?:be|get|being|getting|been|is|are|was|were)\s+)\b[a-z]+ed\s+${BY.source}$`,
);
/** Whether the technology at `h` is the agent of a participle describing a thing, and not named. */
const agentOnly = (phrase: string, h: Hit) => DESCRIBED_BY.test(phrase.slice(0, h.start)) && !/^[A-Z]/.test(h.cue);
function byTechnology(p: ReturnType<typeof compile>, phrase: string): Hit | undefined {
  for (const m of phrase.matchAll(BY)) {
    if (AVOIDED.test(phrase.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const tech = p.strongTech.exec(phrase.slice(at));
    if (tech && agentOnly(phrase, { cue: tech[0], start: at, end: at + tech[0].length })) continue;
    if (tech?.index === 0)
      return { cue: phrase.slice(m.index, at + tech[0].length), start: m.index, end: at + tech[0].length };
  }
  return undefined;
}

/** What follows a verb and never a noun of a compound: a particle or a determiner ("zoom into", "map the"). */
const VERB_AFTER =
  /^\s+(?:into|in|out|on|onto|to|through|up|down|the|a|an|my|our|their|your|this|that|these|those|all|each|every)\b/i;

/** A widget's name opening the want is its verb: "map lines in my dataset", "tab through the form". */
function opensWant(phrase: string, at: number): boolean {
  return /^\s*(?:to\s+)?$/i.test(phrase.slice(0, at));
}

/**
 * "refund money that was processed": a relative clause in the past says what happened to the
 * object, not how the system is to work ("a way … that is integrated with Wormbase" still counts).
 */
function describesObject(h: Hit | undefined): Hit | undefined {
  const before = h?.cue.replace(/\S+$/, '') ?? '';
  return h && /\b(?:that|which|who)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$/i.test(before)
    ? undefined
    : h;
}

/** A named actor that is a product, not people: "New Relic to provide", not "have Team Leads to approve". */
function namedProduct(p: ReturnType<typeof compile>, h: Hit | undefined): Hit | undefined {
  const words =
    h?.cue
      .replace(/^(?:have|get)\s+/i, '')
      .split(/\s+/)
      .slice(0, -2) ?? [];
  // "have ALFRED to remind people", "have ALFRED to help me": being told or helped is what the person gets.
  if (h && p.servingVerb.test(h.cue.split(/\s+/).at(-1) ?? '')) return undefined;
  return h && !words.some((w) => p.people.has(w.toLowerCase()) || p.people.has(w.toLowerCase().replace(/s$/, '')))
    ? h
    : undefined;
}

/**
 * "the data behind the dashboard", "the dashboard's key insights": the widget only holds what is
 * asked for, the product the want is about, not a widget asked for.
 */
function onlyHolds(phrase: string, h: Hit): boolean {
  return (
    /\bbehind\s+(?:the|a|an|this|that|our|my|its)\s+(?:[\w-]+\s+){0,2}$/i.test(phrase.slice(0, h.start)) ||
    /^['’]s\s+[\w-]/.test(phrase.slice(h.end))
  );
}

/** A widget's name with an object after it is a verb: "alias (or map) an item", "tab the fields". */
function takesObject(phrase: string, end: number): boolean {
  return /^\)?\s+(?:an?|the|my|our|their|your|each|every|all)\s/i.test(phrase.slice(end));
}

/** A match as a cue, without the white space it ends with. */
function wholeMatch(m: RegExpExecArray): Hit {
  return { cue: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length };
}

/** "find the sign-up button faster": the person's task is to find; the widget is only what they look for. */
function isIncidental(p: ReturnType<typeof compile>, phrase: string, at: number): boolean {
  return p.findingVerb.test(phrase) && !/\b(?:a|an)\s+$/i.test(phrase.slice(0, at));
}

/**
 * Judges the want of a story whose who is `who`. A technology or a widget the who names ("consumer
 * of the API", "map owner") is their own product, not a means chosen for them ("As a consumer of the
 * API, I want reliable uptime for the API"): the want is judged again with those words blanked out,
 * keeping every offset.
 */
export function judgeOutcomeFor(
  want: string,
  who: string | undefined,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
  form?: WantForm,
): OutputJudgement | undefined {
  let judged = want;
  let judgement = judgeOutcome(judged, vocabulary, form);
  const { ownableWords } = patternsOf(vocabulary);
  // "As a dataset developer, I want to deploy a new version of a dataset type": the task is the person's own
  // work on what the who says they work on, not the team's; what else the want names is still judged.
  // "As the host of a webinar, I want to host a game during it": the task is the doing the who is named for.
  if (
    judgement?.kind === 'task' &&
    who &&
    (namedForDoing(who, want, judgement) || worksOn(who, want.slice(judgement.end), vocabulary))
  ) {
    judged =
      judged.slice(0, judgement.start) + 'x'.repeat(judgement.end - judgement.start) + judged.slice(judgement.end);
    judgement = judgeOutcome(judged, vocabulary, form);
  }
  for (let round = 0; judgement && who && round < 3; round++) {
    const own = (judgement.cue.match(/[\p{L}\p{N}][\p{L}\p{N}.+-]*/gu) ?? []).filter(
      (w) => ownableWords.has(w.toLowerCase()) && wordIn(who, w),
    );
    if (own.length === 0) return judgement;
    for (const word of own) judged = judged.replace(wordPattern(word, 'gi'), (m) => 'x'.repeat(m.length));
    judgement = judgeOutcome(judged, vocabulary, form);
  }
  return judgement;
}

/**
 * Whether the task is the want's verb and the who is named for doing it: a "host" hosts, an "organizer" organizes, a
 * "publisher" publishes.
 */
function namedForDoing(who: string, want: string, task: OutputJudgement): boolean {
  const lead = LEAD_IN.exec(want);
  const opening = /^\s*([a-z]+)/i.exec(want.slice(lead ? lead[0].length : 0));
  const verb = opening?.[1]!.toLowerCase();
  if (!verb || !task.cue.trim().toLowerCase().startsWith(verb)) return false;
  // The verb itself or its agent noun, one or many: "host", "hosts", "organizer", "publishers", "editors".
  const agent = new RegExp(String.raw`^${verb}(?:e?r|or)?s?$`);
  return (who.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => agent.test(word));
}

/** How many words of a task's object (stop words aside) are read for what it works on: "a new version of a dataset". */
const OBJECT_WORDS = 4;

/** A who named by what the person works on and their role, three words at most: "Kubernetes cluster administrator". */
const ROLE_WORDS = 3;

/**
 * Whether the object of a task (`rest`, what follows its verb) is a thing the who says the person works on:
 * "a new version of a dataset type" for a dataset developer. Further on it is only mentioned ("select tools that
 * satisfy the needs of the project", for a project maintainer), and naming the people again ("an event in which
 * open source contributors …") is no thing worked on.
 */
function worksOn(who: string, rest: string, vocabulary: Vocabulary): boolean {
  const { roleWords } = patternsOf(vocabulary);
  const whoWords = contentWords(who, vocabulary);
  if (whoWords.length < 2 || whoWords.length > ROLE_WORDS || !roleWords.has(whoWords.at(-1)!)) return false;
  const worked = new Set(whoWords.slice(0, -1).filter((w) => !roleWords.has(w)));
  const object = contentWords(rest, vocabulary).slice(0, OBJECT_WORDS + ROLE_WORDS - 1);
  const peopleAgain = (i: number) => object.slice(i + 1, i + ROLE_WORDS).some((w) => roleWords.has(w));
  return object.some((w, i) => i < OBJECT_WORDS && worked.has(w) && !peopleAgain(i));
}

const wordPattern = (word: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(word)}(?![\\p{L}\\p{N}])`, flags + 'u');
const wordIn = (text: string, word: string) => wordPattern(word, 'i').test(text);

/** "make" → "making", "keep" → "keeping", "display" → "displaying". */
const gerundOf = (verb: string) => `${verb.toLowerCase().replace(/(?<=[^aeiouy])e$/, '')}ing`;
/** What a means' doing is read by: a benefit (by stem), a result ("making", "keeping"), giving information. */
const meansDoingOf = perVocabulary((v) => ({
  benefit: new Set([...v.enablingVerbs, ...v.aimVerbs].map((w) => stem(w))),
  result: new Set(v.resultVerbs.map(gerundOf)),
  telling: new Set(v.tellingVerbs.map(gerundOf)),
}));
/**
 * A means named for the benefit, in its first sentence: "by highlighting their comments", "through the use
 * of an in-feed notice", "via …", "using …" (not "when using", the situation). A change to bring about is
 * one more result ("by increasing visits", "by making it stand out").
 */
const GOAL_MEANS = new RegExp(
  // A word may come before the doing: "by lazy loading screens".
  String.raw`\b(?:by\s+(?!means\b)(?:([a-z]+ing)|[a-z]+\s+([a-z]+ing))\b|through\s+the\s+use\s+of\b|via\b|` +
    String.raw`(?<!\b(?:when|while|whilst)\s+)using\b)[^.!?\n]*`,
  'i',
);

/** What a Goal that opens with a benefit asks for besides it: the means it names, if any. */
function meansOfBenefit(text: string, vocabulary: Vocabulary): OutputJudgement | undefined {
  const m = GOAL_MEANS.exec(text.slice(0, firstSentence(text).end));
  if (!m) return undefined;
  const gerund = (m[1] ?? m[2])?.toLowerCase();
  const doing = meansDoingOf(vocabulary);
  if (gerund && (doing.benefit.has(stem(gerund)) || doing.result.has(gerund))) return undefined;
  // "by displaying the cost per thousand views": what people are shown is what they get, unless it is a widget.
  const rest = gerund ? m[0].slice(m[0].toLowerCase().indexOf(gerund) + gerund.length) : '';
  if (gerund && doing.telling.has(gerund) && !judgeOutcome(`show${rest}`, vocabulary)) return undefined;
  return { kind: 'system', cue: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length, means: true };
}

/**
 * Judges a Goal section. Written as an order to the team ("Move the permalink to the bottom", "Record 4 s
 * of gyroscope data", "Create a management console"), it names the team's work, an output; when its verb
 * says what people get or which number moves ("Allow users to …", "Increase engagement …"), it is a
 * change for people, unless it names the means to it. Otherwise it is judged as a want.
 */
export function judgeGoal(
  text: string,
  who?: string,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): OutputJudgement | undefined {
  const opening = goalOpening(text, vocabulary);
  if (opensWithBenefit(opening, vocabulary)) return meansOfBenefit(text, vocabulary);
  const judged = judgeOutcomeFor(text, who, vocabulary);
  if (judged || !opening || !teamVerbsOf(vocabulary).has(opening.verb)) return judged;
  const { clause: cue, start } = opening;
  return { kind: 'task', cue, start, end: start + cue.length };
}
