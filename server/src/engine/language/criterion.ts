/**
 * Classifies a success criterion (SPEC §3): an output or task ("API implemented"), an
 * unmeasurable wish ("Checkout is fast"), or a measurable signal — a quantity, a named
 * metric with a direction, or an observable behaviour ("Dispatchers reassign late drivers
 * without calling support"). Measurable criteria are also checked for a baseline and a
 * timeframe.
 */

import type { Vocabulary } from '../config/types.js';
import { alternation } from './pattern.js';
import { DEFAULT_VOCABULARY, perVocabulary } from './vocabulary.js';

export type CriterionKind = 'output' | 'unmeasurable' | 'measurable';

export interface CriterionJudgement {
  kind: CriterionKind;
  /** The word or phrase that decided it (for the message), when there is one. */
  cue?: string;
  hasBaseline: boolean;
  hasTimeframe: boolean;
}

/** Direction words that only state a bound ("below 2 s"): measurable with a number, not alone. */
const BOUND = /^(?:below|above|under|at\s+least|at\s+most)$/i;
/** "3 fewer tickets", "more signups": a count going one way (not "more … is better"). */
const FEWER_MORE_PLURAL = /\b(?:fewer|more|less)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b(?!\s+(?:is|are)\s+(?:better|easier))/i;
/** Where the criterion starts from: "from 12% today", "up from 3", "(baseline: …)". */
const BASELINE = new RegExp(
  String.raw`\bfrom\s+(?:[~≈]?\s*[$€£]?\d|today|the\s+current|current|a\s+baseline|baseline|zero|\w+\s+\d)|` +
    String.raw`\b(?:was|were|currently|baseline|today['’]s|compared\s+(?:to|with)|vs\.?|versus|` +
    String.raw`than\s+(?:today|now|last|before)|up\s+from|down\s+from)\b|\(\s*from\s+\d`,
  'i',
);
const MONTH =
  String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|` +
  String.raw`oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

/** The patterns of one vocabulary's lists. */
function compile(v: Vocabulary) {
  // "added to the backlog" is a delivery whatever it was added to.
  const delivery = String.raw`${alternation(v.deliveryStates)}|added\s+to\s+\w+`;
  // "the app sends …", but not "the app feels …": a quality is no capability.
  const product =
    String.raw`(?:the\s+)?(?:${alternation(v.productNouns)})\s+` +
    String.raw`(?!is\b|are\b|feels?\b|looks?\b|works?\b|seems?\b)\w+s\b`;
  return {
    deliveryWord: new RegExp(String.raw`^(?:${delivery})$`, 'i'),
    /** "Implement …", "Deployed to …": work to do or done, at the start. */
    leadingDelivery: new RegExp(String.raw`^(?:${delivery}|${alternation(v.deliveryTasks)})\b`, 'i'),
    trailingDelivery: new RegExp(String.raw`\b(?:${delivery})\s*[.!]?$`, 'i'),
    /** "The export is deployed …": a delivery in the first few words. */
    earlyDelivery: new RegExp(
      String.raw`^(?:[\w.'’/#-]+\s+){1,4}?(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?` +
        String.raw`(?:${delivery})\b`,
      'i',
    ),
    /** "Users can …", "the app sends …", "the page shows the …": a capability, not a change. */
    capability: new RegExp(
      String.raw`^(?:(?:the\s+)?(?:${alternation(v.capabilityPeople)})\s+can\b|${product}|` +
        String.raw`[\w-]+\s+(?:${alternation(v.featureVerbs)})\s+(?:\d+|an?|the|all)\b|supports?\s+\d+)`,
      'i',
    ),
    number: new RegExp(
      String.raw`(?:\d|\b(?:${alternation(v.numberWords)}|` +
        // "no P1 incidents": zero is a number too.
        String.raw`no\s+(?:p\d|sev|incidents?|errors?|complaints?|tickets?|calls?))\b|%|percent)`,
      'i',
    ),
    /** "2x better": a number on an unmeasurable word. */
    vagueNumber: new RegExp(
      String.raw`\b\d+(?:\.\d+)?\s*(?:x|%|times|percent)\s+(?:more\s+|less\s+)?` +
        String.raw`(?:${alternation(v.vagueComparatives)}|more\s+\w+ful)\b`,
      'i',
    ),
    direction: new RegExp(String.raw`\b(?:${alternation(v.directionWords)})\b`, 'i'),
    improve: new RegExp(String.raw`\b(?:${alternation(v.improveWords)})\b`, 'i'),
    metric: new RegExp(String.raw`\b(?:${alternation(v.metricWords)}|p\d\d|active\s+\w+)\b`, 'i'),
    stative: new RegExp(String.raw`^(?:${alternation(v.stativeVerbs)})$`, 'i'),
    /** A plural or a team as the subject, then its verb: "Dispatchers reassign …", "finance closes …". */
    subjectStart: new RegExp(
      String.raw`^(?:(?:the|our|new|returning|first-time|most|all|every)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?` +
        String.raw`([A-Za-z][\w-]*s|${alternation(v.groupSubjects)})\s+` +
        String.raw`(?:no\s+longer\s+|never\s+|always\s+|now\s+|stop\s+|start\s+)?([a-z][\w-]*)\b`,
      'i',
    ),
    vague: new RegExp(String.raw`\b(?:${alternation(v.vague)})\b`, 'i'),
    /** Vague too, but broader words ("quality", "risk"): quoted only when no word of `vague` is there. */
    vagueSecondary: new RegExp(String.raw`\b(?:${alternation(v.vagueSecondary)})\b`, 'i'),
    timeframe: new RegExp(
      [
        String.raw`\bby\s+(?:the\s+)?(?:end|start|close|middle)\b`,
        String.raw`\bby\s+(?:the\s+)?(?:q[1-4]|h[12]|fy\d*|${MONTH}|\d{4}|year[- ]end|next\s+\w+|` +
          String.raw`\w+\s+(?:${alternation(v.milestones)})|christmas|black\s+friday|week\s+\d+|` +
          String.raw`spring|summer|autumn|winter|\d+(?:st|nd|rd|th))\b`,
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

const patternsOf = perVocabulary(compile);

/** Strips what fixes add (placeholders and the kept original of an output criterion). */
export function criterionCore(text: string): string {
  return text
    .replace(/^\s*\[[ xX]\]\s*/, '')
    .replace(/\s*\(delivered by:[^)]*\)\s*$/i, '')
    .replace(/<[^<>\n]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Judges one criterion with the vocabulary's lists. `checkbox`: the criterion is a task-list
 * item (`- [ ] …`). A checkbox is how people write a to-do, so an item that is neither a
 * number nor a direction nor a behaviour is an output.
 */
export function judgeCriterion(
  raw: string,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
  checkbox = false,
): CriterionJudgement {
  const p = patternsOf(vocabulary);
  const text = criterionCore(raw).replace(/[*_`]/g, '');
  const hasBaseline = BASELINE.test(text);
  const hasTimeframe = p.timeframe.test(text);
  const result = (kind: CriterionKind, cue?: string): CriterionJudgement => ({
    kind,
    ...(cue ? { cue } : {}),
    hasBaseline,
    hasTimeframe,
  });

  const direction = p.direction.exec(text);
  const number = p.number.exec(text);
  const output = p.leadingDelivery.exec(text) ?? p.capability.exec(text);
  if (output) return result('output', output[0].trim());
  if (!direction) {
    const trailing = p.trailingDelivery.exec(text) ?? p.earlyDelivery.exec(text);
    if (trailing && !behaviourVerb(p, text)) return result('output', trailing[0].trim());
  }

  const vagueNumber = p.vagueNumber.exec(text);
  if (vagueNumber) return result('unmeasurable', vagueNumber[0]);
  if (number) return result('measurable', number[0]);
  if (checkbox && !direction && !behaviourVerb(p, text)) return result('output', '[ ]');
  if (direction && !BOUND.test(direction[0])) return result('measurable', direction[0]);
  const improve = p.improve.exec(text);
  if (improve && p.metric.test(text)) return result('measurable', improve[0]);
  const fewer = FEWER_MORE_PLURAL.exec(text);
  if (fewer && p.metric.test(fewer[0])) return result('measurable', fewer[0]);
  const vague = p.vague.exec(text) ?? p.vagueSecondary.exec(text);
  if (!vague) {
    const verb = behaviourVerb(p, text);
    if (verb) return result('measurable', verb);
  }
  if (fewer && !vague) return result('measurable', fewer[0]);
  return result('unmeasurable', vague?.[0]);
}

/** "Dispatchers reassign late drivers…": people doing something observable. */
function behaviourVerb(p: ReturnType<typeof compile>, text: string): string | undefined {
  const m = p.subjectStart.exec(text);
  if (!m) return undefined;
  const verb = m[2]!;
  if (p.stative.test(verb) || /ly$|ed$/.test(verb) || p.deliveryWord.test(verb)) return undefined;
  return verb;
}
