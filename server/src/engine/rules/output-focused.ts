import { askingSpans, opensWithSituation } from '../language/asks.js';
import { judgeGoal, judgeOutcomeFor, type OutputJudgement, type WantForm } from '../language/outcome.js';
import { GOAL_SECTION, PROBLEM_SECTION } from '../parse/labels.js';
import { parseSentence, takesNounPhrase } from '../parse/sentence.js';
import { maskCommentsAndFences } from '../parse/template.js';
import type { Vocabulary } from '../language/vocabulary.js';
import { containsPlaceholder, placeholder } from '../text/placeholder.js';
import { splitReason, type ReasonSplit } from '../language/reason-clause.js';
import type { Fix, Span, StoryElement, TextEdit } from '../types.js';
import { asBlock, awaitsOutcomeAfterRewrite, insertField, insertSection, personaOf } from './edits.js';
import { CRITERION_TEMPLATE } from './missing-success.js';
import type { StoryContext, StoryRule } from './rule.js';

const KIND_WORDS = {
  ui: 'a UI element or interaction',
  technology: 'a technology or mechanism',
  task: 'a technical task',
  system: 'a system behaviour chosen as the means',
  artifact: 'a thing to build',
} as const;

const rule: StoryRule = {
  id: 'output-focused',
  description: 'The outcome should be a change for the person, not a feature, UI element or technical task.',
  defaultSeverity: 'warning',
  guideline: 'Uncover the real problems users face, not just their requested solutions',
  scope: 'story',
  wantRule: true,
  fixable: 'rewrite',
  check(ctx) {
    const { story } = ctx;
    const outcome = story.elements.outcome;
    if (outcome && awaitsOutcomeAfterRewrite(story)) {
      ctx.report({
        message:
          'The request is now the proposed solution; the outcome is still a placeholder. ' +
          `Say what changes for ${personaOf(story)}.`,
        span: outcome.text.trim() ? outcome.span : (outcome.label ?? outcome.span),
      });
      return;
    }
    if (!outcome || !outcome.text.trim() || containsPlaceholder(outcome.text)) return;
    // "I don't want X" asks for a problem to go away: an outcome whatever X names.
    if (outcome.label && /n['’]t\s+want|\bnot\s+want/i.test(ctx.source.slice(outcome.label.start, outcome.label.end)))
      return;
    const who = story.elements.who;
    const person = who?.namesNobody ? undefined : who?.text;
    const label = outcome.label ? ctx.source.slice(outcome.label.start, outcome.label.end) : '';
    // A Goal section may be written as an order to the team.
    const goal = outcome.from === 'heading' && GOAL_SECTION.test(label);
    const problem = PROBLEM_SECTION.test(label);
    const whyInOutcome = story.elements.why !== undefined && within(story.elements.why.span, outcome.span);
    // A comment or a code block between the section's paragraphs is template text or an example, never the ask.
    const asked = maskCommentsAndFences(outcome.text);
    const asksNothing = () => askingSpans(asked, ctx.vocabulary).length === 0;
    // A Problem section that says in its own words why it matters (what the situation costs, a reason), or that
    // asks for nothing (no "should", no "we need", no list), describes a problem to go away: the technology or
    // screen it names is where things stand, not what is asked for. A list counts as asking here, unlike for
    // ambiguous-language: a Problem section written as a list is as often the spec of what to build (measured on
    // the tuning Goals: reading its bullets as how things are lost a true finding and no false one).
    if (problem && (whyInOutcome || asksNothing())) return;
    // So does a Goal that opens by telling how things are ("Right now, we show …") and asks for nothing: an order
    // to the team opens with its verb.
    if (goal && opensWithSituation(asked.trimStart(), ctx.vocabulary) && asksNothing()) return;
    const stated = outcome.from === 'heading' ? statementsJudged(asked, ctx.vocabulary) : undefined;
    const judgement = stated
      ? stated.judgement
      : goal
        ? judgeGoal(asked, person, ctx.vocabulary)
        : judgeOutcomeFor(asked, person, ctx.vocabulary, wantForm(outcome, label));
    if (!judgement) return;
    const persona = personaOf(story);
    // Quoted as one line: emphasis the author put around the words is masked as spaces.
    const cue = judgement.cue.trim().replace(/\s+/g, ' ');
    const message =
      `The outcome names ${KIND_WORDS[judgement.kind]} ("${cue}"), not a change for the person. ` +
      `Say what changes for ${persona}; keep the idea as the proposed solution.`;
    // A Problem section tells how things are: it holds no request to move under Proposed solution.
    if (problem) {
      ctx.report({ message, span: outcome.span });
      return;
    }
    const fix = rewriteOf(ctx, outcome, judgement, whyInOutcome);
    ctx.report({ message, span: outcome.span, ...(fix ? { fix } : {}) });
  },
};

/**
 * A section that holds story statements ("As a user replying to a request, I want to know why …") says what
 * people want in them: it is judged by each statement's want, for its own who, as a one-line story is — the who
 * ("an owner of an object on the map") and what runs on after the want are not what is asked. Undefined when the
 * section holds none; offsets are the section text's.
 */
function statementsJudged(text: string, vocabulary: Vocabulary): { judgement?: OutputJudgement } | undefined {
  let found = false;
  let lineStart = 0;
  for (const line of text.split(/(?<=\r\n|\n|\r)/)) {
    const sentence = parseSentence(line.replace(/(?:\r\n|\n|\r)$/, ''), lineStart);
    lineStart += line.length;
    const want = sentence?.outcome;
    if (!sentence?.who || !want || !want.text.trim()) continue;
    found = true;
    const judged = judgeOutcomeFor(want.text, sentence.who.text, vocabulary);
    if (judged)
      return { judgement: { ...judged, start: judged.start + want.span.start, end: judged.end + want.span.start } };
  }
  return found ? {} : undefined;
}

/**
 * The rewrite of an output-focused story (SPEC §3): the request moves to Proposed solution and the outcome becomes a
 * placeholder, a reason clause of the request stays the why, and missing sections are scaffolded. None when the
 * story's only why is the request's own prose and no clause of it can be kept apart: moved with it, out of reach,
 * the story would be asked for the why it gave.
 */
function rewriteOf(
  ctx: StoryContext,
  outcome: StoryElement,
  judgement: OutputJudgement,
  whyInOutcome: boolean,
): Fix | undefined {
  const { story, source } = ctx;
  const means = judgement.means ? meansEdits(ctx, outcome, judgement) : undefined;
  // A reason the request gives ("…, since sending cash is not supported") stays the story's why.
  const reason = means || (story.elements.why && !whyInOutcome) ? undefined : reasonOf(ctx, outcome);
  if (!means && !reason && whyInOutcome) return undefined;
  const edits: TextEdit[] = means ?? [
    { start: outcome.span.start, end: outcome.span.end, newText: placeholder(`what changes for ${personaOf(story)}?`) },
  ];
  const text = (span: Span) => capitalised(source.slice(span.start, span.end));
  if (reason) edits.push(insertField(ctx, 'why', text(reason.reason)));
  // Missing sections are scaffolded at the very places missing-consequence and missing-success would put them,
  // so fix-all never adds two.
  if (!story.oneLine && !story.elements.consequence)
    edits.push(insertField(ctx, 'consequence', placeholder("what happens if we don't do this?")));
  if (reason) {
    const rest = reason.rest ? source.slice(reason.rest.start, reason.rest.end) : '';
    const request = text(reason.request) + rest;
    edits.push(insertField(ctx, 'solution', asBlock(source, outcome.span, story.indent, ctx.eol, request)));
  } else if (!means) edits.push(insertField(ctx, 'solution', asBlock(source, outcome.span, story.indent, ctx.eol)));
  if (!story.oneLine && story.criteria.length === 0 && !story.elements.success)
    edits.push(insertSection(ctx, 'success', CRITERION_TEMPLATE));
  return means
    ? { title: 'Keep the benefit as the outcome (move the means to the proposed solution)', edits }
    : { title: 'Rewrite as an outcome story (keep the request as the proposed solution)', edits };
}

/**
 * A Goal naming its benefit and the means to it ("Increase reach for subscribers by highlighting their comments")
 * keeps the benefit, its outcome and its why, and only the means moves to Proposed solution.
 */
function meansEdits(ctx: StoryContext, outcome: StoryElement, judgement: OutputJudgement): TextEdit[] | undefined {
  const { source } = ctx;
  if (source.slice(outcome.span.start, outcome.span.end) !== outcome.text) return undefined;
  const start = outcome.span.start + judgement.start;
  const end = outcome.span.start + judgement.end;
  const cut = start - /[ \t]*,?[ \t]*$/.exec(source.slice(source.lineStartOf(start), start))![0].length;
  const aim = source.slice(outcome.span.start, cut).trim();
  if (!aim || /\n/.test(source.slice(cut, end))) return undefined;
  return [{ start: cut, end, newText: '' }, insertField(ctx, 'solution', capitalised(source.slice(start, end)))];
}

/**
 * A statement's want follows "I want to" or a verb of wanting with no "to" (a noun phrase); after "I can" or "I
 * should" it is a bare verb ("I can approve tools"). A field's or a section's form is unknown.
 */
function wantForm(outcome: StoryElement, label: string): WantForm | undefined {
  if (outcome.from !== 'sentence' || !label) return undefined;
  return takesNounPhrase(label) ? 'noun' : 'infinitive';
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The reason clause of a request, for a story whose only why is read from the request itself or that gives
 * none: it goes to `**Why:**` while the rest of the request moves. Document offsets; a section story's only.
 */
function reasonOf(ctx: StoryContext, outcome: StoryElement): ReasonSplit | undefined {
  const { story, source } = ctx;
  if (story.oneLine || source.slice(outcome.span.start, outcome.span.end) !== outcome.text) return undefined;
  const split = splitReason(outcome.text, ctx.vocabulary);
  if (!split) return undefined;
  const at = (span: Span) => ({ start: outcome.span.start + span.start, end: outcome.span.start + span.end });
  return {
    request: at(split.request),
    reason: at(split.reason),
    ...(split.rest ? { rest: at(split.rest) } : {}),
  };
}

export default rule;
