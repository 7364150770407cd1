/**
 * The patterns the criterion judge reads with, compiled once per vocabulary from its word lists
 * (metric words, delivery states, vague words, milestones …). Shared by the clause reader and
 * the judge, so both see the same lists the user configured.
 */

import { isClauseLeadIn } from './lead-in.js';
import { alternation } from './pattern.js';
import { perVocabulary, type Vocabulary } from './vocabulary.js';

const MONTH =
  String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|` +
  String.raw`oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

/** Directions that only state a bound ("below 2 s"): no verb of their own. */
export const BOUND_WORDS = new Set(['above', 'below', 'under', 'least', 'most', 'exceed', 'exceeds']);

/** Words before a measure's head: "weekly number of …", "maximum number of …", "avg time spent …". */
const MEASURE_MODIFIERS =
  'weekly|monthly|daily|yearly|annual|overall|total|average|avg|median|mean|maximum|minimum|max|min';

/** The patterns of one vocabulary's lists. */
function compile(v: Vocabulary) {
  const singleWords = (list: readonly string[]) => new Set(list.filter((w) => !/\s/.test(w)));
  const phrases = (list: readonly string[]) => list.filter((w) => /\s/.test(w));
  // "UI" names no place on screen.
  const places = [...v.screenParts, ...v.uiWidgets.filter((w) => !/^g?ui$/.test(w)), 'bottom', 'top'];
  return {
    deliveryState: singleWords(v.deliveryStates),
    deliveryPhrase: new RegExp(String.raw`\b(?:${alternation(phrases(v.deliveryStates))})\b`, 'i'),
    deliveryTask: new Set(v.deliveryTasks),
    productVerb: new Set(v.productVerbs),
    /** "Header displays:": a subject and its verb before a colon, not a label. */
    clauseLeadIn: (lead: string) => isClauseLeadIn(lead, v),
    people: new Set([...v.peopleNouns, ...v.capabilityPeople, ...v.groupSubjects]),
    things: new Set(v.thingNouns),
    /** The team's own people ("developers", "QA"): a count of them is no one the change is for. */
    team: new Set(v.internalRoles.map((w) => w.toLowerCase())),
    stative: new Set(v.stativeVerbs),
    directionVerb: new Set(
      v.directionWords.filter((w) => !/\s/.test(w) && !BOUND_WORDS.has(w) && !/(?:ion|ing)$/.test(w)),
    ),
    improveVerb: new Set(v.improveWords.filter((w) => /^improv/.test(w))),
    metricWord: new Set(v.metricWords.filter((w) => !/\s/.test(w))),
    usageCount: new Set(v.usageCounts),
    /**
     * "Number of unique visitors", "Average response time", "The percentage of testers who …", "Number/Percent of
     * scans completed": a named measure.
     */
    metricHead: new RegExp(
      String.raw`^(?:the\s+(?=(?:${alternation(v.metricHeads)})\s+(?:of|since|to|per|spent)\b))?` +
        String.raw`(?:(?:${MEASURE_MODIFIERS})\s+)*` +
        String.raw`(?:(?:${alternation(v.metricHeads)})(?:\s*\/\s*(?:${alternation(v.metricHeads)}))?` +
        String.raw`\s+(?:of|since|to|per|spent)\b|%\s+of\b|` +
        String.raw`(?:total|average|median|mean)\s+(?!of\b)\w)`,
      'i',
    ),
    /** "Functional requirements", "The following UX requirements are satisfied:": a category, no criterion. */
    category: /\b(?:requirements|metrics|targets)\b(?:[^.:]*:\s*$|\s*$)/i,
    number: new RegExp(
      // Not a digit of a name ("ERC20 tokens", "S3 bucket"): one right after a letter counts nothing.
      String.raw`(?:(?<![a-z_\d])\d|\b(?:${alternation(v.numberWords)}|` +
        // "no P1 incidents": zero is a number too.
        // "A one-time code", "two-factor sign-in": a number word in a compound counts nothing.
        String.raw`no\s+(?:p\d|sev|incidents?|errors?|complaints?|tickets?|calls?))\b(?!-)|%|percent)`,
      'i',
    ),
    /** "2x better": a number on an unmeasurable word. */
    vagueNumber: new RegExp(
      String.raw`\b\d+(?:\.\d+)?\s*(?:x|%|times|percent)\s+(?:more\s+|less\s+)?` +
        String.raw`(?:${alternation(v.vagueComparatives)}|more\s+\w+ful)\b`,
      'i',
    ),
    /** "Fewer clicks", "more sign-ups": a count going one way. */
    fewerMore: /\b(?:fewer|more|less)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b(?!\s+(?:is|are)\s+(?:better|easier))/i,
    percentile: /\bp\d\d\b/i,
    /** "at the bottom of the form", "in the menu": somewhere on screen. */
    onScreen: new RegExp(
      String.raw`\b(?:in|on|at|under|above|below|inside|next\s+to)\s+(?:(?:the|a|an|each|every|this)\s+)?` +
        String.raw`(?:[\w-]+\s+){0,2}?(?:${alternation(places)})\b`,
      'i',
    ),
    // Not inside a name: "Simpler.Grants.gov", "simpler-grants-gov". Nor "as well" (also: "should be low as well"), nor
    // a verb with its particle ("Time slow down", a power-up's name): they judge nothing.
    vague: new RegExp(
      String.raw`(?<![\w.-])(?<!\bas\s+(?=well\b))(?:${alternation(v.vague)})(?![\w-]|\.\w|\s+down\b)`,
      'i',
    ),
    vagueSecondary: new RegExp(String.raw`(?<![\w.-])(?:${alternation(v.vagueSecondary)})(?![\w-]|\.\w)`, 'i'),
    timeframe: new RegExp(
      [
        String.raw`\bby\s+(?:the\s+)?(?:end|start|close|middle)\b`,
        String.raw`\bby\s+(?:the\s+)?(?:q[1-4]|h[12]|fy\d*|${MONTH}|\d{4}|year[- ]end|next\s+\w+|` +
          String.raw`[\w.]+\s+(?:${alternation(v.milestones)})|christmas|black\s+friday|week\s+\d+|` +
          String.raw`spring|summer|autumn|winter|\d+(?:st|nd|rd|th)|\d{1,2}\s+(?:${MONTH})|(?:${MONTH})\s+\d{1,2})\b`,
        String.raw`\bwithin\s+(?:the\s+)?(?:first\s+)?(?:\w+\s+)?(?:weeks?|months?|quarters?|years?|sprints?)\b`,
        String.raw`\bwithin\s+(?:\w+\s+)?(?:days?|hours?)\s+of\s+` +
          String.raw`(?:launch|release|go-live|going\s+live|the\s+change|rollout|roll-out|shipping)\b`,
        String.raw`\b(?:in|during)\s+(?:the\s+)?(?:q[1-4]|first|next|last|\d+\s+(?:days|weeks|months)|coming)\b`,
        String.raw`\bbefore\s+(?:the\s+)?(?:black\s+friday|launch|release|christmas|q[1-4]|\w+\s+\d{4}|end)\b`,
        String.raw`\bthis\s+(?:quarter|month|year|sprint|term|season)\b`,
        String.raw`\b(?:over|for)\s+the\s+(?:next|first)\b`,
        String.raw`\bafter\s+(?:launch|release)\b`,
        String.raw`\buntil\b`,
      ].join('|'),
      'i',
    ),
  };
}

export type Patterns = ReturnType<typeof compile>;

export const patternsOf = perVocabulary(compile);
