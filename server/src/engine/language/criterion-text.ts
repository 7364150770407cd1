/**
 * The words of a success criterion as the classifier reads them: without what fixes add, without
 * Markdown and links, and, for a Given/When/Then scenario, only its Then part (SPEC §3).
 */
import { DATE } from '../text/dates.js';

/** Strips what fixes add (placeholders and the kept original of an output criterion). */
export function criterionCore(text: string): string {
  return text
    .replace(/^\s*\[[ xX]\]\s*/, '')
    .replace(/\s*\(delivered by:[^)]*\)\s*$/i, '')
    .replace(/<[^<>\n]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Given/When/And/But step opens a scenario; its outcome is what follows Then. */
const STEP = /^(?:given|when|and|but)\b/i;
const THEN = /(?:^|[\s,;])then\b[\s,:]*/gi;

/** The part of a criterion that is judged: a scenario's Then part, or null for a Given or When step alone. */
export function judgedPart(text: string): string | null {
  if (!STEP.test(text) && !/^then\b/i.test(text)) return text;
  const thens = [...text.matchAll(THEN)];
  const last = thens[thens.length - 1];
  return last ? text.slice(last.index + last[0].length) : null;
}

/** A short `Label:` lead-in of up to three capitalised words, not a scenario's step keyword. */
const LABEL_LEAD = new RegExp(
  String.raw`^(?!(?:Given|When|Then|And|But|GIVEN|WHEN|THEN|AND|BUT)\s*:)` +
    String.raw`(?:[A-Z][\w/&-]*\s+){0,2}[A-Z][\w/&-]*\s*:\s+(?=\S)`,
);

/**
 * Plain words: Markdown links keep their text, URLs and emphasis go, a short `Label:` lead-in goes; not a scenario's
 * step written so ("Then: an error shows"): its keyword says which part of the scenario it is.
 */
export function plainCriterion(raw: string): string {
  return criterionCore(raw)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/[*_`~]/g, '')
    .replace(LABEL_LEAD, '')
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What points at other work rather than saying anything: a URL, an issue, merge request or epic
 * (`#1423`, `acme/billing#1424+`, `!88`, `&12`) or a Jira key (`PAY-1425`).
 */
const REFERENCE = /https?:\/\/\S+|(?:[\w.-]+\/[\w./-]+)?[#!&]\d+\+?|\b[A-Z][A-Z0-9]{1,9}-\d+\b/g;

/** Words that say what follows is only a reference to other work. */
const REFERENCE_LEADS = [
  'related',
  'related to',
  'relates to',
  'see',
  'see also',
  'ref',
  'refs',
  'reference',
  'references',
  'blocked by',
  'depends on',
  'part of',
  'follow-up',
  'follow-up of',
  'follow-up to',
  'duplicate of',
  // Where the criteria come from: "Adapted from [this spreadsheet](…)".
  'adapted from',
  'based on',
  'taken from',
  'copied from',
  'source',
  // "🔗 [Google Docs Source](…)": the link emoji says what follows is a link.
  '🔗',
  '📎',
];
const REFERENCE_LEAD = new RegExp(
  String.raw`^(?:${[...REFERENCE_LEADS].sort((a, b) => b.length - a.length).join('|')})\s*:?\s+`,
  'i',
);

/**
 * A criterion that only points elsewhere — a task list of sub-issues, a bare link — says nothing of its own to judge:
 * calling "#1423" a deliverable would be a finding no product owner keeps.
 */
export function isReferenceOnly(text: string): boolean {
  const core = criterionCore(text).replace(/[*_`~<>]/g, '');
  // "[Table of Contents](../README.md)": a link to another page of the docs, its title as its words.
  if (RELATIVE_LINK_ONLY.test(core.trim())) return true;
  const lead = REFERENCE_LEAD.exec(core);
  // After "Related", "See" or "Reference:", a link's words name what is referred to: the link is the reference.
  const rest = lead ? core.slice(lead[0].length).replace(/!?\[[^\]]*\]\(([^)]*)\)/g, ' $1 ') : core;
  return rest.search(REFERENCE) >= 0 && /^[\s,;.()+|-]*$/.test(rest.replace(REFERENCE, ' '));
}

/** A whole item that is one link to a page of the same docs (a relative target, no scheme). */
const RELATIVE_LINK_ONLY = /^\[[^\]\n]+\]\((?![a-z][a-z+.-]*:)[^()\s]+\)$/i;

/** "**Created**: 2025-01-17", "Version: 1.2": a record of the file, a label and a date or version, nothing else. */
const RECORD_LINE = new RegExp(
  String.raw`^(?:\*\*[^*\n]{1,30}\*\*:?|\*\*[^*\n]{1,30}:\*\*|[A-Z][\w ]{0,29}:)\s*(?:${DATE}|v?\d+(?:\.\d+)+)\s*$`,
  'i',
);
/**
 * "**Story Points**: 20", "**Progress**: 0%", "**User Stories**: 10": a tracker's count of the work, listed as an
 * epic's "Metrics", not a measure of the need.
 */
const TRACKER_COUNT = new RegExp(
  String.raw`^(?:\*\*)?(?:story\s+points|points|estimate|effort|progress|velocity|features|(?:user\s+)?stories|tasks|` +
    String.raw`epics|bugs|sprints?)(?:\*\*:|:\*\*|:)\s*\d+(?:\.\d+)?\s*%?\s*$`,
  'i',
);

/**
 * "**Status:** Draft", "Priority: High", "**Assignee:** @jane", "**Sprint:** 4", "Estimated time: 4 hours": a tracker's
 * field of the item, its value a word or three, which a story file keeps after its criteria.
 */
const TRACKER_FIELD = new RegExp(
  String.raw`^(?:\*\*)?(?:status|state|priority|severity|assignee|assigned\s+to|owner|reporter|labels?|tags?|sprint|` +
    String.raw`milestone|epic|iteration|estimate|estimated\s+(?:time|effort|hours)|time\s+estimate|` +
    String.raw`(?:story\s+)?points|effort|component|due(?:\s+date)?|fix\s+version)(?:\*\*:|:\*\*|:)` +
    String.raw`[ \t]*(?:[^\s*][^\s]*(?:[ \t]+[^\s]+){0,2})?[ \t]*$`,
  'i',
);

/**
 * The record lines a story file ends with ("**Created**: 2025-01-17", "**Last Updated**: 18 Nov 2025") fall into the
 * section above them: they are the file's dates, not a criterion of the story; so are a tracker's counts of the work
 * and its fields.
 */
export const isRecordLine = (text: string): boolean =>
  text
    .trim()
    .split(/\r?\n|\r/)
    .every((line) =>
      [RECORD_LINE, TRACKER_COUNT, TRACKER_FIELD, TRACE_LINE].some((pattern) => pattern.test(line.trim())),
    );

/** An item's identifier: "UC15", "FR-2", "REQ 12", "US-4.1". */
const ITEM_ID = String.raw`[A-Z]{1,6}[-_ ]?\d+(?:\.\d+)*`;
/** "**Covers:** UC15", "Implements: FR-2, FR-3": a label over the items the story traces to, nothing else. */
const TRACE_LINE = new RegExp(
  String.raw`^(?:\*\*[^*\n]{1,30}\*\*:?|\*\*[^*\n]{1,30}:\*\*|[A-Z][\w ]{0,29}:)\s*` +
    String.raw`${ITEM_ID}(?:\s*(?:,|&|\/|and)\s*${ITEM_ID})*\s*$`,
);

/** Lower-case words and numbers, in order ("p95", "2.4", "don't", "sign-ups"). */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}%][\p{L}\p{N}'’.%+-]*/gu) ?? [];
  return words.map((w) => w.replace(/[.'’+-]+$/, ''));
}
