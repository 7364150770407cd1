/**
 * Every word list the rules judge with, one data file each under `words/` (sorted, unique,
 * lower-case). A configuration's `vocabulary` extends any of them by the same key; the
 * modules that judge text build their regular expressions from the lists of the vocabulary
 * they are given, once per vocabulary. Function words and the frames around the lists
 * (articles, auxiliaries, prepositions, negations, lead-ins) are grammar and stay in code.
 */
import ambiguous from './words/ambiguous.json';
import artifacts from './words/artifacts.json';
import askWords from './words/ask-words.json';
import automation from './words/automation.json';
import capabilityPeople from './words/capability-people.json';
import deliveryStates from './words/delivery-states.json';
import deliveryTasks from './words/delivery-tasks.json';
import directionWords from './words/direction-words.json';
import endVerbs from './words/end-verbs.json';
import featureVerbs from './words/feature-verbs.json';
import fileFormats from './words/file-formats.json';
import findingVerbs from './words/finding-verbs.json';
import genericWho from './words/generic-who.json';
import goalVerbs from './words/goal-verbs.json';
import groupSubjects from './words/group-subjects.json';
import improveWords from './words/improve-words.json';
import infoVerbs from './words/info-verbs.json';
import interactions from './words/interactions.json';
import keptWords from './words/kept-words.json';
import personCompounds from './words/person-compounds.json';
import lookVerbs from './words/look-verbs.json';
import toggleVerbs from './words/toggle-verbs.json';
import vagueQuantifiers from './words/vague-quantifiers.json';
import metricWords from './words/metric-words.json';
import milestones from './words/milestones.json';
import metricHeads from './words/metric-heads.json';
import usageCounts from './words/usage-counts.json';
import metricQualifiers from './words/metric-qualifiers.json';
import numberWords from './words/number-words.json';
import outputTerms from './words/output-terms.json';
import peopleNouns from './words/people-nouns.json';
import personVerbs from './words/person-verbs.json';
import productNouns from './words/product-nouns.json';
import productVerbs from './words/product-verbs.json';
import publishVerbs from './words/publish-verbs.json';
import qualityVerbs from './words/quality-verbs.json';
import screenParts from './words/screen-parts.json';
import situationOpeners from './words/situation-openers.json';
import stativeVerbs from './words/stative-verbs.json';
import stopWords from './words/stop-words.json';
import systemActors from './words/system-actors.json';
import systemNouns from './words/system-nouns.json';
import systemParticiples from './words/system-participles.json';
import taskVerbs from './words/task-verbs.json';
import techObjectVerbs from './words/tech-object-verbs.json';
import techTerms from './words/tech-terms.json';
import thingNouns from './words/thing-nouns.json';
import uiParts from './words/ui-parts.json';
import uiWidgets from './words/ui-widgets.json';
import useVerbs from './words/use-verbs.json';
import usedThings from './words/used-things.json';
import choiceVerbs from './words/choice-verbs.json';
import techKinds from './words/tech-kinds.json';
import infoHeads from './words/info-heads.json';
import vagueComparatives from './words/vague-comparatives.json';
import vagueSecondary from './words/vague-secondary.json';
import vague from './words/vague.json';
import validation from './words/validation.json';
import whoLabels from './words/who-labels.json';
import outcomeLabels from './words/outcome-labels.json';
import whyLabels from './words/why-labels.json';
import successLabels from './words/success-labels.json';
import consequenceLabels from './words/consequence-labels.json';
import assumptionLabels from './words/assumption-labels.json';
import solutionLabels from './words/solution-labels.json';
import contextLabels from './words/context-labels.json';
import bugLabels from './words/bug-labels.json';
import personNouns from './words/person-nouns.json';
import costWords from './words/cost-words.json';
import choreWords from './words/chore-words.json';
import stackWords from './words/stack-words.json';
import bugWords from './words/bug-words.json';
import spikeWords from './words/spike-words.json';
import internalRoles from './words/internal-roles.json';
import taskTags from './words/task-tags.json';
import cardFields from './words/card-fields.json';
import requestVerbs from './words/request-verbs.json';
import enablingVerbs from './words/enabling-verbs.json';
import aimVerbs from './words/aim-verbs.json';
import tellingVerbs from './words/telling-verbs.json';
import servingVerbs from './words/serving-verbs.json';
import resultVerbs from './words/result-verbs.json';
import purposeBlockers from './words/purpose-blockers.json';
import objectToVerbs from './words/object-to-verbs.json';

interface WordList {
  /** The built-in words: the data file's contents. */
  words: readonly string[];
  /** What the list is for, and the rule that reads it (the configuration schema shows it). */
  description: string;
}

/**
 * The lists by vocabulary key, in the order the configuration schema lists them. The data
 * file of each is `words/<key in kebab-case>.json`.
 */
export const WORD_LISTS = {
  genericWho: { words: genericWho, description: 'Personas that count as generic (generic-who).' },
  ambiguous: { words: ambiguous, description: 'Vague words and weasel words (ambiguous-language).' },
  vagueQuantifiers: {
    words: vagueQuantifiers,
    description:
      'Vague words that count: "rename several functions:" over the list of them is spelled out (ambiguous-language).',
  },
  askWords: {
    words: askWords,
    description:
      'Words that make a sentence of a Goal or Problem section an ask: "want", "should" (ambiguous-language).',
  },
  situationOpeners: {
    words: situationOpeners,
    description: 'Openings of a sentence about how things are: "There are", "We had" — no ask (ambiguous-language).',
  },
  vague: {
    words: vague,
    description: 'Words that make a criterion unmeasurable; the first one is quoted (unmeasurable-criterion).',
  },
  outputTerms: { words: outputTerms, description: 'Words that mark an outcome as an output (output-focused).' },
  validation: {
    words: validation,
    description: 'Words that say how an assumption is validated (unvalidated-assumption).',
  },
  // What the want of a story asks for (output-focused).
  uiWidgets: {
    words: uiWidgets,
    description: 'Widgets and screens: naming one prescribes the solution whatever the verb (output-focused).',
  },
  uiParts: {
    words: uiParts,
    description: 'Parts of screens that are also ordinary words: an output when asked for (output-focused).',
  },
  techTerms: { words: techTerms, description: 'Technologies, products and formats (output-focused).' },
  fileFormats: {
    words: fileFormats,
    description: 'File formats: "export it as a CSV file", "in PDF format" prescribe the output (output-focused).',
  },
  artifacts: { words: artifacts, description: 'Things to build: asking to have one is an output (output-focused).' },
  personVerbs: {
    words: personVerbs,
    description: 'A person doing or learning something (search, pay, be told): an outcome verb (output-focused).',
  },
  enablingVerbs: {
    words: enablingVerbs,
    description:
      'Verbs a Goal opens with to say what people can do or see ("Allow users to …", "Show …"): a change for people, ' +
      'not a task (output-focused).',
  },
  aimVerbs: {
    words: aimVerbs,
    description:
      'Verbs a Goal opens with to name its aim ("Increase …", "Reduce …", "Teach …"): a change for people, ' +
      'not a task (output-focused), and why the change matters (missing-why).',
  },
  servingVerbs: {
    words: servingVerbs,
    description:
      'What an actor does for a person: telling, reminding, advising or helping them ("have ALFRED to remind me"): ' +
      'what the person gets, not a system chosen as the means (output-focused).',
  },
  tellingVerbs: {
    words: tellingVerbs,
    description:
      'Verbs of giving people information: a benefit reached "by displaying the cost of a Boost" gives them that ' +
      'information, no means to move (output-focused).',
  },
  resultVerbs: {
    words: resultVerbs,
    description:
      'Verbs that bring things to a state: a benefit reached "by keeping your pages ad-free" names one more ' +
      'result, no means (output-focused).',
  },
  taskVerbs: {
    words: taskVerbs,
    description: 'Technical tasks whatever their object (migrate, deploy, refactor) (output-focused).',
  },
  techObjectVerbs: {
    words: techObjectVerbs,
    description: 'Verbs that are a task with a technical object: "build an API" (output-focused).',
  },
  systemParticiples: {
    words: systemParticiples,
    description: 'What a system does to data, as a participle: "be indexed", "data loaded" (output-focused).',
  },
  systemActors: {
    words: systemActors,
    description: 'Parts of a system that act in a want: "the repository queue my collection" (output-focused).',
  },
  systemNouns: {
    words: systemNouns,
    description: 'Systems asked to do something: "the system to send …" (output-focused).',
  },
  automation: { words: automation, description: 'Words of automation: "automatically", "nightly" (output-focused).' },
  interactions: {
    words: interactions,
    description: 'Interactions that prescribe the UI: "click on", "drag" (output-focused).',
  },
  publishVerbs: {
    words: publishVerbs,
    description: 'Verbs that send things to a named product: "publish … to CKAN" (output-focused).',
  },
  useVerbs: { words: useVerbs, description: 'Verbs of using a screen or a tool: "view a dashboard" (output-focused).' },
  usedThings: {
    words: usedThings,
    description: 'Screens and tools a person views or uses: asking for them is an output (output-focused).',
  },
  choiceVerbs: {
    words: choiceVerbs,
    description: 'Verbs of choosing a technology: "adopt tools", "select a database" (output-focused).',
  },
  techKinds: {
    words: techKinds,
    description: 'Kinds of technology a team chooses: tools, services, frameworks (output-focused).',
  },
  infoHeads: {
    words: infoHeads,
    description: 'Documents about a technology: "the API docs" asks for information, not the API (output-focused).',
  },
  screenParts: {
    words: screenParts,
    description: 'Places on screen: "on the homepage", "in the sidebar" prescribe the UI (output-focused).',
  },
  infoVerbs: {
    words: infoVerbs,
    description: 'Verbs of learning: a technology or a screen in what is learned is its topic (output-focused).',
  },
  qualityVerbs: {
    words: qualityVerbs,
    description: 'How a system performs: "the app to respond quickly" asks for a quality (output-focused).',
  },
  personCompounds: {
    words: personCompounds,
    description:
      'Nouns that make a person noun before them name a thing: "user stories", "user interface" (no who in prose).',
  },
  keptWords: {
    words: keptWords,
    description: 'Where things are kept: "hosted on GitLab" names the product as the means (output-focused).',
  },
  findingVerbs: {
    words: findingVerbs,
    description: 'Verbs of finding: the widget after them is only what the person looks for (output-focused).',
  },
  // What a success criterion says (unmeasurable-criterion, output-criterion, incomplete-metric).
  deliveryStates: {
    words: deliveryStates,
    description: 'States of delivered work: "deployed", "signed off" mark an output criterion (output-criterion).',
  },
  deliveryTasks: {
    words: deliveryTasks,
    description: 'Tasks that open an output criterion: "implement …", "add …" (output-criterion).',
  },
  capabilityPeople: {
    words: capabilityPeople,
    description: 'People in "users can …": a capability, an output criterion (output-criterion).',
  },
  productNouns: {
    words: productNouns,
    description: 'Products in "the app sends …": a capability, an output criterion (output-criterion).',
  },
  featureVerbs: {
    words: featureVerbs,
    description: 'Verbs of having a feature: "the page shows the …" is an output criterion (output-criterion).',
  },
  vagueSecondary: {
    words: vagueSecondary,
    description:
      'More words that make a criterion unmeasurable ("quality", "risk"), quoted only when no word of `vague` ' +
      'is in it (unmeasurable-criterion).',
  },
  numberWords: {
    words: numberWords,
    description: 'Numbers in words: "half", "twenty" make a criterion measurable (unmeasurable-criterion).',
  },
  vagueComparatives: {
    words: vagueComparatives,
    description: 'Comparatives that a number does not make measurable: "2x better" (unmeasurable-criterion).',
  },
  directionWords: {
    words: directionWords,
    description: 'Directions of a metric: "rises", "at least" (unmeasurable-criterion, incomplete-metric).',
  },
  improveWords: {
    words: improveWords,
    description: 'Directions that count only beside a metric: "improve", "lower" (unmeasurable-criterion).',
  },
  metricWords: {
    words: metricWords,
    description: 'Names of metrics: "conversion", "tickets" (unmeasurable-criterion).',
  },
  metricHeads: {
    words: metricHeads,
    description: 'Heads of a named measure: "number of …", "average …" make a criterion an outcome signal.',
  },
  usageCounts: {
    words: usageCounts,
    description: 'What people do with a product, counted: "500 installs" is a target (unmeasurable-criterion).',
  },
  productVerbs: {
    words: productVerbs,
    description: 'What a product does: "shows", "sends", "render …" make a criterion an acceptance check.',
  },
  peopleNouns: {
    words: peopleNouns,
    description: 'People who can be the subject of a behaviour: "maintainers", "patients" (outcome signals).',
  },
  thingNouns: {
    words: thingNouns,
    description:
      'Things named like people ("errors", "filters", "lists" end like "editors"): never the subject people are.',
  },
  stativeVerbs: {
    words: stativeVerbs,
    description: 'Verbs that are no observable behaviour: "feel", "know" (unmeasurable-criterion).',
  },
  groupSubjects: {
    words: groupSubjects,
    description: 'Teams that can be the subject of a behaviour: "finance", "support" (unmeasurable-criterion).',
  },
  milestones: {
    words: milestones,
    description: 'Events a deadline names: "by the spring release" (incomplete-metric).',
  },
  // What a want bundles (non-atomic) and what the why repeats (why-restates-what).
  goalVerbs: {
    words: goalVerbs,
    description: 'Verbs that each start a goal of their own: "export, print and share" (non-atomic).',
  },
  endVerbs: {
    words: endVerbs,
    description: 'Verbs that are the end of the goal before them: "enter my zip code and get …" (non-atomic).',
  },
  objectToVerbs: {
    words: objectToVerbs,
    description:
      'Verbs whose object takes a "to" of its own, or whose "to" says what a change is: "ask the admin to approve", ' +
      '"update the file to remove the code" (missing-why).',
  },
  purposeBlockers: {
    words: purposeBlockers,
    description:
      'Words that make a "to" after a want\'s object its own, not a purpose: "the option to", "how to" (missing-why).',
  },
  lookVerbs: {
    words: lookVerbs,
    description:
      'Verbs of looking for something: what follows is the end they serve, "search for and download" (non-atomic).',
  },
  toggleVerbs: {
    words: toggleVerbs,
    description:
      'Verbs that switch one thing back and forth, as pairs ("open/close"): "open and close the drawer" is one goal ' +
      '(non-atomic), as is a verb with its "un-" ("pin and unpin").',
  },
  stopWords: {
    words: stopWords,
    description: 'Words that carry no content when the why is compared with the outcome (why-restates-what).',
  },
  // Section names the story parser reads (SPEC §2).
  whoLabels: {
    words: whoLabels,
    description: 'Section names whose text says who has the need (story parser).',
  },
  outcomeLabels: {
    words: outcomeLabels,
    description: 'Section names whose text is the outcome (story parser).',
  },
  whyLabels: {
    words: whyLabels,
    description: 'Section names whose text says why it matters (story parser).',
  },
  successLabels: {
    words: successLabels,
    description: "Section names whose items say how we'll know: criteria, metrics (story parser).",
  },
  metricQualifiers: {
    words: metricQualifiers,
    description:
      'Words before "metrics" that say whose or which they are: "Internal Reliability Metrics" names a success ' +
      'section (story parser).',
  },
  consequenceLabels: {
    words: consequenceLabels,
    description: "Section names that say what happens if we don't (story parser).",
  },
  assumptionLabels: {
    words: assumptionLabels,
    description: 'Section names of assumptions (story parser).',
  },
  solutionLabels: {
    words: solutionLabels,
    description: 'Section names of a proposed solution (story parser).',
  },
  contextLabels: {
    words: contextLabels,
    description: 'Section names that are context of the story, no element: Background, Links (story parser).',
  },
  bugLabels: {
    words: bugLabels,
    description: 'Section names of a bug report: Steps to reproduce, Expected behaviour (story parser).',
  },
  personNouns: {
    words: personNouns,
    description: 'People a Problem or Background paragraph can name as having the need (story parser).',
  },
  costWords: {
    words: costWords,
    description: 'What a struggle costs: "confused", "manually", "lose" — prose that gives the why (story parser).',
  },
  choreWords: {
    words: choreWords,
    description: 'Technical chores: an item asking for one, for nobody named, is a task (story parser).',
  },
  stackWords: {
    words: stackWords,
    description:
      'Parts of a technology stack (API, database, pipeline): an item whose title names one, for nobody named, ' +
      "is a task; in its text they may be the product's own features, so there they decide nothing (story parser).",
  },
  bugWords: {
    words: bugWords,
    description: "Words of a defect in an item's title: a bug report (story parser).",
  },
  spikeWords: {
    words: spikeWords,
    description: 'Words of a spike: "investigate", "proof of concept" (story parser).',
  },
  internalRoles: {
    words: internalRoles,
    description: 'The team itself as persona (developers, QA): no product user, so a chore is a task (story parser).',
  },
  requestVerbs: {
    words: requestVerbs,
    description:
      'Verbs an issue title opens with to ask for something ("Improve …", "Use …"), beside the goal, task and ' +
      'product verbs: such a title states the outcome (missing-outcome).',
  },
  taskTags: {
    words: taskTags,
    description: 'Tags a title opens with for work that is not a story: "Chore:", "[Tech debt]" (story parser).',
  },
  cardFields: {
    words: cardFields,
    description:
      'Fields a board\'s card lists under its statement ("tags: [Sprint 2]", "workload: Easy"): ' +
      'no part of the story, which stays a one-line story (story parser).',
  },
} as const satisfies Record<string, WordList>;

/** The key of a word list in the configuration's `vocabulary`. */
export type VocabularyKey = keyof typeof WORD_LISTS;

/** Word lists the rules read, by key; a configuration adds to these, it does not replace them. */
export type Vocabulary = Record<VocabularyKey, string[]>;

/** The built-in vocabulary, frozen: a configuration that adds nothing shares it (and its compiled patterns). */
export const DEFAULT_VOCABULARY: Vocabulary = Object.freeze(
  Object.fromEntries(
    Object.entries(WORD_LISTS).map(([key, list]) => [key, Object.freeze([...list.words]) as string[]]),
  ) as Vocabulary,
);

/**
 * Memoises what a module builds from a vocabulary (its regular expressions and sets), once
 * per vocabulary object; the built-in vocabulary's are built at once, when the module loads.
 */
export function perVocabulary<T>(build: (vocabulary: Vocabulary) => T): (vocabulary: Vocabulary) => T {
  const cache = new WeakMap<Vocabulary, T>();
  const get = (vocabulary: Vocabulary): T => {
    let built = cache.get(vocabulary);
    if (built === undefined) {
      built = build(vocabulary);
      cache.set(vocabulary, built);
    }
    return built;
  };
  get(DEFAULT_VOCABULARY);
  return get;
}
