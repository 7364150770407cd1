import ambiguousLanguage from './ambiguous-language.js';
import duplicateStory from './duplicate-story.js';
import genericWho from './generic-who.js';
import incompleteMetric from './incomplete-metric.js';
import missingConsequence from './missing-consequence.js';
import missingOutcome from './missing-outcome.js';
import missingOutcomeSignal from './missing-outcome-signal.js';
import missingSuccess from './missing-success.js';
import missingWho from './missing-who.js';
import missingWhy from './missing-why.js';
import nonAtomic from './non-atomic.js';
import outputCriterion from './output-criterion.js';
import outputFocused from './output-focused.js';
import unmeasurableCriterion from './unmeasurable-criterion.js';
import unvalidatedAssumption from './unvalidated-assumption.js';
import whyRestatesWhat from './why-restates-what.js';
import type { Rule } from './rule.js';

/** Every rule, in the order of the catalogue (SPEC §3). Docs, schema and settings derive from this list. */
export const RULES: readonly Rule[] = [
  missingWho,
  genericWho,
  missingOutcome,
  outputFocused,
  missingWhy,
  whyRestatesWhat,
  missingSuccess,
  unmeasurableCriterion,
  outputCriterion,
  incompleteMetric,
  missingOutcomeSignal,
  missingConsequence,
  ambiguousLanguage,
  nonAtomic,
  duplicateStory,
  unvalidatedAssumption,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export const DOCS_BASE = 'https://github.com/storylint/storylint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
