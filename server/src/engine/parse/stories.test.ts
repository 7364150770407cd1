/**
 * How a Markdown file becomes stories (SPEC §2): the three shapes, story boundaries,
 * one-line stories, and the exact range of every element.
 */
import { describe, expect, it } from 'vitest';
import { fixText, lintText, parseStories, prepareDocument } from '../lint.js';
import type { ElementKind, Span, Story } from '../types.js';

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

/** Each story's kind and its title (or its want): what a document is read as, at a glance. */
const kinds = (text: string) => parseStories(text).map((s) => `${s.kind}: ${s.title ?? s.sentence?.outcome?.text}`);

/** Each element's words, read back from the document through its span. */
function elementWords(text: string, story: Story): Partial<Record<ElementKind, string>> {
  return Object.fromEntries(Object.entries(story.elements).map(([kind, el]) => [kind, slice(text, el.span)]));
}

function only(text: string): Story {
  const stories = parseStories(text);
  expect(stories).toHaveLength(1);
  return stories[0]!;
}

describe('the value form', () => {
  it('reads bold labels with the colon inside the emphasis', () => {
    const text = [
      '## Save my card',
      '',
      '**Who:** returning shopper',
      '**Outcome:** pay without re-entering my card',
      '**Why:** typing a card number on a phone is slow',
      '',
    ].join('\n');
    const story = only(text);
    expect(story.shape).toBe('value');
    expect(story.title).toBe('Save my card');
    expect(slice(text, story.titleSpan)).toBe('Save my card');
    expect(elementWords(text, story)).toEqual({
      who: 'returning shopper',
      outcome: 'pay without re-entering my card',
      why: 'typing a card number on a phone is slow',
    });
    expect(slice(text, story.elements.who!.label)).toBe('**Who:**');
    expect(story.elements.who!.from).toBe('field');
    expect(story.elements.who!.text).toBe('returning shopper');
  });

  it('reads plain labels without emphasis', () => {
    const text = 'Who: dispatcher\nOutcome: reassign late drivers in seconds\nWhy: food arrives warm\n';
    const story = only(text);
    expect(elementWords(text, story)).toEqual({
      who: 'dispatcher',
      outcome: 'reassign late drivers in seconds',
      why: 'food arrives warm',
    });
    expect(slice(text, story.elements.outcome!.label)).toBe('Outcome:');
  });

  it('reads bold labels with the colon outside the emphasis', () => {
    const text = '## Alerts\n\n**Who**: ward nurse\n**Outcome**: be told when a lab result is critical\n';
    const story = only(text);
    expect(elementWords(text, story)).toEqual({ who: 'ward nurse', outcome: 'be told when a lab result is critical' });
    expect(slice(text, story.elements.who!.label)).toBe('**Who**:');
  });

  it('reads labels written as list items and inside a blockquote', () => {
    const text =
      '## Alerts\n\n- **Who:** ward nurse\n- Outcome: be told when a lab result is critical\n\n' +
      '> **Why:** patients are treated sooner\n';
    const story = only(text);
    expect(elementWords(text, story)).toEqual({
      who: 'ward nurse',
      outcome: 'be told when a lab result is critical',
      why: 'patients are treated sooner',
    });
  });

  it('reads labels case-insensitively', () => {
    const text =
      '## Alerts\n\n**WHO:** ward nurse\n**outcome:** be told when a lab result is critical\n' +
      '**wHy:** patients are treated sooner\n';
    expect(elementWords(text, only(text))).toEqual({
      who: 'ward nurse',
      outcome: 'be told when a lab result is critical',
      why: 'patients are treated sooner',
    });
  });

  const aliases = 'Goal, What, Benefit, Value, Signals, Measures, Cost of delay, Risk of not doing, Idea, Notes';
  it(`reads the aliases: ${aliases}`, () => {
    const text = [
      '## Reassign drivers',
      '',
      'Who: dispatcher',
      'Goal: reassign late drivers in seconds',
      'Benefit: customers get their food warm',
      'Signals: dispatch time drops from 5 min to 1 min by June',
      'Cost of delay: refunds for cold food keep growing',
      'Idea: a map of drivers',
      '',
    ].join('\n');
    const story = only(text);
    expect(elementWords(text, story)).toEqual({
      who: 'dispatcher',
      outcome: 'reassign late drivers in seconds',
      why: 'customers get their food warm',
      success: 'dispatch time drops from 5 min to 1 min by June',
      consequence: 'refunds for cold food keep growing',
      solution: 'a map of drivers',
    });
    expect(story.criteria.map((c) => slice(text, c.span))).toEqual(['dispatch time drops from 5 min to 1 min by June']);

    const other =
      'What: find a ward\nValue: saves a call\nMeasures: calls fall by 20%\n' +
      'Risk of not doing: staff quit\nNotes: maybe a search box\n';
    expect(elementWords(other, only(other))).toEqual({
      outcome: 'find a ward',
      why: 'saves a call',
      success: 'calls fall by 20%',
      consequence: 'staff quit',
      solution: 'maybe a search box',
    });
  });

  it("reads a How we'll know sub-heading with a list as the story's criteria", () => {
    const text = [
      '# Checkout',
      '',
      '**Who:** returning shopper',
      '**Outcome:** pay without re-entering my card',
      '',
      "### How we'll know",
      '',
      '- Card re-entry at checkout falls from 60% to 10% by Q3',
      '- Support tickets about payments fall',
      '',
      "### If we don't",
      '',
      'Shoppers keep abandoning their carts.',
      '',
    ].join('\n');
    const story = only(text);
    expect(story.criteria.map((c) => slice(text, c.span))).toEqual([
      'Card re-entry at checkout falls from 60% to 10% by Q3',
      'Support tickets about payments fall',
    ]);
    expect(story.criteria.map((c) => c.text)).toEqual(story.criteria.map((c) => slice(text, c.span)));
    expect(story.elements.success!.from).toBe('heading');
    expect(slice(text, story.elements.success!.label)).toBe("How we'll know");
    expect(story.elements.consequence!.from).toBe('heading');
    expect(slice(text, story.elements.consequence!.label)).toBe("If we don't");
    expect(slice(text, story.elements.consequence!.span)).toBe('Shoppers keep abandoning their carts.');
    // The label sub-sections belong to the story: it runs to the end of the file.
    expect(slice(text, story.span)).toBe(text.trimEnd());
  });

  it('reads label sub-headings case-insensitively, with an alias or a trailing colon', () => {
    const text =
      '# Alerts\n\n**Who:** ward nurse\n\n### SUCCESS CRITERIA:\n\n' +
      '- Time to treatment falls from 40 min to 15 min by Q2\n\n### cost of delay\n\n' +
      'Patients wait.\n';
    const story = only(text);
    expect(story.criteria.map((c) => c.text)).toEqual(['Time to treatment falls from 40 min to 15 min by Q2']);
    expect(slice(text, story.elements.consequence!.span)).toBe('Patients wait.');
  });

  it('does not read an image alone or the rows of a table under the criteria as criteria', () => {
    const text = [
      '# Update your interest tags',
      '',
      '**Who:** readers who follow no tags',
      '',
      '## Acceptance',
      '- [ ] The prompt is dismissable',
      '',
      '![mockup](/uploads/image.png)',
      '',
      '| Notice | Description |',
      '|--------|-------------|',
      '| Update your preferences | Updating your tags improves your feed |',
      '',
    ].join('\n');
    expect(only(text).criteria.map((c) => c.text)).toEqual(['The prompt is dismissable']);
  });

  it('reads the lines under a success label field, and a criterion written on the label line', () => {
    const text =
      "## Alerts\n\n**Who:** ward nurse\n**How we'll know:** Alerts are read within 5 minutes\n" +
      '- Time to treatment falls from 40 min to 15 min by Q2\n';
    const story = only(text);
    expect(story.criteria.map((c) => slice(text, c.span))).toEqual([
      'Alerts are read within 5 minutes',
      'Time to treatment falls from 40 min to 15 min by Q2',
    ]);
  });

  it('ends a criterion at the next label line, even with no blank line between them', () => {
    // Markdown folds the label line into the list item (a lazy continuation line); the
    // criterion must still stop where the next field starts, or fixes land in that field.
    const text =
      "## Alerts\n\n**Who:** ward nurse\n**How we'll know:**\n- Alerts are fast\n" + "**If we don't:** patients wait\n";
    const story = only(text);
    expect(story.criteria.map((c) => slice(text, c.span))).toEqual(['Alerts are fast']);
    expect(slice(text, story.elements.consequence!.span)).toBe('patients wait');
  });

  /** A story whose Definition of done is the given lines. */
  const definitionOfDone = (...lines: string[]) =>
    ['## Static site', '', '**Who:** member of the public', '', '### Definition of done', '', ...lines, ''].join('\n');

  it('reads a line of a paragraph as a criterion, and a sentence wrapped onto the next line as one', () => {
    const text = definitionOfDone(
      'These should describe the actions that a user takes, what they see as a result,',
      'and any other changes that we expect to take place.',
      'Pages load in under 2 seconds',
      'the contrast ratio is at least 4.5:1',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'These should describe the actions that a user takes, what they see as a result,\n' +
        'and any other changes that we expect to take place.',
      'Pages load in under 2 seconds',
      'the contrast ratio is at least 4.5:1',
    ]);
  });

  it('ends a field given on its line at the next "Key: value" paragraph, another field of the document', () => {
    const text = [
      '# Product Backlog',
      'Definition of Done: The app is testable and demoable in production.',
      'Scrum Master: Andrew',
      'Sprint 7 Planning Date/Time: 4/27 - 5/10',
      '14 story points for each person.',
      '',
    ].join('\n\n');
    expect(parseStories(text).flatMap((s) => s.criteria.map((c) => c.text))).toEqual([
      'The app is testable and demoable in production.',
    ]);
  });

  it('reads no criterion from a line that only joins two ("**or**" between exit criteria)', () => {
    const text = definitionOfDone(
      'Pages load in under 2 seconds  ',
      '**or**  ',
      'Pages are served from the cache',
      'OR',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'Pages load in under 2 seconds',
      'Pages are served from the cache',
    ]);
  });

  it('reads a hypothesis written over lines ("If we …" / "Then …" / "Because …") as one assumption', () => {
    const text = [
      '## User need',
      'As a candidate, I need to replace a reference, so that I can have 2 suitable referees.',
      '### Hypothesis',
      'If we cut the step, whether you apply again\nReferees stay suitable\nBecause the next page guides them',
      '### Hypothesis',
      'If we mark the section as complete\nThen candidates will know they need not review it',
      '### Assumptions',
      'If the referee is abroad, we email them.\nReferees reply within a week',
    ].join('\n\n');
    expect(only(text).assumptions.map((a) => a.text.replace(/\n/g, ' / '))).toEqual([
      'If we cut the step, whether you apply again / Referees stay suitable / Because the next page guides them',
      'If we mark the section as complete / Then candidates will know they need not review it',
      // An "If" that has its consequent on its line ends there.
      'If the referee is abroad, we email them.',
      'Referees reply within a week',
    ]);
  });

  it('reads each item of a nested list as a criterion of its own, and a group name over them as none', () => {
    const text = definitionOfDone(
      '- [ ] The following conditions have been satisfied for all tools:',
      '  - [ ] At least 3 members of the general public have been onboarded.',
      '  - [ ] Onboarding instructions are documented in a public place.',
      '- [ ] Basic requirements',
      '  - [ ] Code is deployed to main & PROD',
    );
    expect(only(text).criteria.map((c) => slice(text, c.span))).toEqual([
      'The following conditions have been satisfied for all tools:',
      'At least 3 members of the general public have been onboarded.',
      'Onboarding instructions are documented in a public place.',
      'Code is deployed to main & PROD',
    ]);
  });

  it('counts the words of a name exported with a character reference ("&#x20;The open source wiki") as a name', () => {
    const text = definitionOfDone(
      '* [x] &#x20;The site links to external resources, including:',
      '  * [x] &#x20;The open source wiki',
    );
    expect(only(text).criteria).toHaveLength(1);
  });

  it('keeps names that only complete an item with it, but not the short checks under a group name', () => {
    const text = definitionOfDone(
      '- [ ] The site links to external resources, including:',
      '  - [ ] The open source wiki',
      '  - [ ] The open source chat',
      '- [ ] Basic requirements',
      '  - [ ] Tests pass',
    );
    expect(only(text).criteria.map((c) => slice(text, c.span))).toEqual([
      'The site links to external resources, including:\n  - [ ] The open source wiki\n  - [ ] The open source chat',
      'Tests pass',
    ]);
  });

  it('reads a clause that leads into a list ("Each message shows:") as one criterion with the names under it', () => {
    const text = definitionOfDone(
      '- [x] Each message shows:',
      '  - Sender (agent or user)',
      '  - Avatar',
      '  - Thread count indicator if the message has replies',
      '- [ ] Slack-like UI with:',
      '  - Message threads per channel',
      '  - Modal for hiring flow',
      '- [ ] Must have:',
      '  - Tests pass',
    );
    expect(only(text).criteria.map((c) => slice(text, c.span))).toEqual([
      'Each message shows:\n  - Sender (agent or user)\n  - Avatar\n' +
        '  - Thread count indicator if the message has replies',
      'Slack-like UI with:\n  - Message threads per channel\n  - Modal for hiring flow',
      'Tests pass',
    ]);
  });

  it('reads an item left open on a comma ("Before adding the questions,") as the lead-in of those under it', () => {
    const text = definitionOfDone(
      '1. Before adding the questions to the assessment,',
      '    1. "Shuffle questions" is off by default',
      '    1. "Show immediate feedback" is off by default',
      '1. Learners see their score at the end',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      '"Shuffle questions" is off by default',
      '"Show immediate feedback" is off by default',
      'Learners see their score at the end',
    ]);
  });

  it('reads the examples a criterion lists ("Example statuses could be:") as part of it, not as criteria', () => {
    const text = definitionOfDone(
      '* The system **must** confirm the status returned. Example returned statuses could be:',
      '   * Appt successfully cancelled',
      '   * Not cancelled - appt requested was not found',
      '* The list shows the types of appointment, such as:',
      '   * Face-to-face',
      '   * Video call with the practice nurse or the GP',
      '* Tests pass',
    );
    expect(only(text).criteria.map((c) => c.text.split('\n')[0])).toEqual([
      'The system **must** confirm the status returned. Example returned statuses could be:',
      'The list shows the types of appointment, such as:',
      'Tests pass',
    ]);
  });

  it('reads an item all in bold over a nested list as the name of its group, as a bold line over a list', () => {
    const text = definitionOfDone(
      '1. **Complete removal of elderly-specific code**',
      '   - Environment variable ELDERLY_MODE_ENABLED removed',
      '   - All age-based conditional logic eliminated',
      '2. **Standard voice for all users** (no age-based branching)',
      '   - Speech rate 1.0',
    );
    expect(only(text).criteria.map((c) => slice(text, c.span))).toEqual([
      'Environment variable ELDERLY_MODE_ENABLED removed',
      'All age-based conditional logic eliminated',
      '**Standard voice for all users** (no age-based branching)\n   - Speech rate 1.0',
    ]);
  });

  it('marks task-list criteria with their checkbox and leaves the box out of the criterion', () => {
    const text =
      "## Alerts\n\n**Who:** ward nurse\n\n### How we'll know\n\n- [ ] Button added\n" +
      '- [x] Alerts sent to the ward phone\n- Time to treatment falls\n';
    const story = only(text);
    expect(story.criteria.map((c) => [slice(text, c.span), slice(text, c.checkbox)])).toEqual([
      ['Button added', '[ ]'],
      ['Alerts sent to the ward phone', '[x]'],
      ['Time to treatment falls', undefined],
    ]);
  });

  it('reads assumptions as items', () => {
    const text =
      '## Alerts\n\n**Who:** ward nurse\n\n### Assumptions\n\n' +
      '- Nurses read alerts on their phones\n- Nurses want this — validate by interviews\n';
    const story = only(text);
    expect(story.assumptions.map((a) => slice(text, a.span))).toEqual([
      'Nurses read alerts on their phones',
      'Nurses want this — validate by interviews',
    ]);
  });

  it("does not read the template's question over a list as an item", () => {
    const text =
      '## Alerts\n\n**Who:** ward nurse\n\n### Assumptions\n\n' +
      'What do we expect nurses to do at the beginning of a shift?\n\n' +
      '- [x] Nurses check the ward board first\n\nNurses read alerts on their phones\n';
    expect(only(text).assumptions.map((a) => slice(text, a.span))).toEqual([
      'Nurses check the ward board first',
      'Nurses read alerts on their phones',
    ]);
  });

  it('reads "Assumptions & dependencies" as what must be in place, not as assumptions to validate', () => {
    const text =
      '## Alerts\n\n**Who:** ward nurse\n\n### Assumptions & dependencies\n\n' +
      'What capabilities do we expect to be in place at the beginning of work\non this deliverable?\n\n' +
      '- [x] **Onboard dev team:** the team makes the key decisions\n';
    expect(only(text).assumptions).toEqual([]);
    expect(lintText(text).findings.filter((f) => f.ruleId === 'unvalidated-assumption')).toEqual([]);
  });
});

describe('labels exported from wikis', () => {
  it('reads a label whose trailing space is written as a character reference ("**Who:**&#x20;")', () => {
    const text =
      '## Kickoff\n\n* **Who:**&#x20;\n  * community members new to grants\n' +
      '* **Outcome:** members share one idea each\n';
    const story = only(text);
    expect(story.elements.who?.text).toContain('community members new to grants');
    expect(story.elements.outcome?.text).toBe('members share one idea each');
  });

  it('reads a line all in single emphasis ("*Acceptance Criteria*", as Jira bold exports) as a section name', () => {
    const text =
      '## Pickup store\n\n*Who:* returning shopper\n*Outcome:* pick the right store first time\n\n' +
      '*Acceptance Criteria*\n* Wrong-store pickups fall from 10% to 2% of orders by June 2026\n';
    const story = only(text);
    expect(story.criteria.map((c) => c.text)).toEqual([
      'Wrong-store pickups fall from 10% to 2% of orders by June 2026',
    ]);
    // A bullet is no emphasis: "* Acceptance criteria" is an item.
    expect(only('## Pickup\n\n*Who:* shopper\n\n* Acceptance criteria are agreed\n').criteria).toEqual([]);
  });

  it('reads a heading written without its space ("###Criteria", which CommonMark keeps as text) by its name', () => {
    const text =
      'Device state\n---\n\nAs an owner of the display, I want to turn it off, so that I save power.\n\n' +
      '###Criteria\n* Is able to turn the device off from an on state.\n';
    expect(only(text).criteria.map((c) => c.text)).toEqual(['Is able to turn the device off from an on state.']);
    // A hashtag is no heading, even one naming a part: "#criteria".
    expect(only(text.replace('###Criteria', '#criteria')).criteria).toEqual([]);
  });

  it('reads a Jira wiki heading line ("h3. Acceptance criteria", as a pasted description keeps it) by its name', () => {
    const text =
      '# PAY-812 Save card at checkout\n\nh3. User story\nAs a returning shopper, I want to pay with my last card, ' +
      'so that I can check out in under a minute.\n\nh3. Acceptance criteria\n' +
      '* Checkout time for returning shoppers falls from 3 minutes to 1 by end of Q2\n\n' +
      "h3. If we don't\nReturning shoppers keep abandoning at the payment step.\n";
    const story = only(text);
    expect(elementWords(text, story)).toMatchObject({
      who: 'returning shopper',
      outcome: 'pay with my last card',
      consequence: 'Returning shoppers keep abandoning at the payment step.',
    });
    expect(story.criteria.map((c) => c.text)).toEqual([
      'Checkout time for returning shoppers falls from 3 minutes to 1 by end of Q2',
    ]);
    expect(lintText(text).findings.map((f) => f.ruleId)).toEqual([]);
    // Only a known name makes a heading: "h3. Fix the login" is a sentence, and "h3." needs its space.
    expect(only('## Login\n\nh3. Who ate the cookies\n').elements.who).toBeUndefined();
    expect(only("## Login\n\n**Who:** nurse\n\nh3.If we don't\nnurses wait\n").elements.consequence).toBeUndefined();
  });

  it('reads a heading that ends in a space written as a character reference by its name', () => {
    const text =
      '## Search\n\n**Who:** grant seekers\n**Outcome:** find open grants\n\n### Definition of done&#x20;\n\n' +
      '* [ ] Nine in ten grant seekers find an open grant within a week, by June 2025\n';
    const story = only(text);
    expect(story.elements.success).toBeDefined();
    expect(story.criteria.map((c) => c.text)).toEqual([
      'Nine in ten grant seekers find an open grant within a week, by June 2025',
    ]);
  });
});

describe('the classic form', () => {
  it('reads "As a <who>, I want <outcome>, so that <why>" with the keywords as labels', () => {
    const text =
      '## Save card\n\n' +
      'As a returning shopper, I want to pay without re-entering my card, so that checkout takes less time.\n';
    const story = only(text);
    expect(story.shape).toBe('classic');
    expect(story.oneLine).toBe(false);
    expect(elementWords(text, story)).toEqual({
      who: 'returning shopper',
      outcome: 'pay without re-entering my card',
      why: 'checkout takes less time',
    });
    const sentence = story.sentence!;
    expect(sentence.form).toBe('classic');
    expect(slice(text, sentence.span)).toBe(
      'As a returning shopper, I want to pay without re-entering my card, so that checkout takes less time',
    );
    expect(slice(text, sentence.who!.label)).toBe('As a');
    expect(slice(text, sentence.outcome!.label)).toBe('I want to');
    expect(slice(text, sentence.why!.label)).toBe('so that');
    expect(story.elements.who!.from).toBe('sentence');
  });

  it('reads "As a(n)", as templates write the article for either, as the who\'s label', () => {
    const text = '## Device\n\nAs a(n) owner of the display, I want to turn it off, so that I save power.\n';
    expect(elementWords(text, only(text)).who).toBe('owner of the display');
    expect(slice(text, only(text).sentence!.who!.label)).toBe('As a(n)');
  });

  it('reads the keywords in emphasis on one line, as Jira writes them ("*As a* … *I want* … *so that* …")', () => {
    for (const mark of ['*', '_', '**']) {
      const k = (words: string) => `${mark}${words}${mark}`;
      const text =
        '## SHOP-123 Save card\n\n' +
        `${k('As a')} returning shopper ${k('I want')} to pay without re-entering my card ${k('so that')} I can ` +
        'check out in seconds.\n';
      expect(elementWords(text, only(text)), mark).toEqual({
        who: 'returning shopper',
        outcome: 'pay without re-entering my card',
        why: 'I can check out in seconds',
      });
    }
  });

  it('reads keywords in bold italics ("**_As a_** … ***I want*** …") as the same keywords', () => {
    for (const [open, close] of [
      ['**_', '_**'],
      ['_**', '**_'],
      ['***', '***'],
    ]) {
      const k = (words: string) => `${open}${words}${close}`;
      const text = `## Save card\n\n${k('As a')} returning shopper ${k('I want')} to pay with my saved card.\n`;
      expect(elementWords(text, only(text)), open).toEqual({
        who: 'returning shopper',
        outcome: 'pay with my saved card',
      });
    }
  });

  it("reads a statement written as a link's text up to the link's end, never into its address", () => {
    const text =
      '* [#1845 - As a data analyst, I want to be notified when data for my program has been submitted.]' +
      '(https://github.com/raft-tech/TANF-app/issues/1845) - Talk through\n';
    expect(elementWords(text, only(text))).toEqual({
      who: 'data analyst',
      outcome: 'be notified when data for my program has been submitted',
    });
    // So does one whose link follows the item's name: "Story Number 2 - [As a user, …](…)".
    const named =
      '- Story Number 2 - [As a user, I want to list courses, so that I can plan my term ](https://x.org/c/2)\n';
    expect(elementWords(named, only(named))).toEqual({
      who: 'user',
      outcome: 'list courses',
      why: 'I can plan my term',
    });
    // A link inside the want keeps its words: "export [the monthly report](…)".
    const inside = '- As an analyst, I want to export [the monthly report](https://example.org/r), so that I plan.\n';
    expect(elementWords(inside, only(inside)).outcome).toBe('export [the monthly report](https://example.org/r)');
  });

  it('reads a statement written a keyword to a paragraph ("**As a** …", a blank line, "**I want** …") as one', () => {
    const text = [
      '## ABUS.01 Display provider services',
      '**_In order_** that the patient can choose their most convenient provider',
      '**_As a_** 111 Call Handler',
      '**_I want_** to view the provider services that could assist the patient.',
      '### Acceptance Criteria',
      '* The list **must** include all possible providers.',
    ].join('\n\n');
    const story = only(text);
    expect(elementWords(text, story)).toMatchObject({
      who: '111 Call Handler',
      outcome: 'view the provider services that could assist the patient',
      why: 'the patient can choose their most convenient provider',
    });
    const classic = ['**As a** call handler', '**I want** to see free slots', '**So that** the call ends sooner'];
    expect(elementWords(classic.join('\n\n'), only(classic.join('\n\n')))).toEqual({
      who: 'call handler',
      outcome: 'see free slots',
      why: 'the call ends sooner',
    });
    // Without a heading, each run of keyword paragraphs is a one-line story of its own.
    const two = [...classic, 'Notes from the workshop.', ...classic.map((p) => p.replace('call', 'shift'))];
    expect(parseStories(two.join('\n\n')).map((s) => s.elements.who?.text)).toEqual(['call handler', 'shift handler']);
    // A paragraph of prose between them breaks the run: "I want" alone then has nobody named.
    const broken = [classic[0], 'We met them in March.', classic[1]].join('\n\n');
    expect(parseStories(broken).every((s) => s.elements.who?.text !== 'call handler')).toBe(true);
  });

  it('reads "**As** <persona>", "**I want** …", "**So** that …" a part to a paragraph as one statement', () => {
    const card = [
      '**User story:** UTM Food Locations',
      '**As** Brandon Lang (program changing student)',
      '**I want** to know where I can get food on campus',
      '**So** that I can find where I would want to eat',
    ].join('\n\n');
    expect(elementWords(card, only(card))).toMatchObject({
      who: 'Brandon Lang (program changing student)',
      outcome: 'know where I can get food on campus',
      why: 'I can find where I would want to eat',
    });
    // Not "As" opening prose: "As discussed, …" over "I want …".
    const prose = ['## Food', 'As discussed, we moved the map.', '**I want** to know where I can get food'].join(
      '\n\n',
    );
    expect(only(prose).elements.who).toBeUndefined();
  });

  it("keeps a story under a success section out of that section's criteria", () => {
    const text = [
      '# Save card',
      "## How we'll know\n\n- Checkout is fast",
      '### Save card\n\n**_As a_** stakeholder\n\n**_I want_** to export reports',
    ].join('\n\n');
    const [outer, inner] = parseStories(text);
    expect(outer!.criteria.map((c) => c.text)).toEqual(['Checkout is fast']);
    expect(inner!.elements.who?.text).toBe('stakeholder');
    // Found by the fix property test (a random seed): the statement's first paragraph was rewritten as a criterion.
    const fixed = fixText(text, { unsafe: true }).text;
    expect(parseStories(fixed)[1]!.elements.who?.text).toBe('stakeholder');
  });

  it("keeps a story under any named section out of that section's items", () => {
    const text = [
      '# Save card',
      '## Assumptions\n\n- Nurses read alerts on their phones',
      '### Save card\n\nAs a traveller, I want to save my card, so that I can rebook.',
    ].join('\n\n');
    const [outer, inner] = parseStories(text);
    expect(outer!.assumptions.map((a) => a.text)).toEqual(['Nurses read alerts on their phones']);
    expect(inner!.elements.who?.text).toBe('traveller');
    // Found by the fix property test (seed 1017): "— validate by …" was appended to the inner story's statement.
    const fixed = fixText(text, { unsafe: false }).text;
    expect(fixed).toContain('so that I can rebook.\n');
  });

  it('reads "As an" and an "I want" without "to"', () => {
    const text = '## Checkout\n\nAs an occasional buyer I want a faster checkout\n';
    const story = only(text);
    expect(elementWords(text, story)).toEqual({ who: 'occasional buyer', outcome: 'a faster checkout' });
    expect(slice(text, story.sentence!.who!.label)).toBe('As an');
    expect(slice(text, story.sentence!.outcome!.label)).toBe('I want');
  });

  it('reads "I\'d like to", "I’d love to" and "I\'m able to", no space after the "I", as the want\'s keyword', () => {
    const text = "## Books\n\nAs a reader, I'd like to search for books, so that I find the next one to read.\n";
    const story = only(text);
    expect(elementWords(text, story)).toEqual({
      who: 'reader',
      outcome: 'search for books',
      why: 'I find the next one to read',
    });
    expect(slice(text, story.sentence!.outcome!.label)).toBe("I'd like to");
    const curly = only('As a Kubernetes admin I’d love to use HTTP/3 in front of my control plane.\n');
    expect(curly.elements.outcome?.text).toBe('use HTTP/3 in front of my control plane');
    const still = only('As a developer in a company, I would still like to see the status of my pipeline.\n');
    expect(still.elements.outcome?.text).toBe('see the status of my pipeline');
    const able = only("As a camp worker, I'm able to report a camper to the manager.\n");
    expect(able.elements.outcome?.text).toBe('report a camper to the manager');
    const will = only('As a camp worker, I will be able to report a camper to the manager.\n');
    expect(will.elements.outcome?.text).toBe('report a camper to the manager');
    const job = only('When I open the app in the morning, I’d like to see my orders, so I can plan the day.\n');
    expect(job.shape).toBe('job');
    expect(job.elements.outcome?.text).toBe('see my orders');
  });

  it('reads a cause after "since", a result after "such that" or "so", as the why, not a time after "since"', () => {
    const why = (want: string) => only(`As a cluster admin, I want ${want}.\n`).elements.why?.text;
    expect(why('to disable link injection since the injected variables break my image')).toBe(
      'the injected variables break my image',
    );
    expect(why('reminders by text since i often miss emails')).toBe('i often miss emails');
    expect(why('a process that updates the feed such that I do not have to update it by hand')).toBe(
      'I do not have to update it by hand',
    );
    // "so" opening a clause is "so that", whatever its subject.
    expect(why('to confirm payment So 18F knows the auction is paid')).toBe('18F knows the auction is paid');
    expect(why('to close auctions myself so there is no need to email support')).toBe(
      'there is no need to email support',
    );
    // A time is part of what is wanted.
    expect(why('to see every change since my last visit')).toBeUndefined();
    expect(why('to know which checksums have changed since last registered')).toBeUndefined();
    expect(why('to load all data since 2007')).toBeUndefined();
  });

  it('reads "to help", "to better …" or "in case" after the want as the why: what it is for, or guards against', () => {
    const why = (want: string) => only(`As a hiker, I want ${want}.\n`).elements.why?.text;
    expect(why('a website with a simple interface to help me choose my hikes')).toBe('help me choose my hikes');
    expect(why('to know who approved each poster to help keep track of the work')).toBe('help keep track of the work');
    // So is "to better …": doing something better is what it is for.
    expect(why('to update the stock on hand to better reflect what we use')).toBe('better reflect what we use');
    // And "to more easily …", "to make … easier", however many words the thing made easier takes.
    expect(why('the FAQ to have tags to more easily sort through the questions')).toBe(
      'more easily sort through the questions',
    );
    expect(why('to have single sign on to make signing up and signing on easier')).toBe(
      'make signing up and signing on easier',
    );
    // A bare "to" and another verb is still part of the want: "a button to save my card".
    expect(why('a button to save my card')).toBeUndefined();
    // A precaution is a why too; a condition ("in case of an emergency") is part of the want.
    expect(why('to keep the bad data in the system just in case it is useful later')).toBe('it is useful later');
    expect(why('to call the staff in case of an emergency')).toBeUndefined();
    // What someone uses a thing to do is the want itself, whatever its verb.
    expect(why('to use the app to help me plan a route')).toBeUndefined();
    expect(why('to use the app to learn about trails near me')).toBeUndefined();
  });

  it('reads the last line of a statement written a clause to a line, "to" and a verb opening it, as the why', () => {
    const text =
      '## Story 10\nAs a user,\nI should be able to drag and drop cards\nto prioritize cards for each actor\n';
    const story = only(text);
    expect(story.elements.outcome?.text).toBe('drag and drop cards');
    expect(story.elements.why?.text).toBe('prioritize cards for each actor');
    expect(slice(text, story.elements.why!.label)).toBe('to');
    // A want wrapped onto the next line goes on: the who and the want share a line, or "to" names a place.
    const wrapped = (text: string) => only(text).elements.why?.text;
    expect(
      wrapped('## Cards\nAs a user, I want to move the card I picked\nto another list on the board\n'),
    ).toBeUndefined();
    expect(
      wrapped('## Cards\nAs a user,\nI want to send the finished report\nto my manager every week\n'),
    ).toBeUndefined();
    // Nor is a line in the middle the why: what follows it is still the want's.
    expect(
      wrapped('## Cards\nAs a user,\nI want to move a card\nto keep it with the others\nand then close it\n'),
    ).toBeUndefined();
  });
  it('reads the sentence right after the want as its why when it says what the want lets the who do', () => {
    const text = '## Gym\nAs Dave, I would like an app to track my workouts. This will allow me to view my progress.\n';
    const story = only(text);
    expect(story.elements.outcome?.text).toBe('an app to track my workouts');
    expect(story.elements.why?.text).toBe('view my progress');
    expect(slice(text, story.elements.why!.label)).toBe('This will allow me to');
    const why = (text: string) => only(`## Grades\n${text}\n`).elements.why?.text;
    expect(why('As a teacher I want to export grades. That way I can share them with the office.')).toBe(
      'I can share them with the office',
    );
    expect(why('As a teacher I want to export grades. It would let us close the term sooner.')).toBe(
      'close the term sooner',
    );
    // What the want is, said again, or what the team will do, is not why it matters.
    expect(why('As a teacher I want to export grades. This will be a CSV file.')).toBeUndefined();
    expect(why('As a teacher I want to export grades. This will allow the API to stream rows.')).toBeUndefined();
    expect(why('As a teacher I want to export grades. Then I will email them. This way I can rest.')).toBeUndefined();
  });
  it('reads "to" and a verb after a verb-phrase want\'s object as its why: what the want is done for', () => {
    const text = '## Reports\nAs a patron, I want to view older versions of a report to get its historical figures.\n';
    const story = only(text);
    expect(story.elements.outcome?.text).toBe('view older versions of a report');
    expect(story.elements.why?.text).toBe('get its historical figures');
    expect(slice(text, story.elements.why!.label)).toBe('to');
    const why = (text: string) => only(`## Grades\n${text}\n`).elements.why?.text;
    expect(why('As a curator, I want to create groups of users to manage permissions.')).toBe('manage permissions');
    // A verb no list knows counts when an object follows it; a destination does not.
    expect(why('As an educator, I would like to be able to create courses to spread my knowledge.')).toBe(
      'spread my knowledge',
    );
    expect(why('As a user, I want to assign tags to files that I have uploaded.')).toBeUndefined();
    expect(why('As a user, I want to send the report to management for approval.')).toBeUndefined();
    // What a thing is for, a verb's second object, where something goes, what a change is: the want's own words.
    expect(why('As an admin, I want to add a button to export data.')).toBeUndefined();
    expect(why('As a user, I want to ask the admin to approve my account.')).toBeUndefined();
    expect(why('As a user, I want to move the card to another list.')).toBeUndefined();
    expect(why('As a developer, I want to update the sample file to remove the agency code.')).toBeUndefined();
    expect(why('As a user, I want to have the option to hide my posts.')).toBeUndefined();
    expect(
      why('As a manager, I want to elect to replicate remotely and possibly to replicate beyond it.'),
    ).toBeUndefined();
    // A noun-phrase want's "to" is what the thing does: "an app to track my workouts" gives no why.
    expect(why('As a runner, I want an app to track my workouts.')).toBeUndefined();
  });
  it('reads "In order to <why> as a <who> I want <outcome>"', () => {
    const text = '## Invoices\n\nIn order to close the month on time as a clerk I want to import supplier invoices.\n';
    const story = only(text);
    expect(story.shape).toBe('classic');
    expect(elementWords(text, story)).toEqual({
      who: 'clerk',
      outcome: 'import supplier invoices',
      why: 'close the month on time',
    });
    expect(slice(text, story.sentence!.why!.label)).toBe('In order to');
  });

  it('reads what the want lets someone do after a comma as the why, and not without the comma', () => {
    const text = '## Usage\n\nAs an analyst, I want to track the usage of the API, allowing me to assess its effect\n';
    expect(elementWords(text, only(text)).why).toBe('me to assess its effect');
    const ensuring = '## Brand\n\nAs a maintainer, I want one brand guide, ensuring a recognisable presence\n';
    expect(elementWords(ensuring, only(ensuring)).why).toBe('a recognisable presence');
    const modifier = '## Settings\n\nAs a reader, I want a setting allowing me to hide posts\n';
    expect(elementWords(modifier, only(modifier))).toEqual({
      who: 'reader',
      outcome: 'a setting allowing me to hide posts',
    });
  });

  it("reads the criteria of the tasks under a story ('- Acceptance Criteria: When …') as the story's too", () => {
    const text = [
      '### User Story 16: As a user, I would like a daily to-do list so that I can plan my day.',
      '- Task Breakdown:\n\t- Creating the UI (20hrs)\n\t\t- Acceptance Criteria: The UI matches the design\n' +
        '\t- Sort tasks (2hrs)\n\t\t- Acceptance Criteria: Tasks sort by all 4 attributes\n- Story Points: 5',
    ].join('\n\n');
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'The UI matches the design',
      'Tasks sort by all 4 attributes',
    ]);
  });

  it('reads "### Acceptance Test" over its Given/When/Then as how we will know, as "Acceptance Tests" is', () => {
    const text = [
      '## Story #1',
      'As a student, I want to know when a task was postponed, so that I can reorganize my agenda.',
      '### Acceptance Test',
      'Given I want to be notified when a task was postponed\nWhen I unlock my phone\nThen I can read the notification',
    ].join('\n\n');
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-success');
  });

  it('reads a backlog item\'s "How to demo" (the classic Scrum backlog\'s column) as how we will know', () => {
    const text = [
      '# Product Backlog',
      '## Chat with the assistant',
      'As a player, I want to talk to the assistant, so that I get hints when I am stuck.',
      '### How to demo',
      'Write the message, send it and see if it appears in the chat window.',
      '### Notes',
      'Use a text field and a send button.',
    ].join('\n\n');
    const story = only(text);
    expect(story.criteria.map((c) => c.text)).toEqual([
      'Write the message, send it and see if it appears in the chat window.',
    ]);
    const rules = lintText(text).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('missing-success');
    expect(rules).not.toContain('output-criterion');
  });

  it('reads "AC1. …" lines indented as code under a statement as its criteria, writing nothing there', () => {
    const text = [
      '## PlayerCannon',
      '',
      '### As a player, I want to control a laser cannon, so that I can shoot the aliens.',
      '\t',
      '\tAC1. Player can move the cannon left or right by touching the screen.',
      '\tAC2. Projectiles work well.',
      '',
    ].join('\n');
    const story = only(text);
    expect(story.criteria.map((c) => c.text)).toEqual([
      'Player can move the cannon left or right by touching the screen.',
      'Projectiles work well.',
    ]);
    const findings = lintText(text).findings;
    expect(findings.map((f) => f.ruleId)).not.toContain('missing-success');
    expect(findings.map((f) => f.ruleId)).toContain('unmeasurable-criterion');
    const code = { start: text.indexOf('\tAC1'), end: text.length };
    for (const f of findings)
      for (const e of [...(f.fix?.edits ?? []), ...(f.suggestions ?? []).flatMap((x) => x.edits)])
        expect(e.start >= code.end || e.end < code.start, f.ruleId).toBe(true);
    // Code of any other kind is still no criterion.
    expect(only(text.replace(/AC(\d)\./g, 'step $1:')).criteria).toEqual([]);
  });

  it('reads a scenario\'s name in bold italics ("**_Scenario #1_**") as its name, not a check', () => {
    const scenario = (n: number, then: string) =>
      `**_Scenario #${n}_**\n\nGiven I am not registered,\nWhen I enter an invalid email,\nThen ${then}.`;
    const text = [
      '## Create an account',
      '',
      'As a visitor, I want to create an account, so that I can ask questions.',
      '',
      '### Acceptance tests',
      '',
      scenario(1, 'I get an error that says "Invalid email"'),
      '',
      scenario(2, 'I see "Account created"'),
      '',
    ].join('\n');
    const story = only(text);
    expect(story.criteria.map((c) => c.text).filter((c) => /Scenario/.test(c))).toEqual([]);
    expect(story.criteria.length).toBeGreaterThan(0);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('output-criterion');
    // Under a heading of its own, "Scenario #2" names a scenario that accepts the story, as "Scenario: …" does.
    const headed = [
      '## Create an account',
      'As a visitor, I want to create an account, so that I can ask questions.',
      '### Scenario #2',
      '- Given I am not registered',
      '- Then I see "Account created"',
    ].join('\n\n');
    expect(only(headed).criteria.map((c) => c.text)).toEqual([
      'Given I am not registered',
      'Then I see "Account created"',
    ]);
  });

  it('reads a table of test cases under the criteria ("| Scenario | Action | Expected Result |") a check a row', () => {
    const text = [
      '# Acceptance Criteria',
      '',
      '| Scenario | Initial Scenario | Action | Expected Result |',
      '|---|---|---|---|',
      '| Start a match | Empty scoreboard | Start a new match | The scoreboard should contain one match. |',
      '| Finish a match | One match | Finish the match | The scoreboard should be empty. |',
    ].join('\n');
    const [story] = parseStories(text);
    expect(story?.kind).toBe('criteria');
    expect(story?.criteria.map((c) => c.text)).toEqual([
      'The scoreboard should contain one match.',
      'The scoreboard should be empty.',
    ]);
    expect(lintText(text).findings.map((f) => f.ruleId)).toEqual([]);
  });

  it('reads the column of a table named for the criteria ("| Acceptance Criteria | Yes/No |") as its criteria', () => {
    const text = [
      '#### 1.02 As a user, I want to log in with my email address, so that I can see my codewords.',
      '| Acceptance Criteria | Yes/No | Comments |\n| --- | --- | --- |\n' +
        '| User has entered correct username and password | Yes | V |\n| | No | |\n' +
        '| User should be able to see the home screen | Yes | V |',
    ].join('\n\n');
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'User has entered correct username and password',
      'User should be able to see the home screen',
    ]);
    // A table of another kind names no criteria.
    expect(only(text.replace('Acceptance Criteria', 'Field')).criteria).toEqual([]);
  });

  it('reads a list item\'s statement with its "So that …" a nested item on, at any depth, as its why', () => {
    const text = [
      '# Stories',
      '* As a member, I want to post a new question.\n  * So that I can get help from others.',
      '* As a member, I want to answer questions.\n  * When on the page:\n    * I can write an answer.\n' +
        '      * **So that** I can help others.',
      '* As a member, I want to delete my post.\n  * Confirm before deleting',
    ].join('\n\n');
    expect(parseStories(text).map((s) => s.elements.why?.text)).toEqual([
      'I can get help from others',
      'I can help others',
      undefined,
    ]);
    const why = parseStories(text)[0]!.elements.why!;
    expect(text.slice(why.span.start, why.span.end)).toBe('I can get help from others');
    expect(text.slice(why.label!.start, why.label!.end)).toBe('So that');
  });

  it('reads a persona named in the statement ("As an educator, Lee needs to be able to …") as its who', () => {
    const text =
      '## MVP\n\n1. As an educator, Lee needs to be able to enter diagnoses so that he can grade them\n' +
      '2. As a student, Tony would like to extend the canvas so that he does not run out of space\n';
    expect(parseStories(text).map((s) => elementWords(text, s))).toEqual([
      { who: 'educator', outcome: 'enter diagnoses', why: 'he can grade them' },
      { who: 'student', outcome: 'extend the canvas', why: 'he does not run out of space' },
    ]);
  });

  it('reads "As a result, we want …" as a connective, nobody named', () => {
    for (const opener of ['As a result', 'As a consequence', 'As a rule', 'As a first step', 'As a workaround']) {
      const text = `## Field\n\n${opener}, we only want one additional field on the migration.\n`;
      expect(parseStories(text)[0]?.sentence?.who).toBeUndefined();
    }
    const team = '## Field\n\nAs a team, we want one field, so that plans stay simple.\n';
    expect(elementWords(team, only(team)).who).toBe('team');
  });

  it('reads "As the service is automating …, we need …" as a clause of time or reason, nobody named', () => {
    const clause =
      '## Advising a user\n\nAs the service is automating a previously manual process, we need to make clear to ' +
      'the user what the service has done.\n';
    expect(parseStories(clause).every((s) => s.sentence === undefined)).toBe(true);
    const grown = '## Teams\n\nAs the team has grown, we need to split the backlog.\n';
    expect(parseStories(grown).every((s) => s.sentence === undefined)).toBe(true);
    // A change under way said of a subject is the same clause: "As Monitor becomes a more mature product, …".
    const maturing = '## Flags\n\nAs Monitor becomes a more mature product, we need to support gradual rollouts.\n';
    expect(parseStories(maturing).every((s) => s.sentence === undefined)).toBe(true);
    const who = '## Mail\n\nAs a user who gets many emails, I want filters.\n';
    expect(elementWords(who, only(who)).who).toBe('user who gets many emails');
    // A verb after "who" or "that" belongs to the who: a role with a relative clause.
    const blind = '## Alerts\n\nAs a user who is blind, I want to hear alerts.\n';
    expect(elementWords(blind, only(blind)).who).toBe('user who is blind');
    const owner = '## Teams\n\nAs an admin that has many teams, I want to filter by team.\n';
    expect(elementWords(owner, only(owner)).who).toBe('admin that has many teams');
  });

  it('reads "confident as a team that we can …" in prose as no statement: a who never ends on "that"', () => {
    const text =
      '## Plan\n\nWe discuss effort so we know whether we have a reasonable amount of stories to work on and ' +
      'we are confident as a team that we can get through the stories in the backlog.\n';
    expect(parseStories(text).every((s) => s.sentence === undefined)).toBe(true);
  });

  it('reads a file whose only section is named as context ("# Sprint review") by the statements in it alone', () => {
    const text =
      '# Sprint review\n\nAs a user I want to choose a date.\n\n' +
      'As an admin I want to cancel a payment so I can delete it\n';
    expect(parseStories(text).map((s) => s.elements.who?.text)).toEqual(['user', 'admin']);
    // With prose and no statement, it is still a story to write.
    expect(parseStories('# Background\n\nNurses re-type every lab result by hand.\n')).toHaveLength(1);
  });

  it('reads statements on the lines of one paragraph as one story each, never one running into the next', () => {
    const text =
      '# Demos\n\nEntities (15 min.)\n1576 - Katie - As a user I want to choose a date for a change.\n' +
      '1617 - Katie - As an admin I want to cancel a payment so I can delete the draft\n';
    expect(parseStories(text).map((s) => [s.oneLine, elementWords(text, s)])).toEqual([
      [true, { who: 'user', outcome: 'choose a date for a change' }],
      [true, { who: 'admin', outcome: 'cancel a payment', why: 'I can delete the draft' }],
    ]);
    // A statement wrapped onto the next line is still one.
    const wrapped = '## Export\n\nAs an accountant I want to export the invoices\nof a month, so that I file them.\n';
    expect(elementWords(wrapped, only(wrapped)).outcome).toBe('export the invoices\nof a month');
  });

  it('reads "I need to" with nothing after it as a slot left to fill, no statement', () => {
    const text = '**Accessing services**\n - I need to know that a service exists\n - I need to\n';
    expect(parseStories(text).map((s) => s.elements.outcome?.text)).toEqual(['know that a service exists']);
  });

  it('reads a numbered need ("UN1: I expect you to …") as a statement with nobody named', () => {
    const text =
      '## Make it clear\n\n- UN1: I expect you to talk to me in plain English, so that I understand what to do\n';
    const [story, ...others] = parseStories(text);
    expect(others).toEqual([]);
    expect(elementWords(text, story!)).toEqual({
      outcome: 'you to talk to me in plain English',
      why: 'I understand what to do',
    });
  });

  it('reads a purpose its adverb opens as the why: "… to easily identify the impact"', () => {
    const text =
      '## Complain mode\n\nAs an application SRE, Rajesh needs to be able to do long runs of a profile in ' +
      'complain-mode to easily identify the impact of the profile.\n';
    expect(elementWords(text, only(text)).why).toBe('easily identify the impact of the profile');
  });

  it('reads "to" and a verb after a comma as the why: "…, to update the stock"', () => {
    const text = '## Stock\n\nAs an admin, I want to view the inventory, to update the stock of each restaurant\n';
    expect(elementWords(text, only(text)).why).toBe('update the stock of each restaurant');
    // Not a place ("…, to the team"), nor one of a series of wants ("…, to set a date, and to have …").
    const place = '## Report\n\nAs a member, I want to send my report, to the team\n';
    expect(elementWords(place, only(place)).why).toBeUndefined();
    const series =
      '## Groups\n\nAs an archivist, I want a way to add people to groups, to set a date, and to have them notified\n';
    expect(elementWords(series, only(series)).why).toBeUndefined();
  });

  it('reads what the want gains someone, after a comma, as the why: ", speeding up my workflow"', () => {
    const speed =
      '## ODK\n\nAs a mapper, I can open ODK Collect from FMTM with a feature selected, speeding up my workflow.\n';
    expect(elementWords(speed, only(speed)).why).toBe('my workflow');
    const flexible = '## Live\n\nAs a mapper, I can work entirely offline, for maximum flexibility.\n';
    expect(elementWords(flexible, only(flexible)).why).toBe('flexibility');
    // Without the comma it is part of the want: "a mode for maximum contrast".
    const want = '## Contrast\n\nAs a reader, I want a mode for maximum contrast.\n';
    expect(elementWords(want, only(want)).why).toBeUndefined();
  });

  it('reads the want and the why up to the end of their sentence, not what is said after them', () => {
    const want =
      '## Groups\n\nAs a user I want to see what projects a group owns. This is done via the groups detail view, ' +
      'which can be accessed by clicking on a group.\n';
    expect(elementWords(want, only(want))).toEqual({ who: 'user', outcome: 'see what projects a group owns' });
    const why =
      '## Names\n\nAs an admin, I want to rename an upload, so that it has a name of its own.\n' +
      'I should be able to choose the name (e.g. in a dialog) when I upload it.\n';
    expect(elementWords(why, only(why)).why).toBe('it has a name of its own');
  });

  it('finds the sentence anywhere in the story body, after other prose', () => {
    const text =
      '## Invoices\n\nContext: month end is painful.\n\n' +
      'As a clerk, I want to import supplier invoices, so that the month closes on time.\n';
    expect(elementWords(text, only(text))).toEqual({
      who: 'clerk',
      outcome: 'import supplier invoices',
      why: 'the month closes on time',
    });
  });

  it('reads a narrative that names the who first and the want a sentence or two later', () => {
    const text = [
      '### Filter & search bar',
      '10. “As an IT-Streamed CS student, I have very particular questions related to courses not commonly taken. ' +
        'Because of this I’d love a study website with a great filter & search system, so that I find what I need.”',
      '',
    ].join('\n');
    expect(elementWords(text, only(text))).toEqual({
      who: 'IT-Streamed CS student',
      outcome: 'a study website with a great filter & search system',
      why: 'I find what I need',
    });
    const really =
      '## Quiz\n\nAs a CS student preparing for a final, I have a lot of syntax to remember. My class was informed ' +
      'by the professor that there would be some multiple choice questions and I really want to practice this ' +
      'formatting.\n';
    expect(elementWords(really, only(really))).toMatchObject({ who: 'CS student preparing for a final' });
    expect(elementWords(really, only(really)).outcome).toBe('practice this formatting');
  });

  it("reads the list straight after a story's statement as its criteria when its items check what is done", () => {
    const story = (list: string) =>
      '## Sign up for an event\n\n' +
      '"As an interviewee, I want to sign up for an event so that I can\nbe interviewed"\n\n' +
      list;
    const checks = story(
      '- the event shows its available times\n- a single time slot is chosen and filled\n' +
        '- a confirmation is sent to both parties\n',
    );
    expect(only(checks).criteria.map((c) => c.text)).toEqual([
      'the event shows its available times',
      'a single time slot is chosen and filled',
      'a confirmation is sent to both parties',
    ]);
    // A list of the work to do is no check that the need is met.
    const work = story('- add the slots table\n- write the sign-up endpoint\n- deploy the service\n');
    expect(only(work).criteria).toEqual([]);
    // Nor is a list after other prose, or a single line.
    expect(only(story('Notes from the review.\n\n- the event shows its times\n- a slot is chosen\n')).criteria).toEqual(
      [],
    );
    expect(only(story('- a confirmation is sent to both parties\n')).criteria).toEqual([]);
    // The card's rating and fields in the list are no checks; beside them, one check is the list's point.
    const card = story(
      '- a confirmation is sent to both parties\n- highest priority\n- Related persona: Lara Foster\n',
    );
    expect(only(card).criteria.map((c) => c.text)).toEqual(['a confirmation is sent to both parties']);
    const noted = story('- the event shows its times\n- a slot is chosen\n- Priority: High\n- Story points: 3\n');
    expect(only(noted).criteria.map((c) => c.text)).toEqual(['the event shows its times', 'a slot is chosen']);
    // What its person can then do ("I can …", nobody named) is a check too, no story of its own.
    const can = story('- I can choose a slot for my interview\n- I can see the times.\n- medium priority\n');
    expect(kinds(can)).toEqual(['story: Sign up for an event']);
    expect(only(can).criteria.map((c) => c.text)).toEqual([
      'I can choose a slot for my interview',
      'I can see the times.',
    ]);
  });

  it('reads "I should <verb>" as the want, and never a want inside the reason after it', () => {
    const text = '- As a user I should gain points by guessing the song because I want to know how I am doing.\n';
    const story = only(text);
    expect(elementWords(text, story)).toEqual({
      who: 'user',
      outcome: 'gain points by guessing the song',
      why: 'I want to know how I am doing',
    });
    // So is "I must <verb>" after the who.
    const must = '- As a customer, I must log in to my account so that I can place orders.\n';
    expect(elementWords(must, only(must))).toMatchObject({ who: 'customer', outcome: 'log in to my account' });
    // The who stops at the reason: a want after "because" is part of why, not what is wanted.
    const noWant = '- As a player, guessing songs matters because I want to know how I am doing.\n';
    expect(parseStories(noWant).map((s) => s.sentence?.outcome?.text)).not.toContain('know how I am doing');
    // A contracted cause after "since" is a reason too.
    const since = "- As a user I should see the equalizer sync to music since it'd be nice to see.\n";
    expect(slice(since, only(since).elements.why?.span)).toBe("it'd be nice to see");
    // With nobody named, "We should …" is the team's note to itself, no want.
    expect(parseStories('- We should just double-check that we can move the file.\n')[0]?.sentence).toBeUndefined();
  });

  it('reads "I then want" as the want: "As a trainer having found courses, I then want …"', () => {
    const text =
      '## Courses\n\nAs a trainer having found courses on my topic, I then want to get the details of each course. ' +
      'I also want the dates when the course is offered.\n';
    expect(elementWords(text, only(text))).toEqual({
      who: 'trainer having found courses on my topic',
      outcome: 'get the details of each course',
    });
  });

  it('reads no narrative where "as a" opens no role, or where no want follows', () => {
    const connective = '## Sync\n\nAs a result, I rebuilt the index. I would like to know if it helps.\n';
    expect(parseStories(connective)[0]?.sentence).toBeUndefined();
    const noWant = '## Sync\n\nAs a maintainer, I rebuilt the index. It took an hour.\n';
    expect(parseStories(noWant)[0]?.sentence).toBeUndefined();
  });
});

describe('the job form', () => {
  it('reads "When <situation>, I want to <motivation>, so I can <outcome>"', () => {
    const text =
      '## Rebook\n\n' + 'When my flight is cancelled, I want to rebook from my phone, so I can get home tonight.\n';
    const story = only(text);
    expect(story.shape).toBe('job');
    const sentence = story.sentence!;
    expect(sentence.form).toBe('job');
    expect(slice(text, sentence.situation!.span)).toBe('my flight is cancelled');
    expect(slice(text, sentence.situation!.label)).toBe('When');
    expect(slice(text, sentence.outcome!.span)).toBe('rebook from my phone');
    expect(slice(text, sentence.why!.span)).toBe('get home tonight');
    expect(slice(text, sentence.why!.label)).toBe('so I can');
    expect(elementWords(text, story)).toEqual({ outcome: 'rebook from my phone', why: 'get home tonight' });
  });
});

describe('story boundaries', () => {
  it('reads several heading stories from one file, each ending where the next begins', () => {
    const text = [
      '## Save card',
      '',
      'As a returning shopper, I want to pay without re-entering my card, so that checkout takes less time.',
      '',
      '## Refunds',
      '',
      '**Who:** support agent',
      '**Outcome:** refund an order in one step',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories.map((s) => s.title)).toEqual(['Save card', 'Refunds']);
    expect(stories.map((s) => s.index)).toEqual([0, 1]);
    expect(stories.map((s) => s.shape)).toEqual(['classic', 'value']);
    expect(slice(text, stories[0]!.span)).toBe(
      '## Save card\n\n' +
        'As a returning shopper, I want to pay without re-entering my card, so that checkout takes less time.',
    );
    expect(slice(text, stories[1]!.span)).toBe(
      '## Refunds\n\n**Who:** support agent\n**Outcome:** refund an order in one step',
    );
    expect(stories.map((s) => s.depth)).toEqual([2, 2]);
  });

  it('reads each item of a backlog list under a container heading as a one-line story', () => {
    const text = [
      '# Backlog',
      '',
      '- As an admin, I want to find everyone with a given role in seconds.',
      '- As a nurse, I want to be told when a lab result is critical, so that patients are treated sooner.',
      '1. When my flight is cancelled, I want to rebook from my phone, so I can get home tonight.',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories).toHaveLength(3);
    expect(stories.every((s) => s.oneLine)).toBe(true);
    expect(stories.map((s) => s.shape)).toEqual(['classic', 'classic', 'job']);
    expect(stories.map((s) => slice(text, s.span))).toEqual([
      'As an admin, I want to find everyone with a given role in seconds.',
      'As a nurse, I want to be told when a lab result is critical, so that patients are treated sooner.',
      'When my flight is cancelled, I want to rebook from my phone, so I can get home tonight.',
    ]);
    expect(stories.map((s) => s.title)).toEqual([undefined, undefined, undefined]);
    expect(stories.map((s) => slice(text, s.elements.outcome?.span))).toEqual([
      'find everyone with a given role in seconds',
      'be told when a lab result is critical',
      'rebook from my phone',
    ]);
    // Lines added under a list item must be indented to stay inside it.
    expect(stories[0]!.indent).toBe('  ');
    expect(stories[2]!.indent).toBe('   ');
  });

  it('reads one-line stories in paragraphs of a heading-less file', () => {
    const text =
      'As an admin, I want to find everyone with a given role.\n\n' +
      'As a nurse, I want to be told when a lab result is critical.\n';
    const stories = parseStories(text);
    expect(stories.map((s) => [s.oneLine, slice(text, s.elements.who?.span)])).toEqual([
      [true, 'admin'],
      [true, 'nurse'],
    ]);
  });

  it('treats an epic heading whose sub-sections are stories as a container, not a story', () => {
    const text = [
      '# Payments epic',
      '',
      'This epic covers everything about paying.',
      '',
      '## Save card',
      '',
      'As a shopper, I want to pay without re-entering my card, so that I save time.',
      '',
      '## Refund',
      '',
      'As a clerk, I want to refund an order in one step, so that customers are not kept waiting.',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories.map((s) => s.title)).toEqual(['Save card', 'Refund']);
    expect(stories.map((s) => s.depth)).toEqual([2, 2]);
  });

  it('treats a requirements document as a container when its stories sit under a named section', () => {
    // The shape spec-driven tools write: an Introduction, then `## Requirements` with one story per sub-heading.
    const text = [
      '# Requirements Document',
      '',
      '## Introduction',
      '',
      'This feature lets editors publish from the field.',
      '',
      '## Requirements',
      '',
      '### Requirement 1',
      '',
      '**User Story:** As an editor, I want to publish from my phone, so that news goes out while I am on site.',
      '',
      '#### Acceptance Criteria',
      '',
      '1. WHEN I tap Publish THEN the article SHALL be live within 10 seconds',
      '',
      '### Requirement 2',
      '',
      '**User Story:** As a reader, I want alerts on breaking news, so that I learn of it first.',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories.map((s) => [s.title, slice(text, s.elements.who?.span), s.criteria.length])).toEqual([
      ['Requirement 1', 'editor', 1],
      ['Requirement 2', 'reader', 0],
    ]);
  });

  it('reads the other sections of a document with a User Stories section as its context, not as stories', () => {
    // A PRD: numbered sections of overview, platforms and roadmap, and the stories listed in one of them.
    const text = [
      '# My Digital Card',
      '',
      '## 1. Product Overview',
      '',
      'A web app for creating and sharing digital business cards.',
      '',
      '## 2. Platforms',
      '',
      'Web first, then iOS and Android.',
      '',
      '## 3. User Stories',
      '',
      '### Guest',
      '- As a guest, I can view a shared card without creating an account.',
      '',
      '### Registered User',
      '- As a user, I can share my card via a QR code, so that people save my details in one tap.',
      '',
      '## 4. Phased Roadmap',
      '',
      'Phase 1 is the web app.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => [s.oneLine, s.elements.who?.text])).toEqual([
      [true, 'guest'],
      [true, 'user'],
    ]);
    // Named with more than the stories ("User Flows & Stories"), holding them as sections with a Story: field.
    const flows = [
      '# PRD: Venora',
      '**Project name:** Venora\n**Status:** Ready to build',
      '## 1. Overview',
      'A booking web app for one venue.\n\n**Business value:** a starting point for client work.',
      '## 3. Core Features',
      '### Must-Have\n\n- Venue page with photos\n- Booking form',
      '## 4. User Flows & Stories',
      '### Flow 1: Guest books a venue',
      '**Story:** As a guest, I want to request a date so the owner can respond.',
      '## 5. Roadmap',
      'Phase 1 is the web app.',
    ].join('\n\n');
    // Its Overview, saying what the product is and its "**Business value:**", asks for nothing: context too.
    expect(parseStories(flows).map((s) => s.title)).toEqual(['Flow 1: Guest books a venue']);
  });

  it('reads a name whose template asks its question after a colon ("Success: How do we know …?")', () => {
    // NuGet's feature spec template.
    const text = [
      '# Package Details Page Re-design',
      '## Motivation',
      '### Problem: What problem is this solving?\n\nDevelopers struggle to find the information they need.',
      '### Why: How do we know this is a real problem and worth solving?\n\nDevelopers say so in every interview.',
      '### Success: How do we know if we’ve solved this problem?\n\n- By measuring clicks on the tabs of the page',
      '### Audience: Who are we building for?\n\nThe .NET developer choosing a package.',
    ].join('\n\n');
    const [story, ...others] = parseStories(text);
    expect(others).toEqual([]);
    expect(story!.elements.success).toBeDefined();
    expect(story!.criteria.map((c) => c.text)).toEqual(['By measuring clicks on the tabs of the page']);
    expect(story!.elements.who?.from).toBe('heading');
    // A title after a prefix is no question: "UX: camera capture" names no part.
    expect(parseStories('# Scan\n\n## UX: camera capture\n\nA camera button.\n')[0]?.elements.success).toBeUndefined();
  });

  it('reads a "User needs" section holding several statements as the list of the stories, not as an outcome', () => {
    // A design history post: its background, the needs it serves as statements, and the design work done for them.
    const text = [
      '---\ntitle: Matching defendants to possible records\n---',
      '## Background',
      'A key task of probation staff in court is to identify people appearing in court who are on probation.',
      '## User needs',
      'As a probation practitioner,\nI need to know whether a defendant has a probation record,\n' +
        'So I can prepare for their case appropriately',
      'As a court administrator,\nI need to know whether a defendant has duplicate records,\n' +
        'So I can tell IT to merge these records into one',
      '## Design challenges',
      'We tested a range of statuses with users.',
    ].join('\n\n');
    expect(parseStories(text).map((s) => [s.oneLine, s.elements.who?.text])).toEqual([
      [true, 'probation practitioner'],
      [true, 'court administrator'],
    ]);
    // Nor does it head the named sections after it: its statements stay stories beside "## Business goals".
    const goals = text.replace('## Design challenges', '## Business goals\n\n* collect the decision of a school');
    expect(
      parseStories(goals)
        .filter((s) => s.oneLine)
        .map((s) => s.elements.who?.text),
    ).toEqual(['probation practitioner', 'court administrator']);
    // With one statement the section is the story's statement, as a "## User story" section is.
    const one = text.replace(/As a court administrator,[^]*?into one\n\n/, '');
    expect(parseStories(one).map((s) => [s.oneLine, s.elements.who?.text])).toEqual([
      [false, 'probation practitioner'],
    ]);
  });

  it('reads the User Stories section wherever it sits in the document, however deep', () => {
    const text = [
      '# Digital Wallet',
      '',
      'This exercise evaluates a payments microservice.',
      '',
      '### Getting Started',
      '',
      '1. Unzip the project.',
      '2. Run the tests.',
      '',
      '### Exercise Overview',
      '',
      '#### User Stories',
      '',
      '1. **Deposit**  ',
      '   As a wallet owner, I want to deposit funds, so that my balance increases.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => [s.oneLine, s.elements.who?.text])).toEqual([[true, 'wallet owner']]);
  });

  it('reads a proposal\'s "Features" holding its stories as its User Stories section', () => {
    const proposal = [
      '# Integration of the Knative-based function controller',
      '## Introduction\n\nThe function controller provides Knative-based functions to developers.',
      '## Features\n\n### New features',
      '- As a developer, I want to debug my functions.\n- As a developer, I want to view the status of my function.',
      '## Proposed solution\n\nA controller reconciles the Function resource.',
    ].join('\n\n');
    // The title is their container, asked for none of a story's parts.
    expect(kinds(proposal)).toEqual([
      'criteria: Integration of the Knative-based function controller',
      'story: debug my functions',
      'story: view the status of my function',
    ]);
    // Under another name its stories are still read, and the title is one more story to write.
    expect(kinds(proposal.replace('## Features\n\n### New features', '## Scope\n\n### Work items'))).toContain(
      'story: Integration of the Knative-based function controller',
    );
  });

  it("reads prose sections beside epics as the document's notes, beside heading stories as stories to write", () => {
    const epics = [
      '# MVP epics',
      '',
      '## Epic 1: Accounts',
      '',
      '### Story 1.1: Log in',
      '- As a tenant admin, I want to log in, so that I can manage my tenant.',
      '',
      '## Clarifications Resolved',
      '',
      'Tenant admins manage users in the app; superusers keep the Django admin.',
      '',
    ].join('\n');
    expect(parseStories(epics).map((s) => s.elements.who?.text)).toEqual(['tenant admin']);
    const backlog = [
      '# Backlog',
      '',
      '## Log in',
      '',
      'As a tenant admin, I want to log in, so that I can manage my tenant.',
      '',
      '## Export invoices',
      '',
      'Accountants ask for a CSV of every invoice.',
      '',
    ].join('\n');
    expect(parseStories(backlog).map((s) => s.title)).toEqual(['Log in', 'Export invoices']);
  });

  it('reads a heading that only groups context sections (Scope: In scope, Out of scope) as no story', () => {
    const text = [
      '# Requirements Document',
      '',
      '## Scope Boundaries',
      '',
      '### In Scope',
      '- Thread header',
      '',
      '### Out of Scope',
      '- Conversation list grouping',
      '',
      '## Requirements',
      '',
      '### Requirement 1: Persistent context header',
      '',
      '**User Story:** As a buyer, I want the listing in view, so that I never confuse two offers.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => s.title)).toEqual(['Requirement 1: Persistent context header']);
  });

  it("reads a page's diagram, its source code and its future milestones as its context, not stories to write", () => {
    const page = [
      '# Effort Documentation',
      '## Use Cases Diagram\n\nUse case diagrams summarise the actors and their interactions with the system.',
      '## Source\n\nThe open-source codebase of the tool can be found on Zenodo.',
      '## Future Milestones\n\nWe may restore the trace ID of reply packets later.',
    ].join('\n\n');
    // Beside one other chapter they are the title's context: the title alone is read as the story still to write.
    const short = page.replace(/## Source[^]*?(?=## Future)/, '');
    expect(parseStories(short).map((s) => s.title)).toEqual(['Effort Documentation']);
    // Three chapters of its own under a title asking for nothing make the page a document: no story to write.
    expect(parseStories(page)).toEqual([]);
  });

  it("ends a story's criteria at its Discussion topics, and reads its Input and output data as context", () => {
    const card = [
      '#### As a user I want to share an image with someone via email.',
      '__Acceptance criteria__:\n- [ ] The form has fields for the recipient and a message.',
      '__Discussion topics__:\n- [ ] How should we implement a non-CRUD action?',
      '### **1.5 – Input and output data**\n\nInput Data:\n- Project code',
    ].join('\n\n');
    const stories = parseStories(card);
    expect(stories.map((s) => s.title)).toEqual(['As a user I want to share an image with someone via email.']);
    expect(stories[0]!.criteria.map((c) => c.text)).toEqual(['The form has fields for the recipient and a message.']);
  });

  it('reads a section numbered before a dash ("1.3 – Acceptance criteria") by its name', () => {
    const text = [
      '## **US026 - As a product owner, I want to consult the product backlog.**',
      '### **1.3 – Acceptance criteria**\n\n- The backlog lists every item of the project.',
      '### **1.5 – Input and output data**\n\nThe project code.',
    ].join('\n\n');
    const stories = parseStories(text);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.criteria.map((c) => c.text)).toEqual(['The backlog lists every item of the project.']);
  });

  it('reads a section of features withdrawn ("Features no longer of interest") as no story', () => {
    const text = [
      '## Product Backlog',
      '',
      '### Clinical pathway analysis',
      '',
      'As a clinician, I want drug interactions reported, so that patients are not harmed.',
      '',
      '### Features no longer of interest',
      '',
      'These no longer seem relevant, or were done for Release 1.',
      '',
      '* `PML File selection`',
      '* `PML File Loading`',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => s.title)).toEqual(['Clinical pathway analysis']);
  });

  it('reads a specification\'s technology section ("## Technology Requirements", "Tech stack") as context', () => {
    const text = [
      '# System Requirements Specifications',
      '## User Stories / User Characteristics',
      '### 1. User Story: Register on portal',
      '**As a:** New user.\n**I want to:** Register for an account.\n**So that I:** can sync my preferences.',
      '## Technology Requirements',
      'Our application will be packaged as a Flutter app.\n**Benefits:**\n- Cross platform',
      '## Tech stack',
      'Go serves the API.\n**Benefits:**\n- Fast',
      '',
    ].join('\n\n');
    expect(parseStories(text).map((s) => s.title)).toEqual(['1. User Story: Register on portal']);
  });

  it("takes no field of a sub-section's own story for the story around it", () => {
    const text = [
      '## Publishing',
      '',
      '**Who:** field editors',
      '**Why:** a day is lost when news breaks far from the office',
      '',
      '### Notes',
      '',
      '#### Requirement 1',
      '',
      '**User Story:** As an editor, I want to publish from my phone, so that news goes out while I am on site.',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories.map((s) => s.title)).toEqual(['Publishing', 'Requirement 1']);
    expect(stories[0]!.elements.outcome).toBeUndefined();
    expect(slice(text, stories[1]!.elements.outcome?.span)).toBe('publish from my phone');
  });
  it('starts a new story at a sub-heading that carries its own story statement', () => {
    const text = [
      '## Lab alerts',
      '',
      'As a nurse, I want to be told when a lab result is critical, so that patients are treated sooner.',
      '',
      '### Trends',
      '',
      'As a doctor, I want to see the trend of a lab result, so that I can judge the risk.',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories.map((s) => [s.title, s.depth, slice(text, s.elements.who?.span)])).toEqual([
      ['Lab alerts', 2, 'nurse'],
      ['Trends', 3, 'doctor'],
    ]);
    expect(slice(text, stories[0]!.span)).toBe(
      '## Lab alerts\n\n' +
        'As a nurse, I want to be told when a lab result is critical, so that patients are treated sooner.',
    );
  });

  it('starts a new story at a label-named sub-heading that carries a full story statement', () => {
    const text = [
      '## Lab alerts',
      '',
      'As a nurse, I want to be told when a lab result is critical, so that patients are treated sooner.',
      '',
      '### Notes',
      '',
      'As a doctor, I want to see the trend of a lab result, so that I can judge the risk.',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories.map((s) => slice(text, s.elements.who?.span))).toEqual(['nurse', 'doctor']);
  });

  it('reads a heading-less file as a single story', () => {
    const text =
      'As a nurse, I want to be told when a lab result is critical, so that patients are treated sooner.\n\n' +
      "**How we'll know:** Time to treatment falls from 40 min to 15 min by Q2\n";
    const story = only(text);
    expect(story.depth).toBe(0);
    expect(story.title).toBeUndefined();
    expect(story.oneLine).toBe(false);
    expect(elementWords(text, story)).toEqual({
      who: 'nurse',
      outcome: 'be told when a lab result is critical',
      why: 'patients are treated sooner',
      success: 'Time to treatment falls from 40 min to 15 min by Q2',
    });
  });

  it('skips YAML front matter', () => {
    const text =
      '---\nstorylint: true\ntitle: As a user I want a button, so that I click it\n---\n\n' +
      '**Who:** ward nurse\n**Outcome:** be told when a lab result is critical\n';
    const story = only(text);
    expect(elementWords(text, story)).toEqual({ who: 'ward nurse', outcome: 'be told when a lab result is critical' });
    expect(story.span.start).toBe(text.indexOf('**Who:**'));
  });

  it('skips TOML front matter', () => {
    const text =
      '+++\ntitle = "As a user I want a button"\n+++\n\n## Alerts\n\n' +
      'As a nurse, I want to be told when a lab result is critical.\n';
    expect(parseStories(text).map((s) => slice(text, s.elements.who?.span))).toEqual(['nurse']);
  });

  it('skips JSON front matter ("---json", as a Jira export to Eleventy writes it)', () => {
    const text =
      '---json\n{\n  "title": "C2LC-256",\n  "summary": "As a user I want a button",\n' +
      '  "type": "New Feature"\n}\n---\n' +
      'As a teacher, I want to hear which way the robot turns, so that I can follow the program.\n';
    expect(parseStories(text).map((s) => slice(text, s.elements.who?.span))).toEqual(['teacher']);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads the kind a front matter gives its document ("tags: [tech-spike]", "type": "Bug")', () => {
    const spike = [
      '---\ntitle: "Amundsen deployment"\ntags: [tech-spike]\n---',
      '## Objective\n\nConfirm that the data catalog meets the minimum expectations for security.',
      '## Findings\n\nSSO works with our provider.',
    ].join('\n\n');
    expect(kinds(spike)).toEqual(['spike: undefined']);
    const bug =
      '---json\n{\n  "title": "C2LC-3",\n  "type": "Bug"\n}\n---\n## Sounds overlap\n\nThe turn sound plays twice.\n';
    expect(kinds(bug)).toEqual(['bug: Sounds overlap']);
    // A statement in it is still a story; topics among the tags ("training providers") say no kind.
    const told = spike.replace(
      '## Findings',
      '## Findings\n\n- As an analyst, I want to find datasets, so that I reuse them.',
    );
    expect(kinds(told)).toEqual(['spike: undefined', 'story: find datasets']);
    expect(kinds(spike.replace('tech-spike', 'training providers'))).toEqual(['story: undefined']);
    // Nor does a docs site's page type.
    expect(kinds(spike.replace('tags: [tech-spike]', 'type: docs'))).toEqual(['story: undefined']);
  });

  it('reads a dated post ("date: 2024-03-23" in its front matter) as a record: only its statements are stories', () => {
    // A design history post telling what the team decided: its sections report, they ask for nothing.
    const post = [
      '---\ntitle: Scaling back MVP (Claims)\ndate: 2024-03-23\ntags:\n  - private-beta\n---',
      '## Introduction\n\nWith a tight deadline the product owner decided to scale back the MVP.',
      '## Remove pagination for MVP\n\nUsers will see every claim on one page, so we can ship sooner.',
    ].join('\n\n');
    expect(parseStories(post)).toEqual([]);
    const needs = post.replace(
      '## Introduction',
      '## User needs\n\nAs a provider, I need to see my claims, so that I can track payments.\n\n## Introduction',
    );
    expect(parseStories(needs).map((s) => s.elements.who?.text)).toEqual(['provider']);
    // Undated, the same page is a story still to be written.
    expect(parseStories(post.replace('date: 2024-03-23\n', ''))).toHaveLength(1);
  });

  it('ignores a story sentence inside a fenced code block', () => {
    const text = '```\nAs a user, I want a button to save my card, so that I pay faster.\n```\n';
    expect(parseStories(text)).toEqual([]);
    const tilde =
      '~~~md\n- As a user, I want a dropdown, so that I pay faster.\n~~~\n\n' +
      '    As a user, I want an API, so that I pay.\n';
    expect(parseStories(tilde)).toEqual([]);
  });

  it('takes no element of a story from its code blocks', () => {
    const text = [
      '## Alerts',
      '',
      'As a nurse, I want to be told when a lab result is critical.',
      '',
      '```md',
      '**Why:** this line is only an example',
      'As a user, I want a button, so that I click it.',
      '```',
      '',
    ].join('\n');
    const story = only(text);
    expect(elementWords(text, story)).toEqual({ who: 'nurse', outcome: 'be told when a lab result is critical' });
  });

  it('ignores a story commented out with a multi-line HTML comment', () => {
    const text = [
      '# Backlog',
      '',
      '<!--',
      '## Parked story',
      '',
      'As a user, I want a button to save my card.',
      '-->',
      '',
      '## Live story',
      '',
      'As a nurse, I want to be told when a lab result is critical, so that patients are treated sooner.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => s.title)).toEqual(['Live story']);
  });

  it('gives prepareDocument the same stories as parseStories, with the text and the tree', () => {
    const text = '## Alerts\n\nAs a nurse, I want to be told when a lab result is critical.\n';
    const doc = prepareDocument(text, 'file:///alerts.story.md');
    expect(doc.uri).toBe('file:///alerts.story.md');
    expect(doc.text).toBe(text);
    expect(doc.tree.type).toBe('root');
    expect(doc.stories).toEqual(parseStories(text));
  });
});

describe('the Markdown real teams write (issue templates)', () => {
  const template = (...sections: string[]) => sections.join('\n\n') + '\n';

  it('reads personas under the people a document is for as theirs: no stories, and their fields not its own', () => {
    const text = template(
      '# CarBot MVP - User Stories & Acceptance Criteria',
      '## User Personas',
      '### Primary Persona: Workshop Owner',
      '- **Role**: Small workshop owner\n- **Goals**: More customer inquiries\n- **Success Metrics**: More leads',
      '## Epic 1: Client keys',
      '### User Story 1.1: Generate a key',
      'As a workshop owner, I want to generate a key for my website, so that I can embed the widget.',
    );
    // The title over them is the container of its stories, with no story of its own to write.
    expect(parseStories(text).map((s) => [s.kind, s.title, s.criteria.length])).toEqual([
      ['criteria', 'CarBot MVP - User Stories & Acceptance Criteria', 0],
      ['story', 'User Story 1.1: Generate a key', 0],
    ]);
    // In a product brief, a segment's Goals and Pain Points describe the segment.
    const brief = template(
      '# Product Brief: Chatbot',
      '## Problem Statement',
      'Students cannot find which courses they need, so they email staff and wait a week.',
      '## Target Users',
      '### Primary User Segment: Prospective Students',
      '* **Goals:** To discover and evaluate study programs.\n* **Pain Points:** The website is hard to search.',
    );
    expect(only(brief).title).toBe('Product Brief: Chatbot');
  });

  it("reads a product's Vision and Mission beside its users and their stories as the product's: no story", () => {
    const text = template(
      '## Business POV',
      '### Vision\n\nTo store family photo archives safely for decades',
      '### Mission\n\nTo help people archive their photos using cloud storage',
      '### Users\n\n- **Customer** is a **User** that exceeds the free plan.',
      '### User stories',
      '- As a customer I want pay-as-you-go pricing, because I don’t want to pay for unused storage.',
    );
    expect(kinds(text)).toEqual(['criteria: Business POV', 'story: pay-as-you-go pricing']);
    // A Vision with no stories beside it is what the page asks for: a story still missing its parts.
    const alone = text.slice(0, text.indexOf('### User stories'));
    expect(kinds(alone)).toEqual(['story: Business POV']);
  });

  it('reads "# Acceptance Criteria" over sprints of stories with their criteria as their document, no story', () => {
    const text = [
      '# Acceptance Criteria',
      '## Sprint 1:',
      '### User Story 1.1:\n\nAs DADS I want to fire missiles\n\nAcceptance Criteria:\n\n- The user sees the missile',
      '### User Story 1.2:\n\nAs DADS, I want to see the cows I protect.\n\nAcceptance Criteria:\n\n- Cows show',
    ].join('\n\n');
    expect(kinds(text)).toEqual(['story: User Story 1.1:', 'story: User Story 1.2:']);
  });

  it('reads "## Users" over sections of their stories as a grouping by person: no story around them', () => {
    const text = [
      '# User Stories',
      '## Users',
      '### Sign Up\n\n* As a visitor, I want to sign up for the website, so that I can post.',
      '### Log Out\n\n* As a member, I want to log out, so that my account stays safe.',
    ].join('\n\n');
    // The title is their container, as over a "## User Personas" section: asked for nothing.
    expect(kinds(text)).toEqual(['criteria: User Stories', 'story: sign up for the website', 'story: log out']);
    expect(lintText(text).findings.filter((f) => f.span.start < text.indexOf('###'))).toEqual([]);
    // A section among them named for a person ("### Demo User") that states a story of its own is that story, not the
    // who of a story around them.
    const typo = text
      .replace('## Users', '## Userss')
      .replace(
        '### Log Out',
        '### Demo User\n\n* As a visitor, I want to try the site as a guest, so that I can decide.\n\n### Log Out',
      );
    expect(kinds(typo)).toEqual(['story: sign up for the website', 'story: try the site as a guest', 'story: log out']);
  });

  it('reads a file\'s "Users:" over the people its listed statements name as theirs: no story around them', () => {
    const text = template(
      'Users:',
      '* health researchers - downloaders\n* study authors - uploaders',
      'Stories:',
      '* As a health researcher I want to download codes so that I can validate a study',
      '* As a study author I want to upload codes so that I obtain an identifier',
    );
    expect(parseStories(text).map((s) => s.sentence?.who?.text)).toEqual(['health researcher', 'study author']);
    // A title's list of statements beside the "# Personas" it adopted: the personas are its stories'.
    const personas = template(
      '# Userstories',
      '- As a viewer, I want to add movies to a list, so that I know which ones I like.',
      '- As a viewer, I want to sort my list by title, so that I find one quickly.',
      '# Personas',
      'Our personas are based on the user stories.',
    );
    expect(parseStories(personas).map((s) => s.sentence?.who?.text)).toEqual(['viewer', 'viewer']);
    // Over one statement, the field is still that story's.
    const one = template(
      'Users: health researchers',
      'As a researcher I want to download codes so that I can cite them',
    );
    expect(parseStories(one)).toHaveLength(1);
  });

  it("reads a brief's constraints, key assumptions and risks as its context and assumptions", () => {
    const text = template(
      '# Product Brief: CV Turbo',
      '## Problem Statement',
      'Students spend an evening on each cover letter, so they apply to fewer jobs.',
      '## Constraints and Assumptions',
      '### Constraints',
      '* Five weeks, four students, free tiers only.',
      '### Key Assumptions',
      '* We assume students will edit a generated letter rather than write one.',
      '## Risks and Open Questions',
      '### Key Risks',
      '* The model invents experience the student does not have.',
    );
    const story = only(text);
    expect(story.title).toBe('Product Brief: CV Turbo');
    expect(story.assumptions.map((a) => a.text)).toEqual([
      'We assume students will edit a generated letter rather than write one.',
    ]);
  });

  it("reads a use case's Primary Actor as its who and its Postconditions as its criteria", () => {
    const text = template(
      '#### Use Case 1 : Candidate Creates Profile',
      'Primary Actor: Job Candidate',
      "Goal: To create a profile that highlights the candidate's skills.",
      'Preconditions:\n\n- The candidate has registered an account.',
      'Main Success Scenario:\n\n1. The candidate logs in.\n2. The system saves the profile.',
      "Postconditions:\n\n- The candidate's profile is searchable by employers.",
      'Extensions:\n\n- If required fields are missing, the system asks for them.',
    );
    const story = only(text);
    expect(elementWords(text, story)).toMatchObject({ who: 'Job Candidate' });
    expect(story.criteria.map((c) => c.text)).toEqual(["The candidate's profile is searchable by employers."]);
  });

  it("reads a use case's name over its flow as the goal it states ('Call handler takes a call …')", () => {
    const useCase = [
      '# End of life care',
      '## 2.1. Call handler takes call for a patient with care plans',
      '**Actors:** Call handler, paramedic',
      '**Main Flow**\n\n1. Call handler confirms the patient.\n2. The system shows the care plan.',
      '## 2.2. Patient agrees a care plan with the GP',
      '**Trigger:** The patient asks for a plan.',
      '**Basic Flow**\n\n1. GP records the plan.',
    ].join('\n\n');
    const findings = lintText(useCase).findings.map((f) => f.ruleId);
    expect(findings).not.toContain('missing-outcome');
    // Without a flow, a heading that asks for nothing is still asked for its outcome.
    expect(
      lintText(useCase.replace(/\*\*(?:Main|Basic) Flow\*\*/g, '**Notes**')).findings.map((f) => f.ruleId),
    ).toContain('missing-outcome');
  });

  it('reads a use case whose fields are list items ("* **Postconditions**: …") as one told in paragraphs', () => {
    const useCase = [
      '# Requirements',
      '##### Suggest Themes',
      '* **Actor**: User',
      '* **Description**: This use case lets the user enter a theme they would like to talk about.',
      '* **Postconditions**: After they suggest a theme, it appears in the list of suggested themes.',
      '* **Normal Flow**:\n  1. The User enters a conference.\n  2. The User writes the theme.',
    ].join('\n\n');
    expect(lintText(useCase).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // Its flow named in bold with no colon, its postconditions written with its preconditions.
    const bold = useCase
      .replace('**Postconditions**', '**Preconditions and Postconditions**')
      .replace('Flow**:', 'Flow**');
    expect(lintText(bold).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // Its fields in bold written with underscores ("* __Normal Flow__:").
    const underscored = bold.replace(/\*\*/g, '__').replace('Suggest Themes', 'Login:');
    expect(lintText(underscored).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // Or its colon inside the bold ("* **Normal Flow:**").
    const inside = useCase.replace('**Normal Flow**:', '**Normal Flow:**').replace('Postconditions', 'Notes');
    expect(lintText(inside).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // The same items with no postconditions or flow are no use case: a heading that asks for nothing. A list item
    // naming a flow's word is no field ("* Workflow state" in a list of what a page shows).
    const notes = useCase.replace('Postconditions', 'Notes').replace('Normal Flow', 'Steps') + '\n\n* Workflow state';
    expect(lintText(notes).findings.map((f) => f.ruleId)).toContain('missing-outcome');
  });

  it('reads a use case told by its pre- and postconditions: its name states the goal and opens with the actor', () => {
    const useCases = template(
      '# Team management',
      '## Use cases',
      '### Team arranger adds a new carer to the team',
      '#### Preconditions\n\n* The carer is registered.',
      '#### Steps\n\n1. The arranger searches for the carer by name.\n2. The arranger invites the carer.',
      '#### Postconditions\n\n* The carer sees the invitation on their home page.',
      '### Person giving support accepts invitation to team',
      '#### Steps\n\n1. The system lists pending invitations.',
      '#### Postconditions\n\n* Team members can see one another on the team page.',
    );
    const stories = parseStories(useCases).filter((s) => s.depth === 3);
    expect(stories.map((s) => elementWords(useCases, s).who)).toEqual(['Team arranger', 'Person giving support']);
    const findings = lintText(useCases).findings.filter((f) => f.span.start > useCases.indexOf('### Team'));
    expect(findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    expect(findings.map((f) => f.ruleId)).not.toContain('missing-who');
    // Preconditions and steps alone are a procedure's too (a runbook's, a test's): no postconditions, no goal named.
    const procedure = template(
      '## Nightly export',
      'Finance reconciles the ledger from it.',
      '#### Preconditions\n\n* The ledger is closed for the day.',
      '#### Steps\n\n1. Run the export job.',
    );
    expect(lintText(procedure).findings.map((f) => f.ruleId)).toContain('missing-outcome');
    // A name that opens with no actor before its verb names no one.
    const unnamed = useCases.replace('Team arranger adds', 'Adding');
    expect(
      elementWords(unnamed, parseStories(unnamed).find((s) => s.title?.startsWith('Adding'))!).who,
    ).toBeUndefined();
  });

  it("reads a document's appendices, lettered or not, as its context: no story to write in them", () => {
    const text = template(
      '# Product Brief: Chatbot',
      '## Problem Statement',
      'Students cannot find which courses they need, so they email staff and wait a week.',
      '## Goals',
      'Students find their courses themselves.',
      '## Appendices',
      '### A. Research Summary',
      '* **Brainstorming (November 6):** ideas for a chatbot.',
      '### B. Interviews',
      '* Twelve students described how they look for courses today.',
      '### C. References',
      '* `brainstorming.md`',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Product Brief: Chatbot']);
    // A lettered section is read by its name, as a numbered one is.
    const lettered = template(
      '# Export invoices',
      '## A. Problem',
      'Accountants re-type every invoice.',
      '## B. Users',
    );
    expect(only(lettered).title).toBe('Export invoices');
    // So is an appendix ("## Appendix A: Product Scope", as a course's developer guides name theirs): the document's
    // product scope beside its user stories, no story missing its outcome.
    const table = [
      '| Priority | As a ... | I want to ... | So that I can... |',
      '|---|---|---|---|',
      '| high | student | see tasks | plan |',
    ].join('\n');
    const appendix = template(
      '# TrackIt - Developer Guide',
      '## Design\n\nThe app uses MVC.',
      '## **Appendix A: Product Scope** <a name="appen-a"></a>',
      '**Target user profile**:\n\n* students\n\n**Value proposition**\n* One app.',
      '## Appendix B - User stories',
      table,
    );
    // Its empty anchor ("<a name=…></a>", a link target) is no part of its name.
    expect(parseStories(appendix).filter((s) => s.title?.includes('Product Scope'))).toEqual([]);
    expect(lintText(appendix).findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Under a heading of its own beside the stories, the product's scope names whom it serves and its value, asking
    // for nothing: context, not a story missing its outcome.
    const scope = template(
      '## Requirements',
      '### Product scope\n\n**Target user profile**:\n\n* students\n\n**Value proposition**: one app to plan.',
      '### User stories',
      table,
    );
    expect(parseStories(scope).map((s) => s.title)).not.toContain('Product scope');
  });

  it('reads sections numbered in outline ("1.2 Users", "3.2.1 Success Metrics") by their names', () => {
    const text = template(
      '# Export invoices',
      '## 1.1 Problem',
      'Accountants at small firms re-type every invoice, which costs them two hours a week.',
      '## 1.2 Users',
      'Accountants at small firms.',
      '### 1.2.1 Success Metrics',
      '- Time spent re-typing falls from 2 h to 10 min a week by June',
    );
    const story = only(text);
    expect(story.title).toBe('Export invoices');
    expect(story.elements.who?.text).toBe('Accountants at small firms.');
    expect(story.criteria.map((c) => c.text)).toEqual(['Time spent re-typing falls from 2 h to 10 min a week by June']);
    // A version is no outline number: "# 2.2.3" still names release notes.
    expect(parseStories('# 2.2.3\n\n- Fixed the export of empty invoices\n')).toEqual([]);
  });

  it('reads a titled issue with template sections as one story, its sections named by meaning', () => {
    const text = template(
      '# Let night nurses see critical lab results at once',
      '<!-- Describe the problem. Who is affected? -->',
      '## Problem to solve',
      'Night nurses learn about critical results from a phone call, often an hour late.',
      '## Intended users',
      'Ward nurses on night shift',
      '## Proposal',
      'Push a notification to the ward tablet.',
      '## Further details',
      'See the escalation policy.',
      '### What does success look like, and how can we measure that?',
      '- Median time from result to acknowledgement falls below 10 minutes',
      '## Links / references',
      '- the lab system manual',
    );
    const story = only(text);
    expect(story.kind).toBe('story');
    expect(story.title).toBe('Let night nurses see critical lab results at once');
    expect(elementWords(text, story)).toMatchObject({
      outcome: 'Night nurses learn about critical results from a phone call, often an hour late.',
      who: 'Ward nurses on night shift',
      solution: 'Push a notification to the ward tablet.',
    });
    expect(story.criteria.map((c) => c.text)).toEqual([
      'Median time from result to acknowledgement falls below 10 minutes',
    ]);
    expect(story.span.end).toBe(text.trimEnd().length);
  });

  it('reads "Problems to be solved" and "User problems to be solved" as the problem to solve', () => {
    // A project pitch's "## Problem it solves" too.
    const names = ['Problems to be solved', 'User problems to be solved', 'Problem to be solved', 'Problem it solves'];
    for (const name of names) {
      const text = template(
        '# EyeDropper input',
        `## ${name}`,
        'Designers cannot pick a colour from elsewhere on the screen without a native app.',
        '## Proposed solution',
        'An input type that opens the system eyedropper.',
      );
      expect(elementWords(text, only(text)).outcome, name).toBe(
        'Designers cannot pick a colour from elsewhere on the screen without a native app.',
      );
    }
  });

  it("reads GitHub's feature request template: the problem it is related to, the solution you'd like", () => {
    const text = template(
      '# Pay with a saved card',
      '**Is your feature request related to a problem? Please describe.**',
      'Returning shoppers re-enter their card on every order, and a third of them abandon checkout on mobile.',
      "**Describe the solution you'd like**",
      'Offer the card saved on their first order.',
      "**Describe alternatives you've considered**",
      'Apple Pay only.',
      '**Additional context**',
      'Support gets forty tickets a week about it.',
    );
    const story = only(text);
    expect(story.kind).toBe('story');
    expect(elementWords(text, story)).toMatchObject({
      outcome: 'Returning shoppers re-enter their card on every order, and a third of them abandon checkout on mobile.',
      solution: 'Offer the card saved on their first order.',
    });
  });

  it('reads the sections of a GitHub issue form by their questions, and "_No response_" as left empty', () => {
    const form = (success: string) =>
      template(
        '### Who is this for?',
        'Returning shoppers on mobile',
        '### What problem does this solve?',
        'They re-enter their card on every order, and a third of them abandon checkout.',
        '### What do you want to happen?',
        'Offer the card saved on their first order.',
        '### How will we know it worked?',
        success,
        '### Additional information',
        '_No response_',
      );
    const filled = form('Mobile checkout abandonment falls from 33% to 20% by the end of Q3.');
    const story = only(filled);
    expect(elementWords(filled, story)).toMatchObject({
      who: 'Returning shoppers on mobile',
      outcome: 'They re-enter their card on every order, and a third of them abandon checkout.',
      solution: 'Offer the card saved on their first order.',
      success: 'Mobile checkout abandonment falls from 33% to 20% by the end of Q3.',
    });
    const rules = (text: string) => lintText(text).findings.map((f) => f.ruleId);
    expect(rules(filled)).not.toContain('missing-success');
    expect(rules(form('_No response_'))).toContain('missing-success');
  });

  it('keeps the sections after an unknown one in a heading-less document of named sections (an issue form)', () => {
    const text = template(
      '### Who is this for?',
      'Returning shoppers on mobile',
      '### Version',
      '2.4.1',
      '### What problem does this solve?',
      'They re-enter their card on every order, and a third of them abandon checkout.',
      '### How will we know it worked?',
      '- Mobile checkout abandonment falls from 33% to 20% by the end of Q3',
    );
    const story = only(text);
    expect(elementWords(text, story)).toMatchObject({
      who: 'Returning shoppers on mobile',
      outcome: 'They re-enter their card on every order, and a third of them abandon checkout.',
    });
    expect(story.criteria.map((c) => c.text)).toEqual([
      'Mobile checkout abandonment falls from 33% to 20% by the end of Q3',
    ]);
  });

  it('reads the why of a problem that says what people give up, abandon or re-enter, as a cost', () => {
    for (const cost of ['a third of them abandon checkout', 'many give up at the payment step', 'they re-type it']) {
      const text = template(
        '### What problem does this solve?',
        `Returning shoppers pay on their phones every week, and ${cost}.`,
        '### What do you want to happen?',
        'Offer the card saved on their first order.',
      );
      expect(only(text).elements.why?.text, cost).toContain(cost);
    }
  });

  it('reads a positioning one-pager\'s "Problem Space" as its problem and "Solution Space" as its solution', () => {
    const text = [
      '## Problem Space',
      'Millennials who work in tech want to support their local community but do not know which charity to trust.',
      '## Solution Space',
      'A giving platform that helps people discover local charities and track their impact.',
    ].join('\n\n');
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads two known names joined by "and" ("Goals and Success Metrics") by the first, as "Goals & Metrics"', () => {
    const text = template(
      '# Product brief: Export invoices',
      '## Target users',
      'Accountants at small firms.',
      '## Goals and Success Metrics',
      'Accountants stop re-typing invoices, so that they close the month a day sooner.',
      '### Key Performance Indicators',
      '- Time spent re-typing falls from 2 h to 10 min a week by June',
    );
    const story = only(text);
    expect(story.elements.who?.text).toBe('Accountants at small firms.');
    expect(story.elements.outcome?.text).toContain('Accountants stop re-typing invoices');
    expect(story.criteria.map((c) => c.text)).toEqual(['Time spent re-typing falls from 2 h to 10 min a week by June']);
    // A title whose words after "and" name no part stays a title.
    expect(parseStories('## Export and print invoices\nAs an accountant, I want to export invoices.\n')).toHaveLength(
      1,
    );
  });

  it('reads two known names joined by "or", and a known name the project owns ("Project\'s Purpose or Goal")', () => {
    const text = template(
      '# Project Proposal',
      '## Project’s Purpose or Goal:',
      'Friends write a story together, one line each, so that writing feels like a game.',
    );
    expect(only(text).elements.why?.text).toContain('Friends write a story together');
    expect(
      only(template('# Proposal', "## Project's Goal", 'Friends write stories together.')).elements.outcome?.text,
    ).toBe('Friends write stories together.');
    expect(parseStories('## Export or print invoices\nAs an accountant, I want to export invoices.\n')).toHaveLength(1);
  });

  it('reads metrics named after whose or which they are ("Internal Reliability Metrics") as success sections', () => {
    const text = template(
      '# Site scanning',
      '## Goals',
      '- Scan every federal website daily, so that stakeholders have current data.',
      '### Internal program measures of success',
      '- Scans are running daily',
      '## External program metrics',
      '- Data downloads',
      '## User Success Metrics',
      '- 9 in 10 stakeholders find a site in the index on their first search',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'Scans are running daily',
      'Data downloads',
      '9 in 10 stakeholders find a site in the index on their first search',
    ]);
    // A title that only ends in "metrics" names a story: what comes before says what to build.
    expect(parseStories('## Logging daily metrics\n\nAs a runner, I want to log my daily metrics.\n')).toHaveLength(1);
  });

  it("reads an OKR's objective and key results listed under a success name as its criteria, not as fields", () => {
    const text = [
      '## Story',
      '',
      '**Who:** night-shift nurse',
      '**Outcome:** know at once when a lab result is critical',
      '**Why:** a late reaction harms patients',
      '',
      "### How we'll know",
      '',
      '- **Objective:** Faster reaction to critical results',
      '  - **Key Result:** 9 in 10 critical results acknowledged within 5 minutes by June',
      '- **Goal:** Fewer missed results',
      '',
    ].join('\n');
    const story = only(text);
    expect(slice(text, story.elements.outcome?.span)).toBe('know at once when a lab result is critical');
    expect(story.criteria.map((c) => c.text)).toEqual([
      '**Objective:** Faster reaction to critical results',
      '**Key Result:** 9 in 10 critical results acknowledged within 5 minutes by June',
      '**Goal:** Fewer missed results',
    ]);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-success');
  });

  it('reads a known name going on as a question ("Who? …") only when the name has more than one word', () => {
    const text = template(
      '## Faster payouts',
      'As a seller, I want my payout in a day, so that I can restock.',
      '### Why? Not now',
    );
    expect(only(text).elements.why?.text).toBe('I can restock');
  });

  it('reads a bold line without a colon, and emoji codes before a name, as a section name', () => {
    const text = template(
      '## Export my timesheet',
      'As a contractor, I want to export my hours, so that I can invoice on time.',
      '**:white\\_check\\_mark: Acceptance Criteria**',
      '- the export lists every day of the month',
      '**Reference links**',
      '- the invoicing guide',
    );
    const story = only(text);
    expect(story.criteria.map((c) => c.text)).toEqual(['the export lists every day of the month']);
  });

  it("reads Success metrics, KPIs and Definition of Done headings as How we'll know", () => {
    for (const name of [
      'Success metrics',
      'KPIs',
      'Key Performance Indicators (KPIs)',
      'Definition of Done',
      // A course template's name for each story's scenarios.
      'Definitions of Done(s)',
      'Acceptance criteria (checked at review)',
      // A PRD's metrics to watch, its state after the name ("(WIP)") no word of it.
      'Metrics to track: (WIP)',
      'KPIs we will monitor',
    ]) {
      const text = template(
        '## Faster payouts',
        'As a seller, I want my payout in a day, so that I can restock.',
        `### ${name}`,
        '- payouts arrive within 24 h',
      );
      expect(
        only(text).criteria.map((c) => c.text),
        name,
      ).toEqual(['payouts arrive within 24 h']);
    }
  });

  it('reads "Scenario: …" sub-headings as the scenarios that accept the story', () => {
    const text = template(
      '## Rotate the log file',
      'As an operator, I want old logs rotated away, so that the disk never fills up.',
      '### Scenario: Rotation enabled',
      '- **WHEN** `log.rotate.enabled` is `true`',
      '- **THEN** the file rolls over at `max_size_mb`',
      '### Scenario Outline: Rotation disabled',
      '- **WHEN** `log.rotate.enabled` is `false`',
      '- **THEN** the file is never rolled over',
    );
    expect(only(text).criteria).toHaveLength(4);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-success');
  });

  it('keeps an ordinary sentence that starts with a section name out of the names', () => {
    const text = template(
      '## Goal posts',
      'As a referee, I want to check the goal line, so that goals are fair.',
      '### Goal of the pilot is to learn',
      'We try it in two stadiums.',
    );
    const story = only(text);
    expect(story.elements.outcome?.text).toBe('check the goal line');
  });

  it("adopts the story statement of a named section as the story's sentence", () => {
    const text = template(
      '# Project members view',
      '### Problem to Solve',
      'As a project owner I want to see who is a member of my project, so that I can remove people who left.',
      '### Technical Solution',
      '- [ ] members endpoint',
      '### Terminology',
      'Additional Notes',
      '================',
      'Mock-ups are attached.',
    );
    const story = only(text);
    expect(story.title).toBe('Project members view');
    expect(elementWords(text, story)).toMatchObject({ who: 'project owner', why: 'I can remove people who left' });
  });

  it('reads a "Narrative" sub-heading, as BDD writes the statement, as the story\'s statement section', () => {
    const text = [
      '## Account balance',
      '### Narrative',
      "As a bank teller, I want to retrieve my customer's balance, so that they can make better decisions.",
      '### Acceptance Criteria',
      'Given my customer has a checking account',
      'When I view their account',
      'Then I see their current balance',
      '',
    ].join('\n');
    const story = only(text);
    expect(story.title).toBe('Account balance');
    expect(elementWords(text, story)).toMatchObject({ who: 'bank teller', outcome: "retrieve my customer's balance" });
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-success');
    // Criteria named after a colon are criteria still: "Acceptance Criteria: Accounts have numbers".
    const named = text.replace('### Acceptance Criteria', '### Acceptance Criteria: Accounts have numbers');
    expect(lintText(named).findings.map((f) => f.ruleId)).not.toContain('missing-success');
  });

  it('reads a statement written as a definition list, a clause to each ": " line, under its story\'s name', () => {
    const text = [
      '# User stories',
      '',
      'User Story 0',
      ': As a Japanese language student',
      ': I want to add new words I learned to the database',
      ': so that I can study them',
      '',
      'User Story 1',
      ': As a Japanese language student',
      ': I want to see a list of what I need to study',
      ': so that I can focus on the test.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => elementWords(text, s))).toEqual([
      { who: 'Japanese language student', outcome: 'add new words I learned to the database', why: 'I can study them' },
      {
        who: 'Japanese language student',
        outcome: 'see a list of what I need to study',
        why: 'I can focus on the test',
      },
    ]);
  });

  it('adopts a job statement of a named section as it adopts a classic one', () => {
    const text = template(
      '# OR token',
      '### Problem To Solve',
      'When filtering issues, I want to filter by two labels, so that I can see issues with either label.',
      '### Proposal',
      '- Add OR between the values of one key.',
    );
    const story = only(text);
    expect(story.sentence?.form).toBe('job');
    // A job story names its who through the situation.
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-who');
  });

  it('reads a heading that is itself a story statement as that story', () => {
    const text = template(
      '# Ward tablet',
      '## As a ward nurse, I want critical results pushed to me, so that I act within minutes',
      '### Acceptance criteria',
      '- results arrive within a minute',
      '## As a lab technician, I want to see who acknowledged a result',
    );
    const stories = parseStories(text);
    expect(stories).toHaveLength(2);
    expect(elementWords(text, stories[0]!)).toMatchObject({ who: 'ward nurse', why: 'I act within minutes' });
    expect(stories[0]!.criteria).toHaveLength(1);
    expect(stories[1]!.elements.who?.text).toBe('lab technician');
  });

  it('reads a heading statement with nothing under it as a one-line story, as a backlog of headings lists them', () => {
    const text = template(
      '# Pod users',
      '### As a Solid user I want to choose where to store my data so that I can trust its provider',
      '### As a Solid user I want to delete my data so that I limit who can see it',
    );
    expect(parseStories(text).map((s) => s.oneLine)).toEqual([true, true]);
    // The section rules (success, consequence) are not asked of it; the sentence rules still are.
    const rules = lintText(text).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('missing-success');
    expect(rules).not.toContain('missing-consequence');
    // With a body, it is a story of its own section, asked for them.
    const bodied = text.replace('trust its provider', 'trust its provider\n\nProviders differ by country.');
    expect(parseStories(bodied).map((s) => s.oneLine)).toEqual([false, true]);
  });

  it('reads the scenarios written beside a heading story ("### US 1", then "### UAT 1.1") as its criteria', () => {
    const text = template(
      '## Backlog',
      '### ✅ US 1\nAs a fan\nI want to have players\nSo that players can play the game',
      '### ✅ UAT 1.1\nGiven a new game\nWhen the game starts\nThen the number of players should be 2',
      '### Scenario: first player\nGiven a new game\nWhen the game starts\nThen the first player is X',
      '### ✅ US 2\nAs a fan\nI want an empty board\nSo that moves can be followed',
    );
    const stories = parseStories(text);
    expect(stories.map((s) => [s.title, s.criteria.length])).toEqual([
      ['✅ US 1', 6],
      ['✅ US 2', 0],
    ]);
    // No scenario is a story missing its who and want.
    expect(lintText(text).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds the stories under a section adopted by the title ("# Description" beside it, over "## Backlog")', () => {
    const text = template(
      '# Tic Tac Toe repo',
      '# Description\nThe exercise involves developing a game.',
      '## Backlog',
      '- As a fan, I want to have players, so that players can play the game',
    );
    expect(parseStories(text).map((s) => s.elements.who?.text)).toEqual(['fan']);
    // A context section adopted so ("# Requirements" after "# Connect Messenger") holds its User Stories section too.
    const requirements = template(
      '# Connect Messenger',
      '# Requirements',
      '## User Stories',
      '1. As a new user, I want to create an account so that I can start chatting.',
      '2. As a user, I want to send messages, so that we talk at once.',
    );
    expect(parseStories(requirements).map((s) => s.elements.who?.text)).toEqual(['new user', 'user']);
    // With a description of its own, the title holds those stories: no story asked for its success and consequence.
    const described = requirements.replace(
      '# Connect Messenger',
      '# Connect Messenger\n\n## Concept Description\n\nConnect Messenger aims to meet the needs of teams.',
    );
    expect(lintText(described).findings.map((f) => f.ruleId)).not.toContain('missing-success');
  });

  it("reads a board's card (a heading statement over its tags, workload or steps) as a one-line story", () => {
    const text = template(
      '## Backlog',
      "### As a Tourist I want to see a place's rating so that I can compare it to other options.",
      '  - tags: [Out of Scope, Epic: Places page]',
      "### As a Local I want to upload photos so that I can add to a place's details.",
      '  - tags: [Sprint 2]\n  - workload: Normal\n  - steps:\n      - [x] 1. Add photo table\n      - [ ] 2. Show',
    );
    expect(parseStories(text).map((s) => [s.oneLine, s.elements.who?.text])).toEqual([
      [true, 'Tourist'],
      [true, 'Local'],
    ]);
    expect(lintText(text).findings.map((f) => f.ruleId)).toEqual([]);
    // A list that says more than the card's fields is the story's own text, asked for its parts.
    const said = text.replace('  - tags: [Sprint 2]', '  - Photos help people choose a place.');
    expect(parseStories(said).map((s) => s.oneLine)).toEqual([true, false]);
  });

  it("reads a story an overview lists and a section then details, word for word, as the section's story", () => {
    const text = [
      '## User Stories',
      'List:',
      '1.As a student, I want to know when a task was\npostponed.\n\n2.As a teacher, I want to move a task.',
      '## Story #1',
      'As a student, I want to know when a task was postponed.',
      '### Acceptance Test',
      'Given a task was postponed\nWhen I unlock my phone\nThen I read the notification',
    ].join('\n\n');
    expect(kinds(text)).toEqual(['story: move a task', 'story: Story #1']);
    // Said another way in the list, it is a story of its own.
    expect(kinds(text.replace('was\npostponed', 'was moved'))).toHaveLength(3);
  });

  it('reads a story a later table repeats word for word under its number (a trace table) as that story', () => {
    const text = [
      '## User Stories',
      '| # | Description |\n| --- | --- |\n' +
        '| US-01 | As an **admin**, I want to assign roles to school users, so that I manage access. |\n' +
        '| US-02 | As a student, I want to view a feed of tutorials, so that I learn. |',
      '## Traceability',
      '| Epic | Story | Description |\n| --- | --- | --- |\n' +
        '| EP-03 | [US-01](#user-stories) | As an admin, I want to assign roles to school users, so that I manage ' +
        'access. |',
    ].join('\n\n');
    expect(kinds(text)).toEqual(['story: assign roles to school users', 'story: view a feed of tutorials']);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('duplicate-story');
    // Listed again under another number, or twice in the same list, it is a duplicate to merge.
    const statement = 'As an admin, I want to assign roles to school users, so that I manage access.';
    const renumbered = `## Alumni\n\n3. ${statement}\n\n## Admin\n\n5. ${statement}\n`;
    expect(lintText(renumbered).findings.map((f) => f.ruleId)).toContain('duplicate-story');
    const twice = `- ${statement}\n`.repeat(2);
    expect(lintText(twice).findings.map((f) => f.ruleId)).toContain('duplicate-story');
  });

  it('reads a story restated under its number where it is prioritised ("(User Story 2) As a …") as that story', () => {
    const text = template(
      '# Requirements',
      '### User Story 1 - School management',
      '> **As** an admin, **I want** to manage schools, **so that** I can keep their details current.',
      '### User Story 2 - Logout',
      '> **As** a user, **I want** to log out, **so that** my information stays private.',
      '## MoSCoW',
      '### Must Have',
      '* School management\n    - (User Story 1) **As** an admin, **I want** to manage schools, ' +
        '**so that** I can keep their details current.',
      '* Account\n    - (User Story 2) **As** a user, **I want** to log out, ' +
        '**so that** my information stays private.',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual([
      'User Story 1 - School management',
      'User Story 2 - Logout',
    ]);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('duplicate-story');
    // With no story of that number in the document, the number is the one-line story's own key.
    const keyed = template('# Backlog', '- [US-12] As a shopper, I want to save my card, so that I pay faster.');
    expect(parseStories(keyed)).toHaveLength(1);
    // A number is read one way wherever it stands: "US-12" as a heading's number and as the one cited.
    const short = template(
      '# Requirements',
      '### US-12: Saved cards',
      '> As a shopper, I want to save my card, so that I pay faster.',
      '## MoSCoW',
      '- [US-12] As a shopper, I want to save my card, so that I pay faster.',
    );
    expect(parseStories(short).map((s) => s.title)).toEqual(['US-12: Saved cards']);
  });

  it('reads a heading that only numbers its statement ("#### User story 3") as a one-line story', () => {
    const text = template(
      '# Invite users',
      '## User stories',
      '#### User story 1',
      'As an organisation admin I want to invite users that work for my organisation.',
      '#### User story 2',
      'As a trainer I want to invite every participant at once, so that the training starts on time.',
    );
    expect(parseStories(text).map((s) => [s.title, s.oneLine])).toEqual([
      ['User story 1', true],
      ['User story 2', true],
    ]);
    // A heading naming the story's topic makes it a section story, asked for its success.
    const named = text.replace('#### User story 2', '#### Invite a whole training');
    expect(parseStories(named).map((s) => s.oneLine)).toEqual([true, false]);
    // A heading that is only the need's identifier ("## PL1", "### PL2.01", "### FR-3") numbers it too.
    const needs = text.replace('#### User story 1', '## PL1').replace('#### User story 2', '### PL2.01');
    expect(parseStories(needs).map((s) => [s.title, s.oneLine])).toEqual([
      ['PL1', true],
      ['PL2.01', true],
    ]);
  });

  it('reads a story file\'s "Story Overview" as its outcome ("I want the app to remind me …")', () => {
    const text = template(
      '# User Story: Reminders',
      '## Story Overview\nI want the app to remind me to log entries so I do not forget to track my meals.',
      'Context: Bob has been using the app daily for a few days.',
      '## Acceptance Criteria\n- [ ] User can set a reminder',
    );
    expect(elementWords(text, only(text)).outcome).toMatch(/^I want the app to remind me to log entries/);
    // Its outcome is stated; nobody is named, so the story still lacks its who.
    const rules = lintText(text).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('missing-outcome');
    expect(rules).toContain('missing-who');
    // A proposal's "I want …" is how to build it, not the story's want.
    const proposed = text.replace('## Story Overview', '## Proposed solution');
    expect(only(proposed).elements.outcome).toBeUndefined();
  });

  it('reads a story file\'s numbered "1.1. User Story Description" as its statement\'s part: one story', () => {
    const text = template(
      '# US023 - Assign a Team to an entry in the Agenda',
      '## 1. Requirements Engineering',
      '### 1.1. User Story Description',
      'As a GSM, I want to assign a Team to an entry in the Agenda.',
      '### 1.2. Customer Specifications and Clarifications',
      '> A team carries out the task in a green space.',
      '### 1.3. Acceptance Criteria',
      '* **AC1:** A message is sent to all team members about the assignment.',
    );
    const story = only(text);
    expect(elementWords(text, story)).toMatchObject({ who: 'GSM', outcome: 'assign a Team to an entry in the Agenda' });
    expect(story.criteria).toHaveLength(1);
  });

  it('reads a heading statement after its number with no article ("## Us1: As effect creator I want …")', () => {
    const text = template(
      '# User Stories',
      '## Us1:  As effect creator I want to upload my own effects, so I can share them with people',
      '### Acceptance criteria',
      '* Effects get uploaded correctly',
    );
    expect(elementWords(text, only(text))).toMatchObject({ who: 'effect creator', outcome: 'upload my own effects' });
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads a heading naming the role ("### 1 - As a visitor") over "I want …" as the who of that statement', () => {
    const text = template(
      '# User stories',
      '### 1 - As a visitor\nI want to sign up for an account\nSo that I can log in to the application',
      '### 2 - As a **User**\nI want to log out\nSo that I can keep my account private',
    );
    const stories = parseStories(text);
    expect(stories.map((s) => elementWords(text, s).who)).toEqual(['visitor', 'User']);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-who');
    // Unnumbered, the same; and with no article.
    const bare = text.replace('1 - ', '').replace('2 - ', '').replace('As a **User**', 'As User');
    expect(parseStories(bare).map((s) => elementWords(bare, s).who)).toEqual(['visitor', 'User']);
    // A colon after the role, and emphasis on the article, as the context reading of the heading already allows.
    const marked = text.replace('As a visitor', 'As a visitor:').replace('As a **User**', 'As **a** User');
    expect(parseStories(marked).map((s) => elementWords(marked, s).who)).toEqual(['visitor', 'User']);
    // "I expect to be able to..." over a list leads into it: no want of its own, the heading stays context.
    const leadIn = template('# Roles', '## As Tahoe-LAFS end-user', 'I expect to be able to...', '- view the docs');
    expect(parseStories(leadIn).map((s) => s.title)).toEqual(['Roles']);
    // "User" is named, and generic: the finding sits on the heading's word.
    const generic = lintText(text).findings.filter((f) => f.ruleId === 'generic-who');
    expect(generic.map((f) => text.slice(f.span.start, f.span.end))).toContain('User');
  });

  it('reads a heading naming the role over a list of "I can …" items as that role\'s one-line stories', () => {
    const text = template(
      '# Chapter\n\nA tool for meetups.',
      '## User stories so far',
      '### As a future participant',
      '- I can use a search box on the landing page to find a city.\n- I want to RSVP, so that I get a ticket.',
      '- After the event, I will get emails about the next ones.',
      '### As an organizer\n\n- I can create an event.',
    );
    const stories = parseStories(text);
    expect(stories.map((s) => [elementWords(text, s).who, elementWords(text, s).outcome])).toEqual([
      ['future participant', 'use a search box on the landing page to find a city'],
      ['future participant', 'RSVP'],
      ['organizer', 'create an event'],
    ]);
    expect(stories.every((s) => s.oneLine)).toBe(true);
    // An item that states no want (a persona's trait) takes no role: no statement.
    expect(parseStories(template('# People', '### As a nurse', '- Works night shifts\n- Reads alerts'))).toEqual([
      expect.objectContaining({ title: 'People' }),
    ]);
  });

  it('reads a role labelling its want ("**Teacher** ➜ 2) I want …", "Student: I want …") as the who', () => {
    const text = template(
      '### Teachers\n---',
      '- **Teacher** ➜ 2) I want to be able to add a new class.\n- ✅ **Teacher** ➜ 4+6) I want to assign a module.',
      '- **Entrepreneur**: I can gather extra information about trees.\n- Student: I would like to see more diagrams.',
    );
    const stories = parseStories(text);
    expect(stories.map((s) => [elementWords(text, s).who, elementWords(text, s).outcome])).toEqual([
      ['Teacher', 'be able to add a new class'],
      ['Teacher', 'assign a module'],
      ['Entrepreneur', 'gather extra information about trees'],
      ['Student', 'see more diagrams'],
    ]);
    // A label that names no one is an aside before the want, not its who.
    const note = parseStories(template('## Notes', '- **Note**: I want to add a class later.'));
    expect(note.map((s) => s.elements.who?.text)).toEqual([undefined]);
    // Nor is the name of the statement itself, a word for people in it or not.
    const named = parseStories(template('## Water', '* User story: I want to find out how water usage changed.'));
    expect(named.map((s) => s.elements.who?.text)).toEqual([undefined]);
  });
  it('reads story statements in nested list items and in block quotes', () => {
    const text = [
      '# Backlog',
      '',
      '- Billing',
      '  - As a tenant, I want to see my bill, so that I can budget.',
      '',
      '> As a landlord, I want to see arrears, so that I can call early.',
      '',
    ].join('\n');
    const stories = parseStories(text);
    expect(stories.map((s) => s.elements.who?.text)).toEqual(['tenant', 'landlord']);
    expect(stories.every((s) => s.oneLine)).toBe(true);
  });

  it('reads a ticket written as bullets (the statement, then Priority and Acceptance Criteria) as one story', () => {
    const text = [
      '## US-HI-01: View analysis history list',
      '- As a singer, I want to see my past analyses, so that I can tell whether I improve.',
      '- Priority: P0',
      '- Acceptance Criteria:',
      '  - Given I am signed in',
      '  - When I open History',
      '  - Then I see a list with date, title, and overall score',
      '',
    ].join('\n');
    const story = only(text);
    expect(story.oneLine).toBe(false);
    expect(elementWords(text, story)).toMatchObject({
      who: 'singer',
      outcome: 'see my past analyses',
      why: 'I can tell whether I improve',
    });
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-who');
  });

  it('takes nothing from comments, code or template prompts', () => {
    const text = template(
      '## Reports',
      'As a manager, I want a weekly summary, so that I can plan staffing.',
      '### Who',
      '<!-- Who does this impact? -->',
      '### Acceptance criteria',
      '<!-- Everyone should understand what is expected -->',
      '- `GET /summary` returns 200',
      '- `npm run e2e`',
      '- (Describe the expected result)',
    );
    const story = only(text);
    expect(story.elements.who?.text).toBe('manager');
    // An item with words of its own keeps them all (rewrites copy them); one of template text alone is none.
    expect(story.criteria.map((c) => c.text)).toEqual(['`GET /summary` returns 200']);
  });

  it('takes no criterion the author struck through, nor a list number alone on its line', () => {
    const text = [
      '# Update confirmation',
      '',
      'As a member, I want to know an update is ready, so that I restart when it suits me.',
      '',
      '## Acceptance Criteria',
      '1. ',
      '- THEN I see a top banner with an install now message',
      '2.',
      '- THEN the update is installed and the app restarts',
      '3.',
      '~~- GIVEN that I see the bottom-sheet confirmation~~',
      '',
      '- ~~Tapping No hides the banner~~ (dropped after testing)',
      '',
    ].join('\n');
    // "2." continues the item above it as a line of its own; the struck steps were withdrawn.
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'THEN I see a top banner with an install now message',
      'THEN the update is installed and the app restarts',
      '~~Tapping No hides the banner~~ (dropped after testing)',
    ]);
  });

  it('takes the who and the why from a Problem paragraph that says who struggles and what it costs', () => {
    const text = template(
      '# Saved filters',
      '## Problem',
      'Nurses rebuild the same filters every shift because nothing is saved, which costs them ten minutes.',
      '## Proposal',
      'Save filters per user.',
    );
    const story = only(text);
    expect(story.elements.who?.from).toBe('prose');
    expect(story.elements.why?.from).toBe('prose');
  });

  it('reads a Goal written as bullets as prose, and a benefit stated as such as the why', () => {
    const bullets = template(
      '# Interest tags notice',
      '## Goal',
      '- Increase the share of active members who have interest tags selected.',
      '## What needs to be done',
      'Show a notice in the feed.',
    );
    expect(only(bullets).elements.why?.text).toBe(
      'Increase the share of active members who have interest tags selected.',
    );
    const aimed = template(
      '# Friendly Captcha on votes',
      '## Goal',
      'This change is aimed at reducing the volume of spam votes on the site.',
    );
    expect(only(aimed).elements.why?.from).toBe('prose');
    // "Add value to …" names the aim as "Increase …" does; adding a thing does not.
    expect(only(template('# Settings', '## Goal', '- Add value to the Plus subscription')).elements.why?.from).toBe(
      'prose',
    );
    expect(only(template('# Settings', '## Goal', '- Add a value field to the form')).elements.why).toBeUndefined();
    // Saying first how to go about it orders the work: "Clearly communicate …" gives no reason.
    expect(
      only(template('# Notice', '## Goal', 'Clearly communicate the change to users.')).elements.why,
    ).toBeUndefined();
    // A Goal that says what, not why, gives none.
    const plain = template('# Decimal amounts', '## Goal', 'Allow decimals in the amount field.');
    expect(only(plain).elements.why).toBeUndefined();
  });

  it('reads a purpose, a cause and a comparison as the why, and a result clause as none', () => {
    const why = (sentence: string) => only(template('# Sizes', '## Goal', sentence)).elements.why?.text;
    expect(why('Add a Discovery tab so Superminds are easier to find.')).toBeDefined();
    expect(why('Remove the cash wording, since cash is not supported in the iOS app.')).toBeDefined();
    expect(why('Show sizes in GiB. For people it is much more convenient to read.')).toBeDefined();
    expect(why('Maps differ from characters, so it will be necessary to store them apart.')).toBeUndefined();
    expect(why('Show the scenes, since version 3 of the editor.')).toBeUndefined();
    const purpose = only('As a SIG chair, I want to triage my backlog of open issues to accelerate merge velocity.\n');
    expect(purpose.elements.why?.text).toBe('accelerate merge velocity');
  });

  it('reads a cost written with a space where the word list has a hyphen ("time consuming", "error prone")', () => {
    const why = (sentence: string) => only(template('# Insert snippets', '## Problem to solve', sentence)).elements.why;
    expect(why('Snippets are copied by hand. This is error prone and time consuming.')?.from).toBe('prose');
    expect(why('Snippets are copied by hand. This is error-prone for every team.')?.from).toBe('prose');
    expect(why('Snippets are copied by hand into the file.')).toBeUndefined();
  });

  it('reads hours or days spent on the chore as what it costs', () => {
    const why = (sentence: string) => only(template('# Invoices', '## Problem to solve', sentence)).elements.why;
    expect(why('Accountants copy every invoice into a spreadsheet; it takes them a whole day.')?.from).toBe('prose');
    expect(why('Pharmacists re-key every prescription the surgery sends.')?.from).toBe('prose');
    expect(why('Support staff spend hours matching refunds to orders.')?.from).toBe('prose');
    expect(why('Accountants copy every invoice into a spreadsheet at month-end.')).toBeUndefined();
  });

  it('reads a situation judged unhelpful, undesirable or without a way out as what it costs', () => {
    const why = (sentence: string) => only(template('# Label links', '## Problem to solve', sentence)).elements.why;
    expect(why('Label tooltips hold links, which are not particularly helpful as tooltips vanish.')?.from).toBe(
      'prose',
    );
    expect(why('There is no way to scale reads of one server horizontally today.')?.from).toBe('prose');
    expect(why('Search results list many triage issues. This is not desirable.')?.from).toBe('prose');
    expect(why('Label tooltips hold links to the label pages.')).toBeUndefined();
  });

  it('reads a title tagged with its team ("UX&D:") as the title, not as a UX section going on', () => {
    const text = template(
      '# UX&D: Clarify expectations with Twitter',
      '## Goal',
      'Creators know what connecting allows.',
    );
    expect(only(text).title).toBe('UX&D: Clarify expectations with Twitter');
  });

  it("does not take the owner in a document's metadata table for the who", () => {
    const text = template(
      '# Communication platforms',
      '| Field | Value |\n| --- | --- |\n| Product owner | Lucas Brown |',
      '## Problem',
      'Volunteers cannot reach the team because every channel needs a login, which costs them a week.',
    );
    expect(only(text).elements.who?.text).toBe('Volunteers');
  });

  it('reads criteria written in a persona\'s voice ("As a TUTOR, I can view …") as criteria, not stories', () => {
    const text = template(
      '# Story 1.2: Timesheets',
      '## Story Information\n- **Epic:** 1 - Timesheets\n- **Story:** 1.2\n- **Status:** Ready',
      "## Story Statement\nAs a lecturer, I want to record tutors' hours, so that they are paid on time.",
      '## Acceptance Criteria\n- [ ] **AC1:** As a TUTOR, I can view all my timesheet records',
    );
    const story = only(text);
    expect(story.criteria.map((c) => c.text)).toEqual(['**AC1:** As a TUTOR, I can view all my timesheet records']);
    // "**Story:** 1.2" numbers the story; the statement says what it is.
    expect(story.elements.outcome?.text).toBe("record tutors' hours");
  });

  it('reads a field that rates the story ("*Value:* Must have", "Business value: High") as no why', () => {
    const ratings = ['*Value:* Must have', 'Value: High', '**Business value**: could-have', 'Value: Medium.'];
    for (const rating of [...ratings, '* Value: Cool to have']) {
      const text = template('#### Story 1 - Talks', '- **Story:** As a participant, I want to join a talk.', rating);
      expect(only(text).elements.why, rating).toBeUndefined();
      expect(
        lintText(text).findings.map((f) => f.ruleId),
        rating,
      ).toContain('missing-why');
    }
    // A value that says what the story is worth is its why.
    const said = template(
      '#### Story 1',
      '- **Story:** As a participant, I want to join a talk.',
      'Value: I meet people.',
    );
    expect(only(said).elements.why?.text).toBe('I meet people.');
  });

  it('reads a story card\'s keywords written as labels ("**As a:** user", "**I want:** …") as its statement', () => {
    for (const card of [
      '### Card\n\n**As a:** student  \n**I want:** data visualization on Moodle  \n**So that:** I see my progress.',
      '### Card\n\n**As a**: student  \n**I want**: to upload graphs  \n**So that**: I can share them.',
    ]) {
      const story = only(`${card}\n`);
      expect(story.sentence?.who?.text, card).toBe('student');
      expect(story.sentence?.outcome?.text, card).toMatch(/^(?:data visualization on Moodle|upload graphs)$/);
    }
  });

  it("reads a story's Technical Tasks after its criteria as context, not as more criteria", () => {
    const text = template(
      '#### SH-001: Backend authentication',
      '**As a** shelter operator  \n**I want** to sign in  \n**So that** only operators see the shelters',
      '**Acceptance Criteria:**\n- [ ] Operators sign in with their email',
      '**Technical Tasks:**\n- [ ] Complete auth/login.ts',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual(['Operators sign in with their email']);
    // An issue export's closing comment after them tells what became of the issue.
    const closed = template(
      '#### Issue #85',
      '- **User Story:** As a student, I want to see my expenses, so that I can budget.',
      '- **Acceptance Criteria:**\n  - Expenses are listed by month',
      '- **Closing Comment:** Closed without completion: moved to the statistics screen.',
    );
    expect(only(closed).criteria.map((c) => c.text)).toEqual(['Expenses are listed by month']);
  });

  it('reads numbered one-line stories, each over its own "* Acceptance Criteria:" list, with those criteria', () => {
    const text = [
      '1. As a future user, I want to create an account, so that I can save my trips.',
      '* Acceptance Criteria:',
      '    * Given valid details, when I submit the form, then my account is created.',
      '',
      '2. As an existing user, I want to log in, so that I can see my progress.',
      '* Acceptance Criteria:',
      '    * Given a valid password, when I log in, then I see my dashboard.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => [s.kind, s.elements.who?.text, s.criteria.length])).toEqual([
      ['story', 'future user', 1],
      ['story', 'existing user', 1],
    ]);
    // "Аs" typed with a Cyrillic А (a keyboard left in another layout) is still "As".
    const cyrillic = text.replace('2. As an', '2. \u0410s an');
    expect(parseStories(cyrillic).map((s) => s.elements.who?.text)).toEqual(['future user', 'existing user']);
  });

  it('reads Scrum\'s "Criteria of Satisfaction" as the success criteria, its "I need to …" items as criteria', () => {
    const text = template(
      'As a team leader I want to create projects so that I can manage the projects I lead',
      'Priority: 3\nCriteria of Satisfaction:\n* Signing up:\n  * I need to choose my username\n  * Requires a name',
    );
    const story = only(text);
    expect(story.criteria.map((c) => c.text)).toContain('I need to choose my username');
    // A backlog of such stories, each paragraph running straight into its list: the list is its story's criteria.
    const backlog = [
      'As a general user I want to make an account so that I can use the app',
      'Priority: 1',
      'Criteria of Satisfaction:',
      '* Signing up:',
      '  * I need to choose my username',
      '---',
      'As a team leader I want to create projects so that I can manage them',
      'Acceptance criteria:',
      '- I need to name the project',
      '',
    ].join('\r\n');
    const stories = parseStories(backlog);
    expect(stories.map((s) => s.sentence?.who?.text)).toEqual(['general user', 'team leader']);
    expect(stories.map((s) => s.criteria.map((c) => c.text))).toEqual([
      // "Signing up:" names the group of checks under it, as such a line does in any criteria list.
      ['I need to choose my username'],
      ['I need to name the project'],
    ]);
    // A note of the file's after them ("# Notes") is the backlog's, not a story they would all be part of.
    const noted = `${backlog}\r\n# Notes\r\n\r\nWe no longer implement the forgotten password service.\r\n`;
    expect(parseStories(noted).map((s) => s.sentence?.who?.text)).toEqual(['general user', 'team leader']);
    expect(parseStories(noted)[0]!.criteria.map((c) => c.text)).toEqual(['I need to choose my username']);
  });

  it("reads the criteria written after each one-line story, before the next, as that story's own", () => {
    const critic = [
      '## Critic',
      '',
      '1. As a critic I want to see the best movies of a year so that I can make lists for my readers.',
      '',
      '  Usage: "./eac list movie --year 2000"',
      '',
      '  Acceptance Criteria:',
      '    * Prints out movies in the year 2000 by rating',
      '',
      '2. As a critic I want to record a movie so I can review it.',
      '',
      '  Acceptance Criteria:',
      '    * Creates a record of the movie',
      '    * Denies a second movie of the same title',
      '',
    ].join('\n');
    const stories = parseStories(critic);
    expect(stories.map((s) => [s.kind, s.sentence?.who?.text])).toEqual([
      ['story', 'critic'],
      ['story', 'critic'],
    ]);
    expect(stories.map((s) => s.criteria.map((c) => c.text))).toEqual([
      ['Prints out movies in the year 2000 by rating'],
      ['Creates a record of the movie', 'Denies a second movie of the same title'],
    ]);
    // Its fields in paragraphs of their own, each story set apart by a rule.
    const ruled = [
      'As a team leader I want to create projects so that I can manage them',
      'Priority: 3',
      'Criteria of Satisfaction:\n* Requires a title',
      '---',
      'As a general user I want to view my projects so that I know what I am in',
      'Criteria of Satisfaction:\n* Only my projects are listed',
    ].join('\n\n');
    expect(parseStories(ruled).map((s) => s.criteria.map((c) => c.text))).toEqual([
      ['Requires a title'],
      ['Only my projects are listed'],
    ]);
    // Each check labelled in its own item ("- CoS: …") under its statement, with the card's personas after them.
    const labelled = [
      '## Account',
      '---',
      'As a user, I want to create my account with my email, so that I can join the community.',
      ' - CoS: A new account is created.\n - CoS: The email matches what the user typed.',
      ' + Related Persona: Bosco Njoku',
      '---',
      'As a user, I want to change my password, so that my account stays safe.',
      ' - CoS: The user gets an error message when the old password is wrong.\n + Related Persona: Helen',
    ].join('\n');
    expect(parseStories(labelled).map((s) => [s.kind, s.criteria.length])).toEqual([
      ['story', 3],
      ['story', 2],
    ]);
    // Nor is the card's list of personas, or the next statement, one of its criteria.
    const rules = lintText(labelled).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('output-criterion');
    // A check written after its label in a paragraph of its own ("Acceptance Test: …"), in a file of no headings.
    const plain = [
      'User Stories',
      'User Story 1:\n\nAs a gamer I want a 2D tile based RPG, so that I can relax after work.',
      'Effort Estimation: About 40 person hours.',
      'Acceptance Test: Players move through the world and win a fight.',
      'User Story 2:\nAs a student I want to get an A on our game so that I can pass CS 371.',
      'Acceptance Test: We receive an A on all of the assignments.',
    ].join('\n\n');
    expect(parseStories(plain).map((s) => [s.kind, s.criteria.map((c) => c.text)])).toEqual([
      ['story', ['Players move through the world and win a fight.']],
      ['story', ['We receive an A on all of the assignments.']],
    ]);
  });

  it('reads "Criteria for satisfaction:" and its abbreviation "COS:" as the success criteria', () => {
    const heading = (label: string) =>
      `### As a student, I want to see the menu, so that I can choose lunch\n\n${label} Every item lists its price\n`;
    for (const label of ['Criteria for satisfaction:', 'Conditions for satisfaction:', 'COS:'])
      expect(only(heading(label)).elements.success?.text).toBe('Every item lists its price');
  });

  it("does not take the people a document's property lines name (**Authors:** …) for the who", () => {
    const text = template(
      '# Contracker — PRD',
      '**Project:** Contracker\n**Authors:** Raj Laskar, Vineela Goli\n**Version:** 2.0',
      '## Problem',
      'Renewals are missed because nobody flags the notice period, which costs money.',
    );
    expect(only(text).elements.who).toBeUndefined();
    const named = text.replace('Renewals are missed', 'Procurement managers miss renewals');
    expect(only(named).elements.who?.text).toBe('managers');
  });

  it('reads a community and its fans or followers as people with the need', () => {
    const who = (sentence: string) => only(template('# Reporting', '## Goal', sentence)).elements.who?.text;
    expect(who('The community can report premium posts that break the content policy.')).toBe('community');
    expect(who('Fans see what a creator charges before they subscribe.')).toBe('Fans');
    expect(who('Followers get a notice when a channel they follow goes live.')).toBe('Followers');
  });

  it('reads the people of trades and services as people with the need, but not words that only look like them', () => {
    const who = (sentence: string) => only(template('# Invoices', '## Problem to solve', sentence)).elements.who?.text;
    expect(who('Accountants at small businesses copy every invoice by hand at month-end.')).toBe('Accountants');
    expect(who('Pharmacists re-key every prescription the surgery sends.')).toBe('Pharmacists');
    expect(who('Job seekers lose their draft when the session ends.')).toBe('Job seekers');
    // An adjective, a listener of events, child pipelines: no people.
    expect(who('Official images replace the forks in every pipeline.')).toBeUndefined();
    expect(who('The event listener drops child pipelines when they retry.')).toBeUndefined();
  });

  it('does not call a person noun read out of prose a generic who', () => {
    const text = template(
      '# Interest tags notice',
      '## Goal',
      'Users cannot find creators because their interest tags are empty, which costs them time.',
    );
    expect(only(text).elements.who?.from).toBe('prose');
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('generic-who');
  });

  it('reads a title naming a data race, a deadlock, a memory leak or a segfault as a bug report', () => {
    for (const title of [
      'Data race when closing a `oneshot` channel',
      'Deadlock on shutdown',
      'Memory leak in the cache',
      'Trying to understand a segfault',
      'Segmentation fault with two processes',
    ])
      expect(kinds(`# ${title}\n\nIf the channel is closed while a value is sent, both may run at once.`)).toEqual([
        `bug: ${title}`,
      ]);
  });

  it('recognises bug reports, tasks and spikes', () => {
    const bug = template(
      '# Export crashes on empty months',
      '## Steps to reproduce',
      '1. Open an empty month',
      '## Expected behaviour',
      'An empty file',
      '## Actual behaviour',
      'A crash',
    );
    const task = template(
      '# Upgrade the database driver',
      '## Goal',
      'Move to the supported driver version before the old one is retired.',
      '## Acceptance criteria',
      '- [ ] dependency bumped',
    );
    const spike = template(
      '# Spike: offline mode',
      '## Background',
      'We do not know whether the sync library can resolve conflicts.',
    );
    const story = template(
      '# Saved filters',
      '## Goal',
      'Dispatchers keep their filters between shifts.',
      '## Acceptance criteria',
      '- filters survive a restart',
    );
    expect([bug, task, spike, story].map((t) => only(t).kind)).toEqual(['bug', 'task', 'spike', 'story']);
  });

  it('recognises a bug report by its Repro steps or Root cause section', () => {
    const repro = template(
      '# Leader sees "That leader name is already in use" on new round transition',
      '## Summary',
      'When a leader starts a new round, the server rejects the automatic lobby re-join.',
      '## Repro steps',
      '1. The leader clicks "New Round."',
    );
    const cause = template(
      '# Duplicate keys when pasting many shapes',
      '## Summary',
      'Pasting 40 shapes logs a warning and drops some of them.',
      '## Root cause',
      'The ids are generated from the timestamp.',
    );
    expect([repro, cause].map((t) => only(t).kind)).toEqual(['bug', 'bug']);
    // The environment it happens in, as a bug catalogue's entry gives it, over a workaround.
    const environment = template(
      '## Problem',
      'The macro generates a computed property when the type is written out, a stored one when it is not.',
      '## Environment',
      '- Xcode 16.0, 16.1.',
      '## Solution / Workaround',
      'Update Xcode to version 16.2 or newer.',
    );
    expect(only(environment).kind).toBe('bug');
  });

  it('reads a Gherkin "Feature:" heading over its scenario steps alone as acceptance criteria, not a story', () => {
    const bdd = template(
      '# BDD',
      '### Feature: Booking search',
      '* GIVEN that a booking exists\n* WHEN I enter my order number\n* THEN I should see my booking with details',
      '### Feature: Cancel Booking',
      '* GIVEN that I have searched on my Booking\n* WHEN I enter my e-mail\n* THEN I should have canceled my booking',
    );
    expect(parseStories(bdd).map((s) => `${s.kind}: ${s.title}`)).toEqual([
      'criteria: Feature: Booking search',
      'criteria: Feature: Cancel Booking',
    ]);
    expect(lintText(bdd).findings).toEqual([]);
    // The feature's narrative ("As a …, I want …") makes it the story its scenarios accept.
    const told = bdd.replace(
      '* GIVEN that a booking',
      'As a guest, I want to find my booking.\n\n* GIVEN that a booking',
    );
    expect(parseStories(told).map((s) => s.kind)).toEqual(['story', 'criteria']);
    // Without the keyword, a title over a scenario is a story whose check is written and whose need is not.
    expect(parseStories(bdd.replace(/Feature: /g, '')).map((s) => s.kind)).toEqual(['story', 'story']);
  });

  it('reads a file of metrics under a link back to its README as a criteria list: the link is navigation', () => {
    const text = '[👈 Back to README](../README.md)\n\n# Metrics\n\n## Analysis\n\n- How many alerts are received?\n';
    expect(only(text).kind).toBe('criteria');
    expect(only(text.replace('[👈 Back to README](../README.md)', 'Alerts help shoppers.')).kind).toBe('story');
  });

  it('reads a document titled as acceptance criteria, with an overview of its own, as a criteria list', () => {
    const text = template(
      '# SME-Accounts MVP: Acceptance Criteria',
      '**Project:** AI-powered SME Accounting\n**Status:** Acceptance Criteria for MVP Implementation',
      '## Overview',
      'This document defines testable acceptance criteria, so that every feature can be verified.',
      '## Checkout',
      '- Given a cart, when I pay, then I get a receipt.',
    );
    expect(only(text).kind).toBe('criteria');
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // Under a title of its own, the same prose is the story's why, and the story is asked for its outcome.
    const story = text.replace('# SME-Accounts MVP: Acceptance Criteria', '# SME-Accounts MVP');
    expect(lintText(story).findings.map((f) => f.ruleId)).toContain('missing-outcome');
    // A team's Definition of Done says its purpose under a heading of that name: the document's, not a story's why.
    const done = template(
      '# Definition of Done',
      '## Purpose',
      'Every item the team delivers meets one quality standard.',
      '## General criteria',
      '- [ ] Unit tests are written and passing',
    );
    expect(only(done).kind).toBe('criteria');
    expect(lintText(done).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it("reads a team's agreements, a Definition of Ready beside a Definition of Done, as criteria, not a story", () => {
    const agreements = template(
      '## Table of contents',
      '- [Definition of Ready](#definition-of-ready)\n- [Definition of Done](#definition-of-done)',
      '## Definition of Ready',
      'Team members agree what a story needs before a sprint takes it, so that nobody starts blind.',
      '- Story has acceptance criteria\n- Story is estimated',
      '## Definition of Done',
      'The Definition of Done is an agreement between the Development Team and the Product Owner.',
      '- Builds without errors\n- Unit tests written and passing',
    );
    const [read] = parseStories(agreements);
    expect(read?.kind).toBe('criteria');
    expect(read?.criteria.map((c) => c.text)).toContain('Builds without errors');
    const rules = lintText(agreements).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('missing-outcome');
    expect(rules).not.toContain('missing-why');
    // A story whose checklist is the team's Definition of Ready is still a story: its Definition of Done is its own.
    const story = agreements.replace(
      '## Table of contents',
      '## Share a plan\n\nAs a traveller, I want to share my plan.',
    );
    expect(parseStories(story)[0]?.kind).toBe('story');
  });

  it('reads a document that is only acceptance criteria as a criteria list, not a story missing its who', () => {
    const gwt = 'Given a customer on the help page, when they submit the form, then a ticket is created.';
    const titled = template('# Acceptance Criteria', `- ${gwt}`, '- Works well on mobile');
    const named = template(
      '# SupportFlow — Acceptance Criteria',
      '## Ticket creation',
      `- ${gwt}`,
      '## Assignment',
      '- The assigned agent is notified within 1 minute.',
    );
    const field = template('**Acceptance criteria:**', `- ${gwt}`);
    // Named for its product with no dash ("# Screenshots UX Acceptance Criteria"); its note on itself is no criterion.
    const product = template(
      '# Screenshots UX Acceptance Criteria',
      '## Accounts Integration',
      'This document tracks requirements of the new UX flows associated with the design spec.',
      `- [ ] ${gwt}`,
      '- [ ] The assigned agent is notified within 1 minute.',
    );
    for (const text of [titled, named, field, product]) expect(only(text).kind).toBe('criteria');
    expect(only(named).criteria).toHaveLength(2);
    expect(only(product).criteria.map((c) => c.text)).toEqual([gwt, 'The assigned agent is notified within 1 minute.']);
    // Its items are still judged one by one; nothing is asked of the story they belong to.
    expect(lintText(titled).findings.map((f) => f.ruleId)).toEqual(['unmeasurable-criterion']);
  });

  it('reads a line in bold over the lines after it in its paragraph as their name, no criterion', () => {
    const text = template(
      '## Export invoices',
      'As an accountant, I want to export invoices, so that I can file taxes.',
      '**Acceptance criteria**',
      '**Widget tests**\nThe export button is shown on the invoice list.\nThe file opens in a spreadsheet.',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'The export button is shown on the invoice list.',
      'The file opens in a spreadsheet.',
    ]);
  });

  it("reads a spec's Specifications, each behaviour with its acceptance tests, as its story's details", () => {
    const spec = template(
      '# SPECS GENERAL MULTISTORE BACK-OFFICE',
      'As a merchant I need to be able to correctly manage all my stores',
      '## SPECIFICATIONS',
      '### Shop color',
      'While creating a shop, the user can select a color. It is displayed in the header.',
      '**User acceptance test**',
      'Given I am a merchant, when I am creating a shop then I want to be able to choose a color for my shop.',
      '### Checkboxes',
      'Checkboxes are displayed in a specific shop context.',
      '**User acceptance test**',
      'Given I am a merchant, when I configure a shop then I want to select the fields to apply to it.',
    );
    const [story, ...others] = parseStories(spec);
    expect(others).toEqual([]);
    // Each test ends with its section: the next section's prose is none of them.
    expect(story?.criteria.map((c) => c.text.split(' then ')[0])).toEqual([
      'Given I am a merchant, when I am creating a shop',
      'Given I am a merchant, when I configure a shop',
    ]);
    expect(lintText(spec).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('keeps criteria under a title or after prose a story: the title or the prose says what they are for', () => {
    const titled = template('# Checkout', '## Acceptance criteria', '- The order total includes tax.');
    const prose = template('Shoppers abandon the basket at the tax step.', '## Acceptance criteria', '- Tax shown.');
    const named = template('# Checkout – Goal', 'Shoppers pay in one step.', '## Acceptance criteria', '- Tax shown.');
    for (const text of [titled, prose, named]) expect(only(text).kind).toBe('story');
  });

  it('reads work the team sets itself, for nobody named, as a task', () => {
    const text = template(
      '# Checkout return address',
      '## Goal',
      'We need to return the address and let the app redirect.',
    );
    expect(only(text).kind).toBe('task');
    const story = template(
      '# Checkout return address',
      '## Goal',
      'We need shoppers to land back on their basket after paying.',
    );
    expect(only(story).kind).toBe('story');
  });

  it('keeps a story statement a story even in a title that names technical work', () => {
    const text = template(
      '# Backend: member endpoint',
      'As a project owner, I want to list members, so that I can audit access.',
    );
    expect(only(text).kind).toBe('story');
  });

  it("goes by the kind a title's own tag names, even over a story statement", () => {
    const spike = template(
      '# Spike: share previews on social sites',
      'As a creator, I want my posts to preview well when shared, so that more people open them.',
    );
    const chore = template('# [Tech debt] Retire the legacy modal', '## Goal', 'Less code to keep in step.');
    const bug = template('# Bug: totals drift after a refund', '## Goal', 'Totals match the ledger.');
    const area = template(
      '# Web: saved searches',
      'As a buyer, I want to save a search, so that I can come back to it.',
    );
    expect([spike, chore, bug, area].map((t) => only(t).kind)).toEqual(['spike', 'task', 'bug', 'story']);
  });

  it('reads an issue whose persona section names only the team as a task', () => {
    const text = template(
      '# Split the settings screen into smaller parts',
      '## Goal',
      'Easier to change one part without touching the rest.',
      '## Personas',
      'Devs :technologist:',
    );
    expect(only(text).kind).toBe('task');
    const story = template(
      '# Split the settings screen into smaller parts',
      '## Goal',
      'Easier to find the one setting you came for.',
      '## Personas',
      'Shop owners',
    );
    expect(only(story).kind).toBe('story');
  });

  it('reads a page titled after a part of the stack, an SDK as an API, for nobody named as a task', () => {
    const text = template(
      '# SDK UserIntent Messaging',
      'The SDK will send UserIntents to be consumed by SDK scripts when they have behavior control.',
      'Our current criteria for including userIntents:',
      '* No testing intents',
    );
    expect(only(text).kind).toBe('task');
    const story = template('# Python SDK', 'As a data scientist, I want a Python SDK, so that I can script my jobs.');
    expect(only(story).kind).toBe('story');
  });

  it('does not take a story template left blank for a story statement', () => {
    const text = template(
      '# Add a schema for the partner API',
      '**As a** \n<br>**I want to**\n<br>**so that**',
      '**Acceptance criteria**',
      '1. schema published',
    );
    expect(only(text).kind).toBe('task');
  });

  it('reads a story statement in which the team asks itself for a technical chore as a task', () => {
    const chore = template(
      '# Move the sync tests to the shared runner',
      'As a developer, I want the sync tests to run on the shared runner, so that builds stay green.',
    );
    const need = template(
      '# Host tools for ad hoc checks',
      'As an SRE, I want each host to carry tools for quick checks, so that I can look into odd behaviour.',
    );
    expect([only(chore).kind, only(need).kind]).toEqual(['task', 'story']);
  });

  it('judges a want under a heading naming its role ("#### As a **developer**...") as that role\'s statement', () => {
    const heading = (want: string) =>
      template('# Marketplace', '### User Story - epic', '#### As a **developer**...', want, 'so that I can be paid.');
    const need = heading('I want to easily contribute work to public sector programs...');
    expect(parseStories(need).map((s) => [s.kind, elementWords(need, s).who])).toEqual([['story', 'developer']]);
    // The team asking itself for a chore is a task, with its role in the heading as in the sentence.
    const chore = heading('I want the sync tests to run on the shared runner...');
    expect(parseStories(chore).map((s) => s.kind)).toEqual(['task']);
  });

  it('reads a role said of someone in particular as a user outside the team, not the team asking itself', () => {
    const user = template(
      '# Detached pipeline status',
      'As a developer in a company that uses only merge request pipelines, I would like to see the status of my ' +
        'current pipeline in the editor.',
    );
    expect(only(user).kind).toBe('story');
    const team = template(
      '# Move the sync tests to the shared runner',
      'As a developer who maintains the sync service, I want the sync tests to run on the shared runner.',
    );
    expect(only(team).kind).toBe('task');
  });

  it("does not take a template's own words in emphasis for a story statement", () => {
    const text = template(
      '# Deploy tooling for the e2e suite',
      '**As a** _user_\n<br>**I want** _goal_\n<br>**so** _purpose_',
      '**Acceptance criteria**',
      '1. suite runs on every merge',
    );
    expect(only(text).kind).toBe('task');
    expect(only(text).sentence).toBeUndefined();
  });

  it('reads the slots of an unfilled statement as missing, not as "_user" or "_goal_"', () => {
    const text = template(
      '# Show twenty services per page',
      '**As a** _user_\n<br>**I want** _goal_\n<br>**so** _purpose_',
      'Large organisations list hundreds of services and the page freezes while it loads them all.',
    );
    const { stories, findings } = lintText(text);
    expect(stories[0]!.sentence).toBeUndefined();
    expect(findings.map((f) => f.ruleId)).toContain('missing-who');
    expect(findings.filter((f) => f.message.includes('_user'))).toEqual([]);
  });

  it("reads a Goal that opens by naming its aim as the story's why, one opening with a capability as none", () => {
    const issue = (goal: string) =>
      template('# Add boosts to Discovery', '## Goal', goal, '## Personas', 'Advertisers running a boost');
    const aim = issue('Increase boost inventory. Boosts will appear in the Discovery feed.');
    expect(elementWords(aim, only(aim)).why).toBe('Increase boost inventory');
    expect(lintText(aim).findings.map((f) => f.ruleId)).not.toContain('missing-why');
    const capability = issue('Allow advertisers to see their boosts in the Discovery feed.');
    expect(only(capability).elements.why).toBeUndefined();
    expect(lintText(capability).findings.map((f) => f.ruleId)).toContain('missing-why');
  });

  it('reads a persona section answered with a sentence about the team as naming nobody', () => {
    const text = template(
      '# Run the release steps in the pipeline',
      '## Goal',
      'Simpler releases.',
      '## Personas',
      'It will simplify our workflow.',
    );
    expect(only(text).kind).toBe('task');
  });

  it('reads a report of what goes wrong, for nobody named, as a bug report', () => {
    const text = template(
      '# Thumbnails can look sharper on tablets',
      '## Goal',
      'Thumbnails should be crisp. Reported by Sam.',
      '## What needs to be done',
      'Correct the scaling. Happens when the picture comes from the camera roll.',
    );
    expect(only(text).kind).toBe('bug');
    // On a line of its own after a blank one, indented, or after a CR line break (an old Mac export) it says so too.
    for (const report of ['\n\n   Happens when', '\r   Happens when'])
      expect(only(text.replace(' Happens when', report)).kind).toBe('bug');
  });

  it('reads a persona section answered with a sentence as naming nobody, even one that mentions users', () => {
    const text = template(
      '# Refactor the feed list with a faster list component',
      '## Goal',
      'Less memory on low-end phones.',
      '## Personas',
      'It will improve the overall UX of the user.',
    );
    expect(only(text).kind).toBe('task');
  });

  it('reads an issue with its Root Causes, or titled with what is unreachable, as a bug report', () => {
    const text = template(
      '### [001] Static website not reachable',
      '#### Summary',
      'Resolved. The proxy now runs with the DNS plugin.',
      '#### Root Causes',
      '- a network created by hand before the container',
    );
    expect(only(text).kind).toBe('bug');
    expect(only(template('# Login page unreachable behind the VPN', 'Staff cannot sign in from home.')).kind).toBe(
      'bug',
    );
    // So is one titled with what vanished; asking to make something go is a story.
    const entered = 'I added Motrin to the list, and when I clicked the field again it was gone.';
    expect(only(template('# #74: Drug Limit? Drug disappeared', entered)).kind).toBe('bug');
    expect(only(template('# Let the banner disappear after sign-in', 'Members see it once.')).kind).toBe('story');
  });

  it('reads an issue that is only a pasted error log under its headings as a bug report', () => {
    const log = ['```', 'FATAL:  could not connect to the primary server: No such file or directory', '```'].join('\n');
    const text = template('# "No standby" case during snapshot creation', 'Goal\n===', log, 'Acceptance criteria\n===');
    expect(only(text).kind).toBe('bug');
    const withProse = template('# Snapshots of the standby', 'Goal\n===', 'Operators can restore a snapshot.', log);
    expect(only(withProse).kind).toBe('story');
  });

  it('reads an issue pasting a stack trace, for nobody named, as a bug report', () => {
    const trace = [
      '```',
      'Traceback (most recent call last):',
      '  File "/usr/bin/gh2md", line 8, in <module>',
      'github.GithubException.UnknownObjectException: 404',
      '```',
    ].join('\n');
    const issue = template('# Issue on macOS', 'I tried the export at work and all I get is this:', trace, 'Any idea?');
    expect(only(issue).kind).toBe('bug');
    // A goal for people, its log pasted beside it, stays a story.
    const goal = template('# Snapshots of the standby', 'Goal\n===', 'Operators can restore a snapshot.', trace);
    expect(only(goal).kind).toBe('story');
  });

  it('reads "I should have …" as the want, and never a who running past "so that"', () => {
    const line =
      '24. As a student, I should have one space to remind me of my deadlines, so that I can stop missing them.\n';
    expect(elementWords(line, only(line))).toMatchObject({
      who: 'student',
      outcome: 'one space to remind me of my deadlines',
      why: 'I can stop missing them',
    });
    const onlyWant = 'As an owner, I only want zero-padded fields, so that I can justify padding.\n';
    expect(elementWords(onlyWant, only(onlyWant)).who).toBe('owner');
    const noI = 'As a researcher, would like to import from MS-SQL, so that I can use packages there.\n';
    expect(elementWords(noI, only(noI))).toMatchObject({ who: 'researcher', outcome: 'import from MS-SQL' });
    // "I have the ability to …" says what the person can do, as "I can …" does.
    const ability =
      'As a teacher who is logged in, I have the ability to archive a class, so that my list stays short.\n';
    expect(elementWords(ability, only(ability))).toMatchObject({
      who: 'teacher who is logged in',
      outcome: 'archive a class',
      why: 'my list stays short',
    });
    // The reason may come between the who and the want, as in 18F's "As a <role>, in order to <goal>, I need …".
    const between = 'As a requester, in order to submit to the right office the first time, I need an agency picker.\n';
    expect(elementWords(between, only(between))).toMatchObject({
      who: 'requester',
      why: 'submit to the right office the first time',
      outcome: 'an agency picker',
    });
    // Or "so I can …" between them, one clause to a line, as a coding school's template writes it.
    const reasonFirst = '### User Story 4\nAs a host,\nSo I can make money,\nI want to list a space.\n';
    expect(elementWords(reasonFirst, only(reasonFirst))).toMatchObject({
      who: 'host',
      why: 'I can make money',
      outcome: 'list a space',
    });
    // With no commas at all: the line breaks end the clauses.
    const noCommas = "As a user\nSo that my email address isn't public\nI want to create a username\n";
    expect(elementWords(noCommas, only(noCommas))).toMatchObject({
      who: 'user',
      why: "my email address isn't public",
      outcome: 'create a username',
    });
    // Or a clause to a list item, each story set apart by a rule.
    const items = [
      '# User Stories',
      '',
      '- As a person,',
      '- So that I can use a bike,',
      "- I'd like a docking station to release a bike.",
      '---',
      '- As a member of the public',
      "- So I can return bikes I've hired",
      '- I want to dock my bike at the docking station',
      '',
    ].join('\n');
    expect(parseStories(items).map((s) => elementWords(items, s))).toEqual([
      { who: 'person', why: 'I can use a bike', outcome: 'a docking station to release a bike' },
      {
        who: 'member of the public',
        why: "I can return bikes I've hired",
        outcome: 'dock my bike at the docking station',
      },
    ]);
    const canFirst = 'As a guest, so that I can leave, I can sign out.\n';
    expect(elementWords(canFirst, only(canFirst))).toMatchObject({ who: 'guest', outcome: 'sign out' });
    // A hedged want is a want.
    const may = 'As a user signing up, I may want to install Firefox on my phone, so that I sync my tabs.\n';
    expect(elementWords(may, only(may))).toMatchObject({
      who: 'user signing up',
      outcome: 'install Firefox on my phone',
    });
    // An unknown keyword leaves no statement rather than a who that swallows the want.
    expect(
      parseStories('As a student, I require one space for my deadlines, so that I can stop missing them.\n'),
    ).toEqual([]);
    // Nor a reason said "so I can …": "I get both" is no keyword, and "choose between them" no want.
    expect(
      parseStories('As a user, when I install the app, I get both views, so I can choose between them.\n'),
    ).toEqual([]);
  });

  it('does not take "… as a file, then I can …" for a story statement: "then I can" tells what follows', () => {
    const text = template(
      '# Search by sound',
      'I export the words as a .tsv file from the original dump, then I can build a lookup on it.',
    );
    expect(only(text).sentence).toBeUndefined();
    expect(parseStories('We ship it as a zip file, then we can install it offline.\n')).toHaveLength(0);
    // A role is still read before a want that goes on with "then".
    const story = only('As a courier, I want to scan the parcel, then I can leave.\n');
    expect(elementWords('As a courier, I want to scan the parcel, then I can leave.\n', story).who).toBe('courier');
  });

  it(`reads no statement in "As discussed, we need …" or "I'd like us to …"; keeps "As registered user"`, () => {
    const text = template(
      '# Publishing specification',
      'As discussed with @anna, we need to finish the specification.',
    );
    expect(only(text).sentence).toBeUndefined();
    expect(parseStories('As part of this, we need to move the jobs.\n')).toHaveLength(0);
    expect(parseStories('As discussed, we need to move the jobs.\n')).toHaveLength(0);
    // "I'd like us to …" asks the team, as "we need to" does: no one's want.
    expect(parseStories("I'd like us to make sure we're raising the score of targets that persist.\n")).toHaveLength(0);
    const story = only('As registered user, I want to save my cart so that I can buy later.\n');
    expect(elementWords('As registered user, I want to save my cart so that I can buy later.\n', story).who).toBe(
      'registered user',
    );
  });

  it('reads a role with no article ("As someone who …") on a card\'s line under its name, quoted or not', () => {
    const card = (statement: string) =>
      `Stub 4: Sharing Cards (Database)\\\n${statement}\n- I can change my number in the app.\n`;
    const quoted = '"As someone who changes numbers often, I want to share my new number with my contacts." _(L)_';
    expect(parseStories(card(quoted)).map((s) => [s.sentence?.who?.text, s.sentence?.outcome?.text])).toEqual([
      ['someone who changes numbers often', 'share my new number with my contacts'],
    ]);
    // The list right under it says, in the person's voice, what they can do then: the card's, no want of its own.
    expect(parseStories(card(quoted))[0]!.span.end).toBe(card(quoted).trimEnd().length);
    expect(only(card('As registered user, I want to save my cart.')).sentence?.who?.text).toBe('registered user');
    // Mid-paragraph, "As discussed, …" still opens prose.
    expect(parseStories(card('As discussed, we need to move the jobs.')).map((s) => s.sentence)).not.toContainEqual(
      expect.objectContaining({ who: expect.anything() }),
    );
  });

  it('never reads a who across the end of a sentence', () => {
    const text = template(
      '# Replies to new threads',
      '#### Representing the new comment',
      'The mutation gives us only the new note as a response. But we need the full discussion to reply.',
    );
    expect(parseStories(text).map((s) => s.sentence)).toEqual([undefined]);
    expect(only('As a reviewer, I want to reply to a new thread.\n').sentence?.who?.text).toBe('reviewer');
  });

  it('does not judge the want of a task or a bug report: it is not rewritten or split into stories', () => {
    const want = 'Implement defaults for the avatar component, add a dropdown and migrate the icons to SVG.';
    const ids = (text: string) => lintText(text).findings.map((f) => f.ruleId);
    const task = template('# Implement defaults for Avatar', '## Goal', want, '## Personas', 'Developers');
    expect(only(task).kind).toBe('task');
    expect(ids(task)).not.toContain('output-focused');
    expect(ids(task)).not.toContain('non-atomic');
    const story = template('# Avatar defaults', '## Goal', want, '## Personas', 'Shop owners');
    expect(ids(story)).toContain('output-focused');
  });

  it('reads a persona section that names only the team, or no one at all, as naming no user', () => {
    const staff = template(
      '# Add media engagement events',
      '## Goal',
      'Count video views.',
      '## Personas',
      'Acme staff and data team.',
    );
    expect(only(staff).kind).toBe('task');
    const noOne = template(
      '# Refactor the release scripts',
      '## Goal',
      'Ship patches sooner.',
      '## Personas',
      'Faster releases',
    );
    expect(only(noOne).kind).toBe('task');
    const someone = template(
      '# Refactor the release scripts',
      '## Goal',
      'Ship patches sooner.',
      '## Personas',
      'Boosters',
    );
    expect(only(someone).kind).toBe('story');
    const mixed = template(
      '# Update the token page',
      '## Goal',
      'Explain tokens.',
      '## Personas',
      '- Web3 fans\n- Developers',
    );
    expect(only(mixed).kind).toBe('story');
  });

  it('reads a refinement tag as product work, and an improvement for a failure as a story', () => {
    const refined = template('# Refinement: Update the Renew button', '## Intended users', 'Subscription owners');
    expect(only(refined).kind).toBe('story');
    const improve = template(
      '# MR Review: improve UX when the extension fails to post a comment',
      'Users lose their text.',
    );
    expect(only(improve).kind).toBe('story');
  });

  it('reads a heading that names a role and no want as context of the story around it', () => {
    const text = template(
      '# Handle service deletion',
      '#### As a owner of a service:',
      'A service with open requests can be deleted after a confirmation.',
      '#### As owner of an incoming order',
      'No actions required.',
    );
    expect(only(text).title).toBe('Handle service deletion');
    expect(parseStories('## As a nurse, I want to see critical results at once\n')).toHaveLength(1);
  });

  it('reads the criteria under a label written in a quote, but not a quote under a label written outside it', () => {
    const quoted = '> **Who:** night nurse\n> Acceptance criteria:\n> - alerts are read within 5 minutes\n';
    expect(only(quoted).criteria.map((c) => c.text)).toEqual(['alerts are read within 5 minutes']);
    const log = template(
      '# License check',
      '## Acceptance criteria',
      '- the licence file is validated',
      '> RequestError: Seat Link request failed! Code:401',
    );
    expect(only(log).criteria.map((c) => c.text)).toEqual(['the licence file is validated']);
  });

  it("reads a template's heading left open after its dash as context of the issue, not a story", () => {
    const text = template(
      '# Updating the story template',
      '<!-- Title suggestion: [Improvement] Name of improvement -->',
      '# ~~Technology~~ Workflow Improvement Project - ',
      '## Description',
      'Bring the template in line with the wiki.',
    );
    expect(only(text).title).toBe('Updating the story template');
    expect(parseStories('# Search - saved filters\n\nDispatchers keep their filters.\n')[0]!.title).toBe(
      'Search - saved filters',
    );
  });

  it("reads a spec's Overview or Short description as its summary, not a story beside the spec", () => {
    const text = template(
      '# Search MVP',
      '## Short description',
      '- **What:** filter and sort funding opportunities by keyword',
      '- **Why:** applicants find grants without calling the help desk',
      '- **Who:** first-time applicants',
      '## Translations',
      'Not in this release.',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Search MVP']);
    expect(only(text).elements.who?.text).toBe('first-time applicants');
    // Its Technical description with the Definition of done is the spec's too.
    const spec = template(
      '# GET Opportunities',
      '## Overview',
      '### Business value',
      'Partners stop scraping the site.',
      '## Technical description',
      '### Definition of done',
      '- the endpoint is live',
    );
    expect(parseStories(spec).map((s) => s.title)).toEqual(['GET Opportunities']);
    expect(only(spec).criteria.map((c) => c.text)).toEqual(['the endpoint is live']);
  });

  it('reads the wants listed under "As a **grantor**, I want to:" as stories of that who', () => {
    const text = template(
      '# Opportunity listing',
      '## Overview',
      '- **Who:** prospective applicants',
      '### User stories',
      '* As a **prospective applicant**, I want to:\n  * read the full opportunity so that I can decide to apply',
      '* As a **grantor**, I want the:\n  * listing to show my contact so that applicants can ask me',
    );
    const stories = parseStories(text);
    expect(stories.map((s) => s.title ?? null)).toEqual(['Opportunity listing', null, null]);
    // Each want listed under it is a one-line story of the who the line names.
    expect(stories.slice(1).map((s) => [s.oneLine, elementWords(text, s)])).toEqual([
      [true, { who: 'prospective applicant', outcome: 'read the full opportunity', why: 'I can decide to apply' }],
      [true, { who: 'grantor', outcome: 'listing to show my contact', why: 'applicants can ask me' }],
    ]);
    // A space written as a character reference after the colon, as exported pages write it, is still a space.
    const exported = '* As a **grantor,** I want:&#x20;\n  * to see applicant metrics, so that I know my reach\n';
    expect(parseStories(exported).map((s) => elementWords(exported, s))).toEqual([
      { who: 'grantor', outcome: 'see applicant metrics', why: 'I know my reach' },
    ]);
    // A want of its own after the colon is still a statement.
    const stated = parseStories('* As a grantor, I want to: see my listings, so that I can fix them\n');
    expect(stated[0]!.elements.outcome?.text).toContain('see my listings');
    // "Аs" typed with a Cyrillic А leads in as "As" does.
    const cyrillic = '* \u0410s a **grantor**, I want:\n  * to see applicant metrics, so that I know my reach\n';
    expect(parseStories(cyrillic).map((s) => elementWords(cyrillic, s))).toEqual([
      { who: 'grantor', outcome: 'see applicant metrics', why: 'I know my reach' },
    ]);
  });

  it('reads wants listed under a heading or a paragraph leading into them ("As a volunteer I would like to:")', () => {
    const text = [
      '# Volunteer system',
      '',
      'As a volunteer I would like to:',
      '-------------------------------',
      '* View all shifts and filter by:',
      '    - Role',
      '    - Location',
      '* Sign up for a training session',
      '',
      '## As a trainer, I want to:',
      '',
      '* Sign off volunteers as trained for a role, so that managers can assign them',
      '',
      'As a manager I would like to:',
      '',
      '* See who has arrived for a shift',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => [s.elements.who?.text, s.elements.outcome?.text])).toEqual([
      ['volunteer', 'View all shifts and filter by'],
      ['volunteer', 'Sign up for a training session'],
      ['trainer', 'Sign off volunteers as trained for a role'],
      ['manager', 'See who has arrived for a shift'],
    ]);
    // "As an organisation, I can:" leads into what that role can do.
    const can = '# User stories\n\nAs an organisation, I can:\n- Fill in a form to be added onto the directory\n';
    expect(parseStories(can).map((s) => [s.elements.who?.text, s.elements.outcome?.text])).toEqual([
      ['organisation', 'Fill in a form to be added onto the directory'],
    ]);
    // A quoted lead-in leads into no list outside its quote.
    const quoted = '## Plan\n\n* Sign up for a training session\n\n> As a manager I would like to:\n';
    expect(parseStories(quoted).map((s) => s.elements.who?.text)).not.toContain('manager');
  });

  it('reads a line naming only a person ("As a participant…", "As a provider:") as the who of the wants listed', () => {
    const text = [
      '## Participant stories',
      '',
      'As a participant…',
      '',
      '1. I need to know a fair price for something so I can be confident I am getting value',
      '2. I want NDIS tools to be easy to use so I do not get confused',
      '',
      '## Provider stories',
      '',
      'As a provider:',
      '',
      '1. I need to know the price cap so that I can decide whether my business is viable',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => [s.elements.who?.text, s.elements.outcome?.text])).toEqual([
      ['participant', 'know a fair price for something'],
      ['participant', 'NDIS tools to be easy to use'],
      ['provider', 'know the price cap'],
    ]);
    // Only a person leads in: "As a result:" names no one.
    const result = '## Changes\n\nAs a result:\n\n- I want to know the price cap so that I can plan\n';
    expect(parseStories(result).map((s) => s.elements.who?.text)).toEqual([undefined]);
  });

  it('reads a listed want that says "I want" itself, or names its own who, as written', () => {
    const text =
      '* As a **member of staff**, I want to:\n' +
      '  * I want to track the usage of the API, so that I can assess it\n' +
      '  * As a reviewer, I want to approve translations, so that they stay accurate\n' +
      '  * \n';
    expect(parseStories(text).map((s) => elementWords(text, s))).toEqual([
      { who: 'member of staff', outcome: 'track the usage of the API', why: 'I can assess it' },
      { who: 'reviewer', outcome: 'approve translations', why: 'they stay accurate' },
    ]);
  });

  it("reads a spec's Technical description as its solution: the steps under it are not stories", () => {
    const text = template(
      '# Search API',
      '## Overview',
      '- **Who:** system-to-system users\n- **Why:** partners stop scraping the site',
      '## Technical description',
      '### API development',
      '**Goals**',
      '* Update the endpoint to the new data model',
      '### Definition of done',
      '- [ ] the endpoint answers searches by title',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Search API']);
    expect(only(text).elements.solution?.from).toBe('heading');
    // A story statement under the solution is still a story of its own.
    const nested = template(text.trim(), '### As a grantor, I want to see who applied, so that I can follow up');
    expect(parseStories(nested).map((s) => s.title)).toEqual([
      'Search API',
      'As a grantor, I want to see who applied, so that I can follow up',
    ]);
  });

  it('reads a sprint backlog’s sections by their names after the sprint (Sprint Goal, Sprint 1 Acceptance …)', () => {
    const text = template(
      '# mldata-cli — Sprint Backlog',
      '## Document Control\n\n| Field | Value |\n|---|---|\n| **Version** | 1.0 |',
      '## Sprint 1: Foundation',
      '### Sprint Goal\nEnable basic dataset downloads with authentication.',
      '### Sprint Duration\n2 weeks (10 working days)',
      '### Sprint 1 Task Breakdown\n\n| Task | Estimate |\n|---|---|\n| Implement URI parsing | 2h |',
      '### Sprint 1 Acceptance Criteria\n- [ ] `mldata pull hf://owner/dataset` downloads the dataset',
      '### Sprint 1 Risks\n- Rate limits on the hub',
      '## Sprint Metrics Template\n\nTrack these metrics each sprint:\n\n' +
        '| Metric | Sprint 1 |\n|---|---|\n| Velocity | - |',
    );
    const stories = parseStories(text);
    expect(stories.map((s) => s.title)).toEqual(['Sprint 1: Foundation']);
    expect(elementWords(text, stories[0]!)).toMatchObject({
      outcome: 'Enable basic dataset downloads with authentication.',
    });
    expect(stories[0]!.criteria.map((c) => c.text)).toEqual(['`mldata pull hf://owner/dataset` downloads the dataset']);
  });

  it('reads a section named for the release it belongs to ("Goals for 4.1", "Risks in Sprint 2") by its name', () => {
    const text = template(
      '# Monitoring',
      '## Goals for 4.1\n\n* Give operators the ability to alarm their deployment so that failures reach an admin',
      '## Risks in Sprint 2\n\n* Nagios may not be installed',
    );
    const story = only(text);
    expect(story.title).toBe('Monitoring');
    expect(elementWords(text, story)).toMatchObject({
      outcome: '* Give operators the ability to alarm their deployment so that failures reach an admin',
    });
    // A name going on after "for" about something else is a title, not the outcome.
    const titled = template(
      '# Tools',
      '## Goals for the new onboarding flow\n\nShorter sign-up.',
      '## Why\n\nPeople quit.',
    );
    expect(parseStories(titled).map((s) => s.elements.outcome?.text)).toEqual([undefined]);
  });

  it('reads an element section whose text is all under sub-headings of no name from the first of them', () => {
    const text = template(
      '# Bakery website',
      '## Goals',
      '### Primary goals',
      '1. **Showcase products**: customers see every treat with its price',
      '### Later',
      '- Online ordering',
    );
    expect(elementWords(text, only(text)).outcome).toBe(
      '1. **Showcase products**: customers see every treat with its price',
    );
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads an element section that says it all under a sub-section of the same name from there', () => {
    const text = template(
      '# Business Strategy',
      '## Problem Statement',
      '### The Problem',
      'Analysts review every flagged order by hand, so fraud is caught days late.',
      '### Who Experiences This Problem',
      '| Segment | Team size |\n|---|---|\n| Fraud analysts | 5-10 |',
    );
    expect(elementWords(text, only(text))).toMatchObject({
      outcome: 'Analysts review every flagged order by hand, so fraud is caught days late.',
      who: '| Segment | Team size |\n|---|---|\n| Fraud analysts | 5-10 |',
    });
    const rules = lintText(text).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('missing-outcome');
    expect(rules).not.toContain('missing-who');
  });

  it('reads "Customer/Salon Manager Flow:" as the name of a flow, not as a Customer field naming who', () => {
    const text = template(
      '# Authentication',
      'Customers and salon managers sign in with a one-time code, so that nobody needs a password.',
      '## Technical Details',
      '### Authentication Flows',
      '**Customer/Salon Manager Flow:**\n1. User enters phone number\n2. System sends a code',
      '**Admin Flow:**\n1. Admin enters email and password',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Authentication']);
  });

  it('reads a name after the iteration, with its qualifier, as that name ("MVP Scope (Milestone 1 - …)")', () => {
    const text = template(
      '# Product Backlog',
      '## Search\nAs a finder, I want to search the lost items, so that I get my things back.',
      '## MVP Scope (Milestone 1 - Target: Aug 28)\n- **Search & Claim:** Search Items (`#9`)',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Search']);
  });

  it('reads a requirements document’s open questions and feature ideas as context, not as stories', () => {
    const text = template(
      '# Requirements Document',
      '## Requirements',
      '### Requirement 1',
      '**User Story:** As a player, I want to name my warband, so that I can tell my warbands apart.',
      '#### Acceptance Criteria\n\n1. WHEN the player saves THEN the system SHALL store the name',
      '## Items Requiring Clarification',
      '### 1. Auto-save\n**Question:** Should changes auto-save as the user edits?',
      '## Additional Suggested Features',
      '### Student Portal\n- **Student Dashboard:** students track their progress',
      '## Future Considerations (P2)',
      '### Offline mode\nPlay without a connection.',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Requirement 1']);
  });

  it('reads a story file’s `## Story` section as the statement of the story the file is', () => {
    const text = template(
      '# Story 1.1: Project Setup and Repository Structure',
      '## Status\nDone',
      '## Story\n**As a** developer,  \n**I want** to deploy each service on its own,  \n' +
        '**so that** a fix ships alone.',
      '## Acceptance Criteria\n1. A change to one service deploys without the others',
      '## Dev Notes\nUse npm workspaces.',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Story 1.1: Project Setup and Repository Structure']);
    expect(elementWords(text, only(text))).toMatchObject({
      who: 'developer',
      outcome: 'deploy each service on its own',
      why: 'a fix ships alone',
    });
  });

  it("reads a heading's one statement, written as a list item over its Acceptance Criteria, as the heading's", () => {
    const text = [
      'Creating New Records\n--------------------',
      '* As a homemaker, I want to be able to add items so that my list matches my pantry.',
      '### Acceptance Criteria',
      '1. User types "add" with the item name.\n2. User sees the item mirrored back.',
    ].join('\n\n');
    const story = only(text);
    expect(elementWords(text, story)).toMatchObject({
      who: 'homemaker',
      outcome: 'be able to add items',
      why: 'my list matches my pantry',
    });
    expect(story.criteria.map((c) => c.text)).toEqual([
      'User types "add" with the item name.',
      'User sees the item mirrored back.',
    ]);
    // Two statements listed under the heading are stories of their own.
    const two = text.replace('* As a homemaker', '* As a guest, I want to see the list.\n* As a homemaker');
    expect(
      parseStories(two)
        .filter((s) => s.oneLine)
        .map((s) => s.elements.who?.text),
    ).toEqual(['guest', 'homemaker']);
  });

  it('keeps a heading\'s listed statement when the items after it tell steps ("* I should be able to see …")', () => {
    const text = [
      '### Adding Recipes to a Collection',
      '* As a logged in user, I can add recipes to a collection\n' +
        '* When I am viewing a recipe, I have the option to use a dropdown.\n' +
        '    * I should be able to see an `Add to Collection` button.',
      '#### Acceptance Criteria',
      '- [ ] The user can pick an existing collection of theirs.',
    ].join('\n\n');
    const story = only(text);
    expect(elementWords(text, story)).toMatchObject({ who: 'logged in user', outcome: 'add recipes to a collection' });
    expect(story.criteria).toHaveLength(1);
  });

  it('reads a title naming the user stories, with no statement of its own, as their document, no story', () => {
    const fields = [
      '# User Stories – Event Management System',
      '**Purpose:** This document outlines the core user stories for the proposed system.',
      '## 1. General Users',
      '- As a user, I want to view upcoming events so that I can choose which ones to attend.',
      '## Document Notes',
      '- This list is expected to evolve with stakeholder feedback.',
    ].join('\n\n');
    expect(parseStories(fields).map((s) => s.title ?? s.elements.outcome?.text)).toEqual(['view upcoming events']);
    // Its part naming the people ("## User types") is theirs too, the stories under a heading beside it.
    const beside = [
      '# User Stories',
      '## User types',
      '- Party A. This user is the user that initiates the dispute',
      '# Stories',
      '- As Party A I want to initiate a dispute so that I can begin resolving the dispute',
    ].join('\n\n');
    expect(parseStories(beside).map((s) => s.title ?? s.elements.outcome?.text)).toEqual(['initiate a dispute']);
  });

  it('reads a file with no title whose part names its use cases as their document, its note on them no story', () => {
    const text = [
      '## Use Cases',
      'Written with Gherkin. For information about Gherkin: [Gherkin Language](https://cucumber.io/docs/gherkin/)',
      '### Registration',
      '```gherkin\nFeature: Registration\n\nScenario: Successful registration\n  Given User is on Home Page\n```',
    ].join('\n\n');
    expect(parseStories(text).filter((s) => s.kind === 'story')).toEqual([]);
    // Under a note of its own that asks for something, a file is still its story.
    const asked = `Add a search to the dashboard so support staff find orders fast.\n\n${text}`;
    expect(parseStories(asked).filter((s) => s.kind === 'story')).toHaveLength(1);
  });

  it('reads "Acceptance Tests" alone on a line of its own, right over a list, as the criteria\'s name', () => {
    const text = [
      '## US 1.01 - Assign Roles',
      'As an admin, I want to assign roles to users, so that I can control their access to features.',
      'Acceptance Tests',
      '1. Admin can assign a role to a user.\n2. Admin cannot assign an invalid role.',
    ].join('\n\n');
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'Admin can assign a role to a user.',
      'Admin cannot assign an invalid role.',
    ]);
    // Over prose, or in a paragraph of more words, it is a line of prose.
    const prose = text.replace('Acceptance Tests', 'Acceptance Tests\nare run by the admin');
    expect(only(prose).criteria).toEqual([]);
    // "Notes" so written over a list of its own ends them.
    const noted = `${text}\n\nNotes\n\n- Roles come from the directory.`;
    expect(only(noted).criteria).toHaveLength(2);
  });

  it('gives criteria at the level of sibling stories to the story before them, not to the heading above', () => {
    const text = [
      '## Interactivity',
      '### Assign a recipe as cooked',
      '* As a logged in user, I can mark a recipe as cooked so that I know I have tried it.',
      '#### Acceptance Criteria',
      '- [ ] Logged in users see a "Cooked" button on a recipe.',
      '### Unassign a recipe as cooked',
      '* As a logged in user, I can unmark a recipe as cooked in case I marked it by mistake.\n' +
        '* I can mark the same recipe again later.',
      '### Acceptance Criteria',
      '- [ ] The recipe no longer shows the "cooked" icon.',
    ].join('\n\n');
    const stories = parseStories(text);
    expect(stories.map((s) => s.title)).toEqual(['Assign a recipe as cooked', 'Unassign a recipe as cooked']);
    expect(elementWords(text, stories[1]!)).toMatchObject({
      who: 'logged in user',
      outcome: 'unmark a recipe as cooked',
    });
    expect(stories[1]!.criteria.map((c) => c.text)).toEqual(['The recipe no longer shows the "cooked" icon.']);
  });

  it('gives sibling criteria to the story before them across a mock-up written between them', () => {
    const text = [
      '## User Stories',
      '### Story #1',
      'As a user I want to rate a talk so that other users can judge its quality',
      '### User interface mock-up',
      '![leave rating](./docs/leave_rating.png)',
      '### Acceptance tests',
      '- Rating a talk I attended shows my rating on its post',
      '### Story #2',
      'As a speaker I want to read the comments on my talk so that I can improve it',
      '### Acceptance tests',
      '- My talk lists the comments left on it',
    ].join('\n\n');
    const stories = parseStories(text);
    // "## User Stories" lists them: no story missing its who, outcome and why.
    expect(stories.map((s) => s.title)).toEqual(['Story #1', 'Story #2']);
    expect(stories[0]!.criteria.map((c) => c.text)).toEqual(['Rating a talk I attended shows my rating on its post']);
    // A story between them still ends the first one's.
    const told = text.replace('### User interface mock-up', '### Story #1b\n\nAs a host I want to see ratings');
    expect(parseStories(told).find((s) => s.title === 'Story #1')!.criteria).toEqual([]);
  });

  it("gives the criteria after an epic's one story, at its level, to that story when the epic states nothing", () => {
    const text = [
      '## Epic: Shopping Cart',
      '### US-5',
      'As a customer,\nI want to add products to cart,\nSo that I can purchase them later.',
      '### Acceptance Criteria',
      '- Add to cart button available\n- Cart updates automatically',
    ].join('\n\n');
    const stories = parseStories(text);
    expect(stories.map((s) => s.title)).toEqual(['US-5']);
    expect(stories[0]!.criteria.map((c) => c.text)).toEqual([
      'Add to cart button available',
      'Cart updates automatically',
    ]);
    // An epic stating its own want keeps the criteria written under it.
    const stated = text.replace(
      '## Epic: Shopping Cart',
      '## Epic: Shopping Cart\n\nAs a shopper, I want to buy in one go.',
    );
    const epic = parseStories(stated).find((s) => s.title === 'Epic: Shopping Cart')!;
    expect(epic.criteria).toHaveLength(2);
  });

  it('reads the reason an item on from the heading\'s listed statement ("  * So that I can …") as its why', () => {
    const text = [
      '### Sign Up',
      '* As a visitor, I want to sign up for the website.\n  * So that I can access the site.',
      '#### Acceptance Criteria',
      '- [ ] A link to sign up appears in the navigation.',
    ].join('\n\n');
    expect(elementWords(text, only(text))).toMatchObject({ who: 'visitor', why: 'I can access the site' });
  });

  it('reads the story an issue addresses ("## User stories addressed", in an issue cut from a PRD) as its own', () => {
    const text = template(
      '# ISSUE-002: Export transcripts',
      '## Parent PRD\nPRD-001',
      '## What to build\nAdd an export endpoint that writes the transcript as Markdown.',
      '## Acceptance criteria\n- [ ] A transcript downloads as a `.md` file',
      '## Blocked by\nNone - can start immediately',
      '## User stories addressed\nReference by number from the parent PRD:\n' +
        '- As a listener, I want to export the transcript of an episode so I can keep my notes with it.',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['ISSUE-002: Export transcripts']);
    expect(elementWords(text, only(text))).toMatchObject({
      who: 'listener',
      outcome: 'export the transcript of an episode',
      why: 'I can keep my notes with it',
    });
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads a group of a backlog that says it holds nothing yet ("Nothing right now.") as no story', () => {
    const text = template(
      '# Backlog',
      '## Usability',
      '### Recognize arrow keys',
      'Most players use a keyboard and expect the arrow keys to work.',
      '## Executing',
      'Nothing right now.',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Recognize arrow keys']);
    // The item's title asks the product to do something: its outcome is stated.
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads a heading struck through ("~~Unvalidated regex input~~ (FIXED)") as withdrawn: no story', () => {
    const text = template(
      '# Backlog',
      '## US-1: Export invoices',
      'As an accountant, I want to export invoices, so that I can file taxes.',
      '## ~~US-2: Import invoices~~ (descoped)',
      'Nobody asked for it.',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['US-1: Export invoices']);
  });

  it('reads a statement struck through whole ("1. ~~As a user, I would like a GUI.~~") as withdrawn or done', () => {
    const backlog = [
      '## Remaining Product Backlog',
      [
        '1. ~~As a user, I would like to have a GUI.~~',
        '2. As a user, I would like to pause the capture process.',
        '3. ~As a player, I want to see my score~',
        '4. [x] ~~As a user, I would like to export to WAV.~~',
        '5. As a user, I would like to trim ~~and filter~~ captured audio.',
      ].join('\n'),
    ].join('\n\n');
    expect(kinds(backlog)).toEqual(['story: pause the capture process', 'story: trim ~~and filter~~ captured audio']);
  });

  it('takes no element from the answers under Outstanding Questions: what is still asked states no need', () => {
    const text = template(
      '# Market controls',
      '## Problem Frame',
      'Admins accept the recommended threshold as-is.',
      '## Outstanding Questions',
      '### Resolve Before Planning',
      '_(none — all blocking questions resolved)_',
    );
    expect(only(text).elements.why).toBeUndefined();
  });

  it('ends the acceptance criteria at a story file’s notes for developers (Technical Notes, UI Components …)', () => {
    const text = template(
      '### US-2.5: Clear Meal Plan',
      '**As a** user\n**I want to** clear my meal plan\n**So that** I can start fresh when needed',
      '**Acceptance Criteria**:\n1. ✓ Clicking "Clear" removes the meals from the calendar',
      '**Technical Notes**:\n- Store backup of plan for undo',
      '**UI Components Needed**:\n- Modal (clear confirmation)\n- Warning alert',
      '**Implementation decisions**:\n- Keep the plan in localStorage',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual(['✓ Clicking "Clear" removes the meals from the calendar']);
  });

  it("reads a section of another name holding only how we'll know as a part of the story that states what", () => {
    const text = template(
      '# Separate certificate for the HTTPS endpoint',
      '## Problem',
      'Clients see the organisation certificate, which names the wrong domain.',
      '## Focus',
      'This issue covers the connection between the client and the outway.',
      '### Acceptance criteria',
      '- the HTTPS endpoint serves its own certificate',
    );
    expect(parseStories(text).map((s) => s.title)).toEqual(['Separate certificate for the HTTPS endpoint']);
    expect(only(text).criteria.map((c) => c.text)).toEqual(['the HTTPS endpoint serves its own certificate']);
    // A backlog's stories, each a heading over its own how we'll know, stay stories of their own.
    const backlog = template(
      '# Backlog',
      '## Saved filters',
      "### How we'll know",
      '- filters survive a restart',
      '## Shift handover',
      "### How we'll know",
      '- notes reach the next shift',
    );
    expect(parseStories(backlog).map((s) => s.title)).toEqual(['Saved filters', 'Shift handover']);
  });

  it("reads criteria under a sub-heading of another name as the story's, never as a story of their own", () => {
    const text = template(
      '# Alter the time to live of directory entries',
      'As a **maintainer** I want to **remove off-line services** so that **the directory stays relevant**',
      '### (Test) scenarios',
      '**Acceptance criteria**',
      '1. Offline services leave the directory after a day',
    );
    expect(only(text).criteria.map((c) => c.text)).toEqual(['Offline services leave the directory after a day']);
    const review = template(
      '# Readiness review, part 1',
      'Part 1 of the operational work.',
      '## Architecture',
      '- [ ] Add architecture diagrams',
      'Acceptance Criteria:',
      '- [ ] Perform the analysis above',
    );
    expect(only(review).title).toBe('Readiness review, part 1');
  });

  it('reads analytics instrumentation for nobody named as a task', () => {
    const text = template('# Send a share event to Snowplow', '## Goal', 'See how often posts are shared.');
    expect(only(text).kind).toBe('task');
  });

  it('reads a part of the stack in the title as a task, and in the text as what the product offers', () => {
    const task = template('# Backend: cache the member list', '## Goal', 'Fewer database round trips.');
    const product = template(
      '# Rich engine options',
      '## Goal',
      'Offer more Postgres configuration options when a clone is created.',
    );
    expect([only(task).kind, only(product).kind]).toEqual(['task', 'story']);
    // A part of the stack named in a compound is one too: "management-api", not "api-first".
    const merge = template('# Merge management-api and config-api', '## Goal', 'One component to deploy.');
    expect(only(merge).kind).toBe('task');
  });

  it('reads a title that opens with investigating as a spike, even over a story statement', () => {
    const text = template(
      '# Research payment gateways',
      'As a creator, I want to be paid by card, so that fans outside the US can support me.',
    );
    expect(only(text).kind).toBe('spike');
    expect(only(template('# Payment gateway research', 'As a creator, I want to be paid by card.')).kind).toBe('story');
  });

  it("reads the team's own framework or proxy in a title as a task", () => {
    const vue = template(
      '# Organize the structure of the Vue project',
      'As a developer, I want the components grouped by feature, so that I find them.',
    );
    const proxy = template('# Reverse proxy for the hosted services', '## Goal', 'One URL scheme for all services.');
    expect([only(vue).kind, only(proxy).kind]).toEqual(['task', 'task']);
  });

  it('reads someone reporting what they met as a bug report, even under a persona', () => {
    const text = template(
      '# Newsfeed image size',
      '## Personas',
      'Mobile readers',
      '## Goal',
      'Testers reported that portrait images overrun the viewport.',
    );
    expect(only(text).kind).toBe('bug');
    // A count named so is no one reporting: "Logins reported / unblock emails sent" measures a feature.
    const measured = template(
      '# Signin unblock',
      '## Outcomes',
      'Users whose logins are blocked can unblock themselves by email, so that they finish signing in.',
      '## Results',
      'Logins reported / unblock emails sent.',
    );
    expect(only(measured).kind).toBe('story');
  });

  it('reads a title that opens by asking for a fix, for nobody named, as a bug report', () => {
    expect(only(template('# Fix a race when two clones start', '## Goal', 'Clones start reliably.')).kind).toBe('bug');
  });

  it('reads a plain label line with a qualifier after a slash as the label', () => {
    const text = template(
      '# Map view',
      'Acceptance criteria / TODO:',
      '- the map shows the area',
      '- a click opens it',
    );
    expect(only(text).criteria.map((c) => slice(text, c.span))).toEqual(['the map shows the area', 'a click opens it']);
  });
});

describe('backlogs, boards and breakdowns (the sections around the stories)', () => {
  it('reads a title numbering its item by kind as that kind: "Bug #008 – …", "Task 3: …"', () => {
    const log = [
      '# Bug Report Log – Shady Meadows',
      '## Bug #008 – 🧱 Missing Automation-Friendly Attributes',
      '- **Area**: Overall site\n- **Severity**: Minor\n- **Observation**:\n  - No `data-testid` on key elements',
      '- **Impact**: Test automation brittle and harder to maintain',
      '## Task 3: Cache the room list',
      'Keep the room list for five minutes.',
      '## Bug_02: Notification not received for new messages',
      'Steps: send a message while the app is in the background.',
      '## Story 4: Book a room',
      'As a guest, I want to book a room, so that I have a bed tonight.',
    ].join('\n\n');
    // "Impact" beside the observation is the defect's impact, not the reason of a story.
    expect(kinds(log)).toEqual([
      'bug: Bug #008 – 🧱 Missing Automation-Friendly Attributes',
      'task: Task 3: Cache the room list',
      'bug: Bug_02: Notification not received for new messages',
      'story: Story 4: Book a room',
    ]);
  });

  it('reads the items under a section named for their kind as that kind: Tasks, Bugs, Spikes', () => {
    const text = [
      '# Body Guard Booking System',
      '## Overview\nA platform for booking security services.',
      '## Tasks',
      '### SAS-1252: User Registration & Authentication',
      '#### Description\nDevelop user registration and authentication functionality.',
      '#### Acceptance Criteria\n- Users can sign up with phone number/email and password',
      '### SAS-1254: Location & Scheduling',
      '#### Description\n\n#### Acceptance Criteria\n- None provided.',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      'task: SAS-1252: User Registration & Authentication',
      'task: SAS-1254: Location & Scheduling',
    ]);
    // "None provided." under the criteria is the template's stand-in, not a criterion judged a deliverable.
    expect(lintText(text).findings.map((f) => f.ruleId)).toEqual([]);
    const backlog = [
      '# Backlog',
      '## OPEN BUGS (2)',
      '### Booking page is blank on Safari',
      'Customers opening the booking page on Safari see nothing.',
      '## Spikes\n\n### Can we track guards by their phones?\n\nWe need to know what the phones report.',
      '## Book a guard for tonight',
      'As a shop owner, I want to book a guard for tonight, so that my late opening is covered.',
    ].join('\n\n');
    expect(kinds(backlog)).toEqual([
      'bug: Booking page is blank on Safari',
      'spike: Can we track guards by their phones?',
      'story: Book a guard for tonight',
    ]);
    // The name may say more of the items in brackets: a sprint's plan of tasks asks nobody for a who.
    const plan = [
      '# Sprint Planning',
      '## Tasks (in no particular order)',
      '* Setup primary repository (1)\n* Develop js for pause btn (1)',
    ].join('\n\n');
    expect(lintText(plan).findings.map((f) => f.ruleId)).toEqual([]);
  });

  it("reads a PRD's section of personas alone (its Target users, its scenarios) as no story missing its want", () => {
    const prd = [
      '# The MVP',
      '## Personas and Scenarios',
      '#### Target users:\n- **Travelers:** Those who seek unique local experiences in different cities.',
      '**Key Persona:** Frequent social media users are the primary target.',
      '#### High-Level Scenarios:\n- **Creating Posts:** Users share locations by posting titles and descriptions.',
      '## User Stories',
      '1. As a traveler, I want to view posts in the cities I visit, so that I find local experiences.',
    ].join('\n\n');
    expect(kinds(prd)).toEqual(['story: view posts in the cities I visit']);
    // With prose of its own about a need, a section with its Personas is a story still to write.
    const told = prd.replace('## Personas and Scenarios', '## Personas and Scenarios\n\nTravelers miss local events.');
    expect(kinds(told)).toContain('story: Personas and Scenarios');
  });

  it('finds no story in a sprint plan: sections named for their sprint, each with its goal and story titles', () => {
    const plan = [
      '# Sprints organizations',
      'The following section describes the sprint-based organization of the project.',
      '## 1st Sprint - Documentation management',
      '> #### Sprint goal\n> Create all necessary documentation to begin the implementation of the application',
      '## 2nd Sprint - Account managment\n> Enable users to create and manage their accounts.',
      '**Involved user stories:**\n\n- Registration (#4)\n\n- Login and logout (#6, #7)',
      '## Sprint 3: Booking',
      'Drivers book a spot and pay for it.',
    ].join('\n\n');
    expect(kinds(plan)).toEqual([]);
    // A story under a sprint is still read.
    const told = plan.replace(
      'Drivers book',
      'As a driver, I want to book a spot, so that I park near work.\n\nDrivers book',
    );
    expect(kinds(told)).toEqual(['story: Sprint 3: Booking']);
    // "Sprint through checkout" is no sprint's name: beside it, the title of a page of two chapters is the story
    // still to write, as before.
    const two = plan.replace(/## 1st Sprint[^]*?(?=## 2nd)/, '');
    expect(kinds(two)).toEqual([]);
    expect(kinds(two.replace('## Sprint 3: Booking', '## Sprint through checkout'))).toEqual([
      'story: Sprints organizations',
    ]);
    // A project page over its story map and its project plan introduces them.
    const page = [
      '# Project Management',
      'This page gives an overview of the tasks and roles over five sprints.',
      '## Story Map\n\n[View the Story Map on MURAL](https://example.org/map)',
      '## Project Plan\n\n**Scrum Master:** Jason',
      '### Sprint 1\n\n| Task | Assignee |\n|---|---|\n| Mockups | Akib |',
    ].join('\n\n');
    expect(kinds(page)).toEqual([]);
  });

  it("finds no story in a file of context alone: a glossary, open questions, a team's Definition of Ready", () => {
    expect(
      kinds('# Glossary\n\n- **STT**: states, tribes and territories\n- **OFA**: Office of Family Assistance'),
    ).toEqual([]);
    expect(kinds('# Open questions\n\n- Who owns the data?')).toEqual([]);
    // "Definitions" and an "FAQ" are asides too: under a metrics plan, its terms are no criteria.
    expect(kinds('# Definitions\n\n- **Price alert**: an alert when a price falls')).toEqual([]);
    expect(kinds('# FAQ\n\n- **Why a plugin?** It ships faster.')).toEqual([]);
    const plan =
      '# Metrics\n\n## Definitions\n\n* **Fathom**: a framework to extract products\n\n## Analysis\n\n' +
      '- How many price alerts are received?';
    expect(parseStories(plan).flatMap((s) => s.criteria.map((c) => c.text))).toEqual([
      'How many price alerts are received?',
    ]);
    const ready = '# Definition of Ready\nThe team agreed:\n* The user story is clear\n* Dependencies are identified';
    expect(kinds(ready)).toEqual([]);
    expect(lintText(ready).findings).toEqual([]);
    // A title naming the document's requirements may hold its need: still the file's story.
    expect(
      parseStories('# Project Requirements\n\n## Executive Summary\n\nThe app lets clients share stories.'),
    ).toHaveLength(1);
    // Beside a part that is no context, the file is a story with that context.
    expect(kinds('# Glossary\n\n- STT: a state\n\n# Problem\n\nStates re-key their data every quarter.')).toEqual([
      'story: undefined',
    ]);
  });

  it('finds no story in a guide: how a tool or the team works, only the statements written in it', () => {
    const guide = [
      '# Pivotal Tracker \\(Guide\\)',
      '## Definitions\n\n**Epic:** Epics capture high level goals\n\n**Bug:** A feature that does not work',
      '## Steps we use\n\n* Click on "Start" when you start working on a story.',
    ].join('\n\n');
    expect(parseStories(guide)).toEqual([]);
    // A developer guide's user stories are still its stories.
    const developer =
      '# TrackIt - Developer Guide\n\n## Design\n\nThe app uses MVC.\n\n## User stories\n\n' +
      '- As a student, I want to see my tasks, so that I can plan my day.\n';
    expect(parseStories(developer).map((s) => s.elements.who?.text)).toEqual(['student']);
    // Titled so in its front matter, with no heading of its title: its first chapter is no title of a story.
    const matter = [
      '---\ntitle: Developer Guide\n---',
      'TaskBook is a desktop app that helps students keep their tasks.',
      '## Table of Contents',
      '## Implementation\n\n#### Implementation',
      '## Appendix: Requirements',
    ].join('\n\n');
    expect(parseStories(matter)).toEqual([]);
  });

  it('finds no story in a design document (its architecture beside its domain model), only its statements', () => {
    const design = [
      '# PROJECT Design Documentation',
      '## Executive Summary\n\nWeb Checkers is an online app that allows users to play checkers with one another.',
      '### Purpose\n\nProvide a way for users to play checkers with their friends.',
      '## Requirements\n\nAllow users to sign in with a username.<br>\nAllow users to play a game.',
      '## Application Domain\n\nThe main entities are the board, player, piece, moves, and square.',
      '## Architecture and Design',
      '### View Tier\n\nThe player can sign in and then start a game with another player.',
    ].join('\n\n');
    expect(kinds(design)).toEqual([]);
    expect(lintText(design).findings.map((f) => f.ruleId)).toEqual([]);
    // A story stated in it is still its story.
    const stated = `${design}\n\n## Stories\n\n- As a player, I want to resign, so that I can leave a lost game`;
    expect(kinds(stated)).toEqual(['story: resign']);
    // One chapter on how it is built is no design document: the title over it is still read for what it asks.
    expect(kinds(design.replace('## Application Domain', '## Notes'))).not.toEqual([]);
  });

  it("reads a developer guide's use cases as its specification, no stories: the stories are in its table", () => {
    const guide = [
      '---\ntitle: Developer Guide\n---',
      '# Appendix: Requirements',
      '## User stories',
      '| As a ... | I want to ... | So that I can ... |\n|---|---|---|\n| agent | add a client | keep their details |',
      '## Use cases',
      '### **Use case: Add a client**',
      'Actor: User',
      '**MSS**\n\n1. User requests to add a client.\n2. REP adds the client to the system.',
      '### **Use Case: Delete a client**',
      'Actor: User',
      '**MSS**\n\n1. User requests to delete a client.\n2. REP deletes the client.',
    ].join('\n\n');
    expect(kinds(guide)).toEqual(['story: add a client']);
    // Written on its own, a use case is still the story its actor's goal tells.
    const alone = guide.replace(/^---[^]*?---\n\n/, '# Use cases of REP\n\n');
    expect(kinds(alone)).toContain('story: **Use case: Add a client**');
  });

  it('finds no story in a page whose title asks for nothing over a list of items: each item is a want', () => {
    const items = ['- Release notes', '- Markdown Preview', '- Use CodeTour', '- Similar extensions', '- Open in Foam'];
    const inbox = ['# Inbox', 'Uncategorised thoughts, to be added', items.join('\n')];
    expect(kinds(inbox.join('\n\n'))).toEqual([]);
    expect(kinds(['### Quicker than issues for now', 'Stuff', items.join('\n')].join('\n\n'))).toEqual([]);
    // A line in bold over each group of items names the group ("**raylib 7.0**"): no prose.
    const versions = ['# raylib roadmap', 'Ideas to improve the library.', '**raylib 7.0**', items.join('\n')];
    expect(kinds([...versions, '**raylib 6.0**', items.join('\n')].join('\n\n'))).toEqual([]);
    // A statement among the items is a story of its own.
    const stated = [...inbox, '- As a writer, I want to open a page in Foam, so that I edit it'].join('\n\n');
    expect(kinds(stated)).toEqual(['story: open a page in Foam']);
    // A title asking for something is the story its items detail; so is a name over a few of its details.
    const asked = '# Add search\n\n- by title\n- by author\n- by year\n- by tag\n- by language';
    expect(kinds(asked)).toEqual(['story: Add search']);
    expect(kinds('# Markdown preview\n\n- uses the styles of the workspace\n- updates live')).toEqual([
      'story: Markdown preview',
    ]);
    // So is one whose words ask for something, whatever the options listed under them.
    const asking = ['### IMP-9 - Reusable Comments', 'There should be a way for a marker to keep comments.', ...items];
    expect(kinds(asking.join('\n\n'))).toEqual(['story: IMP-9 - Reusable Comments']);
  });

  it('finds no story in notes, a roadmap or a retrospective: a record of what was said or planned', () => {
    const notes = [
      '# 2020-07-24',
      '## Feature selection processing',
      '- each of us assesses the relevance of each feature in the wish list before Wednesday.',
      '## Organisation',
      'We agreed on weekly meetings from now on, Fridays at 10 UK time.',
      '# 2020-07-31',
      'We had a look at the assessment of the features and decided to build the easy ones first.',
    ].join('\n\n');
    expect(kinds(notes)).toEqual([]);
    const roadmap = '# Terminal 2022 Roadmap\n\nThis document outlines the features we plan for the Terminal in 2022.';
    expect(kinds(roadmap)).toEqual([]);
    // A product's name may be written in small letters ("gRPC-Web", "rust-libp2p"); a table of contents' marker
    // ("<!-- omit in toc -->") is no word of the title.
    const named = ['# gRPC-Web Roadmap', '# rust-libp2p Roadmap', '# Roadmap <!-- omit in toc -->'].map((title) =>
      kinds(`${title}\n\nWhat we plan next.\n\n## In the works\n\n### WebTransport\n\nA transport for browsers.`),
    );
    expect(named).toEqual([[], [], []]);
    // A team's records as courses ask for them: an iteration's review whose number is still the template's, a page of
    // personas, a competitive analysis, a page of concepts or terms, meeting notes whose fields say when and who
    // attended.
    const records = [
      '# Cello Exercise Index\n\n## Iteration XX - Review & Retrospect\n\n#### Q1. Decisions that turned out well',
      '# Personas\n\n## Zuko\n\n### Goals\n\n- Find volunteering near home\n\n### Pain points\n\n- No car',
      '# Competition\n\nShelterApp lists beds; it does not show which are free tonight.',
      '# Project Management concepts\n\nThis chapter describes the concepts.\n\n## Motivation\n\nWe miss due dates.',
      '# Glossary\n\n**Sprint**: two weeks of work, so that we ship often.',
      '- Topic: Planning Sprint 3\n- Date: 2/22/21\n- Attendance: 9/9\n\n# Overview\n\n- Discussed new issues',
    ].map((text) => kinds(text));
    expect(records).toEqual([[], [], [], [], [], []]);
    // A title asking for concepts asks for something: "Tag concepts" is a story of a vocabulary manager.
    expect(kinds('# Tag concepts\n\nAs a curator, I want to tag concepts, so that people find them.')).toEqual([
      'story: Tag concepts',
    ]);
    expect(kinds('# Retrospective - Sprint 3\n\nWe finished four of the six stories we planned.')).toEqual([]);
    // The team's name after the sprint's ("RETROSPECTIVE Sprint 2 (Team 4)", a course's template) is still its title.
    const measures = '## PROCESS MEASURES\n\nOur Definition Of Done:\n- Unit Tests passing\n- Code review completed';
    expect(kinds(`RETROSPECTIVE Sprint 2 (Team 4)\n=====\n\n${measures}`)).toEqual([]);
    expect(kinds('# Customer Notes\n\nThe owner would like to see the menu on the phone.')).toEqual([]);
    expect(kinds('# Thursday 20 October 2022\n\n## Attendees\n\nJane, Omar\n\n## To Do\n\nOmar books a room.')).toEqual(
      [],
    );
    const retro =
      '# Agile - Retrospective\n\n## What went well\n\nWe shipped the search on time.\n\n' +
      '## Sprint Goal (Things we could do better next time)\n\n- Share work with the team sooner';
    expect(kinds(retro)).toEqual([]);
    expect(kinds('# Roadmap Summer/2024\n\nThis summer we bring the map to the field teams.')).toEqual([]);
    expect(kinds("# Customer's storyline\n\n## Something happens!\n\nThe customer meets a new issue.")).toEqual([]);
    // A page of the data the product records, its events and their fields, is no list of success criteria.
    const telemetry =
      '# Metrics\n\nA summary of the metrics the add-on will record.\n\n## Events\n\n- Fired on submit.';
    expect(kinds(telemetry)).toEqual([]);
    // Metrics of a need are still judged, as criteria.
    const measured = parseStories('# Metrics\n\n- Weekly active teams rise from 40 to 60 by June');
    expect(measured.map((s) => [s.kind, s.criteria.length])).toEqual([['criteria', 1]]);
    const todos =
      '# TODOs and Future Plans\n\nYou can influence the priority by sponsoring the project.\n\n## New Features';
    expect(kinds(`${todos}\n\n| Priority | Feature |\n| --- | --- |\n| HIGH | Color picker |`)).toEqual([]);
    expect(kinds('# Testing Strategy\n\nWe write feature tests for every journey a user takes.')).toEqual([]);
    expect(kinds('# Testplan\n\nThe flows below are tested before each release.')).toEqual([]);
    expect(kinds('# Release Testing\n\nRun these checks on every release candidate.')).toEqual([]);
    // A file whose first heading names it a test plan is one, down to the sections beside that heading.
    const testPlan =
      '## Manual Test Plan\n\n### Hub\n\n- [ ] Verify login\n\n## WEB UI\n\n### Invite Form\n\n- [ ] Verify input';
    expect(kinds(testPlan)).toEqual([]);
    expect(kinds('# Sprint Retrospective Report\n\nWe finished four of the six stories we planned.')).toEqual([]);
    expect(
      kinds('# Scalability Roadmap — whatToEat\n\n## Step 1 — RDS Multi-AZ\n\nWhy: one database is one failure.'),
    ).toEqual([]);
    expect(
      kinds('# 2.2.3\n\n## Overview\n\nThis release fixes two bugs.\n\n## Change Log\n\n- Fixed the search'),
    ).toEqual([]);
    expect(kinds('# Sprint 1 Planning\n\n## Workflow\n\nEach pull request gets one review before merging.')).toEqual(
      [],
    );
    expect(kinds('# Release 2 Planning\n\nWe ship the map first.')).toEqual([]);
    // A sprint's report says what was done: its test names and their cases are no stories.
    expect(kinds('# Sprint 2 Report\n\n## TestFetchCategories\n\n- **Success**: Retrieves categories.')).toEqual([]);
    // A course's planning questionnaire, answered: it describes the product, asking for nothing itself.
    const questionnaire = [
      '# WoofWoof (Team 04)',
      '#### Q1: What are you planning to build?\n\n* A dog meetup app.',
      '#### Q2: Who are your target users?\n\n* Dog owners looking for events.',
      '### Highlights\n\nWe chose Ionic.',
    ].join('\n\n');
    expect(kinds(questionnaire)).toEqual([]);
    // An issue template's questions name the parts of a story: it stays one.
    const issue = [
      '# Export invoices',
      '## What problem does this solve?\n\nAccountants re-type every invoice.',
      '## Why is this important?\n\nMonth-end closes late.',
    ].join('\n\n');
    expect(kinds(issue)).toEqual(['story: Export invoices']);
    // A sprint's page written as prose, no statement in it and no part asking for anything, records the sprint.
    const sprintPage =
      '# Sprint 3\n\n## What this sprint is\n\nWe build for volunteers.\n\n## Tickets\n\nFive tickets.';
    expect(kinds(sprintPage)).toEqual([]);
    // Sprints each with their goals and their retrospective: a log of how each went, no story still to write.
    const sprintLog = [
      '# Sprint planning',
      '## Sprint 1 (5/9/2022 - 23/9/2022)',
      '### Goals\n\n- Create user stories\n- Setup CI/CD',
      '### Retrospective\n\nSprint 1 went well overall.',
      '## Sprint 2 (26/9/2022 - 21/10/2022)',
      '### Goals\n\n- Implement OAuth 2.0 in the front-end',
      '### Retrospective\n\nWe had some struggles with the shortcuts.',
    ].join('\n\n');
    expect(kinds(sprintLog)).toEqual([]);
    // So are sprints under a heading named for their review and retrospective, told in label lines.
    const reviews = [
      '## Sprint Review and Retrospective',
      '### SPRINT 1',
      'Sprint Planning: For the first sprint, we will try to have the biggest amount of features finished so that ' +
        'we can focus on polishing the app.',
      'Sprint Retrospective:\n+ What went well?\n  + The assignment of the tasks',
    ].join('\n\n');
    expect(kinds(reviews)).toEqual([]);
    // A part named for what it asks is a story still.
    expect(kinds(sprintPage.replace('## Tickets', '## Add absence reporting'))).toContain(
      'story: Add absence reporting',
    );
    // A product outline's "Communications" (its team's channel, label and stakeholders) says who is around the work.
    const outline =
      '## Communications\n\n- Team Name: Analytics & Insights\n- Slack channel: `analytics`\n- Stakeholders: Rachael';
    expect(kinds(outline)).toEqual([]);
    // A legend of the table's columns ("## Table notation") explains the page, asking for nothing.
    expect(
      kinds('# Sprint Backlog\n\n## Table notation\n\n(1): Importance (out of 100)\n\n(2): Estimation of Cost'),
    ).toEqual([]);
    // A sprint's date written as a heading is the sprint's field, over what the team works on in it.
    expect(
      kinds('# Sprint Planning\n\n## Sprint 4\n\n#### Date: 16.01.2023 - 30.01.2023\n\nFinishing:\n\n* PDF receipts'),
    ).toEqual([]);
    expect(
      kinds('# Iteration 2 Plan\n\nWe changed the velocity based on Iteration 1.\n\n## Breakdown\n\n1. Booking'),
    ).toEqual([]);
    // Under a title naming the product only, a first section naming the record says what the document is.
    const review =
      '# Green Peeps\n\n> Write this during your review meeting.\n\n## Iteration 02 - Review & Retrospect\n\n' +
      '* When: Thursday\n\n## Process - Reflection\n\nWe split into sub-teams for every main feature.';
    expect(kinds(review)).toEqual([]);
    // So does a first section naming the sprint by its dates alone: the iteration's plan (a course template's).
    const datedPlan = [
      '# Git Hype',
      '## Sprint 1\n\n * Start date: 3rd June 2023\n * End date: 16th June 2023',
      '## Process\n\n#### Events\n\nWe meet every Saturday. It is a place for team members to raise concerns.',
      '## Product\n\n#### Goals and tasks\n\nOur sprint goal is account management for students.',
    ].join('\n\n');
    expect(kinds(datedPlan)).toEqual([]);
    // A product's title over its own need is still a story, whatever record a later section names.
    const product = '# Green Peeps\n\nHouseholds see their carbon footprint.\n\n## Sprint 2 Review\n\nDemo went well.';
    expect(kinds(product)).toEqual(['story: Green Peeps']);
    // A quarter's plan: "Q1 2023", "2017 Q4 OKR".
    expect(kinds('# Q1 2023\n\n## O: Improve developer productivity\n\n### KR: Land push notifications')).toEqual([]);
    expect(kinds('## 2017 Q4 OKR\n\nAchieve MVP (goal: Mozfest Oct 27-29)')).toEqual([]);
    // Its objectives over their key results are still criteria to judge.
    expect(kinds('## Q1 2018\n\n### Ship the desktop app\n\n#### Key results\n\n- Publish signed releases')).toEqual([
      'criteria: Ship the desktop app',
    ]);
    // A journal of the team's meetings and milestones; a journal alone may be what the product is.
    expect(kinds('# Journal of our Meetings, Ceremony, Milestones\n\nWe had a Sprint Planning Meeting.')).toEqual([]);
    expect(kinds('# Process Journal\n\nOn Monday we wrote the first stories.')).toEqual([]);
    expect(kinds('# Journal\n\nWriters keep a private journal of their days.')).not.toEqual([]);
    // A team's OKRs, named by the document's title: what was planned for the quarters under it, asking for no story.
    expect(
      kinds('# IPFS Cluster Team OKRs\n\nResults are tangible and measurable.\n\n## 2019 Q2\n\n- Swagger docs'),
    ).toEqual([]);
    // Alone, "Objectives and Key Results" names the key results listed under it: criteria to judge.
    expect(kinds('# Objectives and Key Results\n\n## Q1 2020\n\nAlpha release of Squad Chess\n- 12 streams')).toEqual([
      'criteria: undefined',
    ]);
    // Its objectives over the key results they list are still criteria to judge.
    const listed =
      '# Peerpad Objectives and Key Results\n\n## Overall\n\n**Objective:** A private editor.\n\n' +
      '**Key Results:**\n- Peerpad is audited';
    expect(kinds(listed)).toEqual(['criteria: Overall']);
    // Asking for OKRs to be set is a task to do, not their record.
    expect(kinds('# Define team OKRs\n\nWe need to agree on goals for the quarter.')).not.toEqual([]);
    // "Sprint Planning" over its sprints plans them: each sprint, with its goal, is a story as before.
    const planned = '# Sprint Planning\n\n## Sprint 1\n\n### Sprint Goal\n\nRiders book a bike in two taps.';
    expect(kinds(planned)).toEqual(['story: Sprint 1']);
    expect(
      kinds('# EngineO.ai – Product Roadmap (MVP → 12 Months)\n\n## Phase 1 – Foundation\n\nAuth and billing.'),
    ).toEqual([]);
    // A page of the plans a team has for later is its roadmap, whatever else its title says after a slash.
    const plans =
      '# Future Plans / Ideas\n\nThis page describes things we want.\n\n## Shared login\n\nOne login for all tools.';
    expect(kinds(plans)).toEqual([]);
    // "Meeting notes" alone is also a section's name, here the whole document's.
    expect(kinds('# Meeting notes\n## 27/11/2022\n- team contract: to be finalized\n- Discussed the concept')).toEqual(
      [],
    );
    // A journey or research write-up reports what people do and say: the needs it finds are stories to write elsewhere.
    const journey =
      '# Key moments in the user journey\n\nManjeet, a staff nurse, is new to smartphones.\n\n' +
      '## 1: Manjeet hears about Simple\n\nHer supervisor hands her a memo.\n\n#### Concerns\n\n- Is it safe?';
    expect(kinds(journey)).toEqual([]);
    expect(kinds('# Research synthesis: filing taxes\n\nPeople file late because forms confuse them.')).toEqual([]);
    const takeaways =
      '# Key Takeaways\n\n## There is strong support for a digital portal\n\nEmployers want one place to file.\n\n' +
      '## Support employers in accessing information in a timely fashion\n\nThey call because letters come late.';
    expect(kinds(takeaways)).toEqual([]);
    const postmortem = '# Postmortem for Reliability Issues on Tuesday, March 31st\n\nStudents could not log in.';
    expect(kinds(postmortem)).toEqual([]);
    // Its fields are the record's: a test plan's goal is what the plan is for.
    const plan =
      '# Test Plan – Sandbox\n\n**Product:** Sandbox\n\n## 1. Overview\n\n**Goal:** validate the sign-up flow';
    expect(kinds(plan)).toEqual([]);
    const sprint =
      '## Sprint 2.md\n\n### Our Goal\n\n- Finish at least nine of the stories we designed.\n\n' +
      '### Participants\n\nRonish Bhatt, Yihang Cheng, Naman Bhandari';
    expect(kinds(sprint)).toEqual([]);
    // A list of known issues is their group, no story still to write: its items are bug reports.
    const issues =
      '# Known Issues\n\nIssues we plan to address.\n\n## Bugs\n\n### 1. Load More repeats results\n\n' +
      '**Status:** Open\n\n**Current Behavior:** the same ten results come again.';
    expect(kinds(issues)).toEqual(['bug: 1. Load More repeats results']);
    // So is a product's list of its known issues, each under its own name; a page on how it is released or tested
    // asks for nothing.
    const known =
      '# .NET 6.0 Known Issues\n\nThese issues are fixed in later updates.\n\n' +
      '## Failure to install the update\n\n### Summary\n\nThe update fails with error 0x80070643.';
    expect(kinds(known)).toEqual(['bug: Failure to install the update']);
    const kept = ['# Release checklist', '# Releasing Git LFS', '# Manual Tests', '# Test for screens/details.js'].map(
      (title) => kinds(`${title}\n\nEach release needs two maintainers.\n\n## Main release\n\n* [ ] Tag the release.`),
    );
    expect(kept).toEqual([[], [], [], []]);
    const sprints =
      '# Sprint Plan Reference\n\n## Sprint 1 Milestones (Raj)\n\n### M1.1 — Authentication\n\n- Login page';
    expect(kinds(sprints)).toEqual([]);
    // A plan for a period: "Annual plan for 2026", "Quarterly plan: Q3".
    const annual =
      '# Annual plan for 2026\n\n## Challenges\n\nHubs cost more to run.\n\n## Actions\n\n- Cut hosting costs';
    expect(kinds(annual)).toEqual([]);
    // A story said in the notes is still read.
    const told = notes.replace(
      'We agreed',
      'As a member, I want weekly meetings, so that we keep in step.\n\nWe agreed',
    );
    expect(kinds(told)).toEqual(['story: Organisation']);
    // A date with a title of what is asked is a story's heading: only a date alone, or with a meeting, is notes.
    const dated = '## 2024-05-01: Export invoices as CSV\n\n**Who:** finance analyst\n**Outcome:** export invoices';
    expect(kinds(dated)).toEqual(['story: 2024-05-01: Export invoices as CSV']);
    expect(kinds('# 2020-07-31 — Weekly sync\n\nWe agreed to ship the map first.')).toEqual([]);
    // A meeting named before its date, the year left out: "Sprint planning 03.06".
    expect(kinds('Sprint planning 03.06\n===\n\nThe repo split decision is done.\n\n1. push sync merge')).toEqual([]);
    // Dated calls under the title of their series, each holding what was said.
    const calls = [
      '# DEV Call',
      '## Notes for DEV CALL 07/02/2021',
      '### Softlaunch\n\n- We need a way for users to delete campaigns!',
      '## Notes for DEV CALL 03/02/2021',
      '### Updates\n\nJames is working on the login for users.',
    ].join('\n\n');
    expect(kinds(calls)).not.toContain('story: Updates');
    expect(kinds(calls).filter((k) => k.startsWith('story: Notes'))).toEqual([]);
    // A title asking for a roadmap is a story still to write, as before.
    expect(kinds('# Show Roadmap\n\nVisitors cannot tell what comes next.')).toEqual(['story: Show Roadmap']);
    expect(kinds('# Show the roadmap\n\nVisitors cannot tell what comes next.')).toEqual(['story: Show the roadmap']);
  });

  it('reads a heading naming a priority ("## High priority", "## Must have") as a group of the items under it', () => {
    const wishes = [
      '# Wanted in future versions',
      '## High priority\n\n- Let users drag nodes\n- Undo the last step',
      '## Must have (MVP)\n\n- Save a graph',
      '## P2\n\n- Dark mode',
    ].join('\n\n');
    // A list of wishes states no story: nothing to ask of it.
    expect(kinds(wishes)).toEqual([]);
    // A story under one is still read.
    expect(
      kinds(wishes.replace('- Save a graph', 'As a teacher, I want to save a graph, so that I reuse it.')),
    ).toEqual(['story: Must have (MVP)']);
    // Its features' groups named like a story's parts ("Metrics & Analytics") are groups of items too.
    const scope = [
      '## 7. Feature Scope',
      '### 7.1 Must-Have (v1)',
      '#### Trade Management\n\n- Manual trade entry\n- CSV import',
      '#### Metrics & Analytics\n\n- Total PnL\n- Win rate',
      '### 7.2 Nice-to-Have (v2+)\n\n- Broker sync',
    ].join('\n\n');
    expect(kinds(scope)).toEqual([]);
    // "Bonuses", "Stretch goals": what the team does if time allows, a group of the items as a priority is.
    const sprint = [
      '## Sprint 2: CRUD',
      '**A user should be able to:**\n\n1. View a list of posts on the city page.',
      '### Bonuses',
      '**A user should be able to:**\n\n1. Visit city pages via pretty urls.',
      '### Stretch goals\n\nPosts show a map of the place they are about.',
    ].join('\n\n');
    expect(kinds(sprint)).toEqual([]);
  });

  it('reads a MoSCoW list as a backlog, its colour legend no story', () => {
    const moscow = [
      '# MoSCoW Prioritization',
      'The planned features and their priority, by the MoSCoW method.',
      '## Color Legend',
      '🟢 → feature fully implemented <br/>\n🔴 → feature not implemented',
      '## Must Have',
      '- A01: **Intuitive Interface**: The interface is intuitive for hospital personnel.',
    ].join('\n\n');
    expect(kinds(moscow).filter((k) => k.includes('Legend') || k.includes('MoSCoW'))).toEqual([]);
  });

  it('reads a backlog\'s legend of its fields ("##### Priority:", "Point Estimate:") as no story', () => {
    const backlog = [
      '# Product Backlog',
      '##### Priority:\n1 - 5, with 1 being the highest priority',
      '##### Point Estimate:\nFibonacci → 0, 1, 2, 3, 5, 8, 13',
      '### As a student, I want to see the menu, so that I can choose lunch\n\nCOS: Every item lists its price',
    ].join('\n\n');
    expect(kinds(backlog)).toEqual(['story: As a student, I want to see the menu, so that I can choose lunch']);
  });

  it('finds no story in a decision record: its context, options, decision and consequences', () => {
    const adr = [
      '# Keep documentation with the code',
      '## Context and Problem Statement\n\nOur docs live in a wiki nobody updates.',
      '## Considered Options\n\n- Keep the wiki\n- Move the docs into the repository',
      '## Decision Outcome\n\nChosen option: move the docs into the repository.',
      '### Positive Consequences\n\n- Docs change with the code.',
    ].join('\n\n');
    expect(kinds(adr)).toEqual([]);
    const nygard =
      '# 3. Use PostgreSQL\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n\n' +
      '## Decision\n\nWe will use PostgreSQL.\n\n## Consequences\n\nThe team learns SQL.';
    expect(kinds(nygard)).toEqual([]);
    // A retrospective by its questions, with or without a title naming it.
    const retro = [
      '# What went well?\n\n## 1. Improved backlog management\n\nWe groomed every week.',
      "# What didn't go well?\n\n## 1. Backend connection\n\nThe API was down for two days.",
      '# Actionable Changes for Next Sprint\n\n## High Impact\n\n1. Define acceptance criteria per task\n' +
        'Action: each task gets two or three criteria.\nWhy: prevents rework.',
    ].join('\n\n');
    expect(kinds(retro)).toEqual([]);
    // A sprint's review: what went well beside the problems met and how they were solved, no item of the sprint.
    const review = [
      '# Sprint 2 - 18 - Rigatoni',
      '## Review',
      '#### Completed epics\n\n* User: I want to supply my own units for distances: the server returns them.',
      '#### What went well\n\nWe worked well as a team.\n\n* Everyone helped with the problems their teammates had.',
      '#### Problems encountered and resolutions\n\nSome problems came up.\n\n* The calls took research to figure out.',
    ].join('\n\n');
    expect(kinds(review)).not.toContain('story: What went well');
    expect(kinds(review)).not.toContain('story: Problems encountered and resolutions');
    // Options weighed ("## Option-1 - …") and the one recommended: an options analysis, deciding how to build.
    const options = [
      '# New messaging architecture',
      '## Option-1 - Single SNS topic with fan-out\n\nEach consumer gets a queue.',
      '## Option-2 - AWS EventBridge\n\nRules route the events.',
      '## Recommendations\n\nWe recommend option 1 for now.',
    ].join('\n\n');
    expect(kinds(options)).toEqual([]);
    // A spike's write-up, its results and its conclusions: what an investigation found.
    const spike =
      '# Frontend checksum options\n\nWe tried two ways to checksum large files.\n\n## Results\n\nWebAssembly was ' +
      'twice as fast.\n\n## Conclusions and next steps\n\nUse WebAssembly, fall back to JavaScript.';
    expect(kinds(spike)).toEqual([]);
    // A story with a section of its options is still a story.
    expect(kinds('# Export invoices\n\nFinance re-types every invoice.\n\n## Option 1\n\nCSV.')).toEqual([
      'story: Export invoices',
    ]);
    // A story deciding nothing keeps its Context.
    expect(kinds('# Export invoices\n\n## Context\n\nFinance re-types every invoice.')).toEqual([
      'story: Export invoices',
    ]);
  });

  it('finds no story in a design proposal (an RFC, a KEP): it weighs a design; its user stories are stories', () => {
    const rfc = [
      '- Start Date: 2019-02-27\n- Target Major Version: 3.x',
      '# Summary\n\nMake it explicit what events are emitted by the component.',
      '# Motivation\n\nDocumenting events helps readers and tools.',
      '# Detailed design\n\nA new `emits` option lists the events.',
      '# Drawbacks\n\nOne more option to learn.',
      '# Alternatives\n\nN/A',
      '# Unresolved questions\n\nNone.',
    ].join('\n\n');
    expect(kinds(rfc)).toEqual([]);
    // Titled, in Rust's template, with user stories among its parts: those are read.
    const kep = [
      '# KEP-1440: kubectl events',
      '## Summary\n\nA new events sub-command.',
      "## Proposal\n\n### User Stories\n\n- As a cluster operator, I want to watch one resource's events, so " +
        'that I can debug a failing pod.',
      '## Reference-level explanation\n\nThe command reads the events API.',
      '## Rationale and alternatives\n\nA plugin was considered.',
    ].join('\n\n');
    expect(kinds(kep)).toEqual(["story: watch one resource's events"]);
    // Untitled as one, its Motivation beside two of what it weighs (its Drawbacks, Unresolved questions) tells it.
    const weighed = [
      '# Escalating Issues',
      '## Summary\n\nMark issues whose volume rises again.',
      '## Motivation\n\nUsers miss issues that come back.',
      '## Option\n\nA new substate for issues.',
      '## Drawbacks\n\nMore states to learn.',
      '## Unresolved questions\n\nHow long is "again"?',
    ].join('\n\n');
    expect(kinds(weighed)).toEqual([]);
    // An improvement proposal (a BIP, a PEP, a CIP): its Motivation, Specification and Rationale.
    const improvement = [
      '## Abstract\n\nA checksum for wallets.',
      '## Motivation: Why is this CIP necessary?\n\nUsers cannot tell two wallets apart.',
      '## Specification\n\nThe checksum is a picture and a code.',
      '## Rationale: How does this CIP achieve its goals?\n\nPictures are easy to compare.',
    ].join('\n\n');
    expect(kinds(improvement)).toEqual([]);
    expect(
      kinds(improvement.replace(/## Rationale[^]*$/, '## Alternative Proposals and Considerations\n\nNone.')),
    ).toEqual([]);
    // A design proposal's Abstract and Rationale beside its Open issues and its Future work.
    const design = [
      '# Writing to any time',
      '## Abstract\n\nAccept writes for any timestamp.',
      '## Background\n\nWrites are accepted for a window around now.',
      '## Rationale\n\nA second buffer keeps the hot path fast.',
      '## Open issues\n\nHow are cold writes flushed?',
      '## Future work\n\nCompact cold blocks.',
    ].join('\n\n');
    expect(kinds(design)).toEqual([]);
    expect(kinds(design.replace(/## Open issues[^]*?(?=## Future)/, ''))).toEqual([]);
    // A story's own Motivation and one open question do not make it a proposal.
    expect(kinds('# Export invoices\n\n## Motivation\n\nFinance re-types them.\n\n## Drawbacks\n\nNone.')).toEqual([
      'story: Export invoices',
    ]);
    // Named an RFC in its title, its Drawbacks or Unresolved questions are enough to tell it.
    const named = [
      '# Issue States RFC',
      '## Summary\n\nNew substates for issues.',
      '## Motivation\n\nUsers cannot tell archived issues apart.',
      '## What we are planning to change\n\nAdd substates and transitions.',
      '## Drawbacks\n\nMore states to learn.',
    ].join('\n\n');
    expect(kinds(named)).toEqual([]);
    // Numbered as its project numbers its proposals ("CFP-…", "KEEP-0023", "SIP-27", "TAP 20"): one too; a backlog's
    // improvement item ("IMP-9") is none.
    const cfp = [
      '# CFP-2024-06-12: Packet Tracing',
      '## Summary\n\nTag flows with a trace id, so that admins correlate them.',
      '## Goals\n\n- Admins see where a traced packet drops',
      '## Proposal\n\nThe agent reads the id from an IP option.',
    ].join('\n\n');
    expect(kinds(cfp)).toEqual([]);
    expect(kinds(cfp.replace('CFP-2024-06-12', 'IMP-9'))).toEqual(['story: IMP-9: Packet Tracing']);
    // Its Motivation beside the design it decided ("Design Decisions", a "Proposed Implementation") or its weighed
    // "Drawbacks/Trade-offs" and Alternatives.
    const decided = ['## Motivation\n\nDiffs are noisy.', '## Design Decisions\n\nOnly multi-line.'];
    expect(kinds(decided.join('\n\n'))).toEqual([]);
    expect(kinds(['# Python support', decided[0], '## Proposed Implementation\n\nA timeline.'].join('\n\n'))).toEqual(
      [],
    );
    const weighedSip = [decided[0], '## Drawbacks/Trade-offs\n\nTools change.', '## Alternatives\n\nNone.'];
    expect(kinds(weighedSip.join('\n\n'))).toEqual([]);
    // A KEP that weighs its approaches inside its Proposal: its Motivation and Design Details tell it.
    const enhancement = [
      '# MigPlan UX Improvements',
      'This enhancement proposes API changes for storage conversion.',
      '## Summary\n\nOne place for every type of migration.',
      '## Motivation\n\n### Goals\n\n- Users migrate storage from the UI',
      '## Proposal\n\n### Approach 1: a MigPlan field\n\nA new field.\n\n### Alternative: typed field\n\nA type.',
      '## Design Details\n\n### Test Plan\n\nEnd-to-end tests.',
    ].join('\n\n');
    expect(kinds(enhancement)).toEqual([]);
    // Its Design Details under its Proposal, beside its Alternatives (Karmada's proposals): the same.
    const nested = [
      '# Resource Deletion Protection',
      '## Summary\n\nProtect resources from deletion by a label.',
      '## Motivation\n\nDeleting a namespace by mistake removes its workloads everywhere.',
      '## Proposal\n\n### User Story\n\n#### Story 1: Protect the namespace\n\nAs an operator, I want to protect ' +
        'my namespace, so that it is not deleted by mistake.\n\n### Design Details\n\nA webhook checks the label.',
      '## Alternatives\n\nA new CRD.\n\n### CRD Example\n\nTarget User: Cluster administrators',
    ].join('\n\n');
    expect(kinds(nested)).toEqual(['story: Story 1: Protect the namespace']);
    // A Windows spec template (winget, Terminal, PowerToys): its Solution Design beside its Potential Issues.
    const spec = [
      '# Package Pinning',
      '## Abstract\n\nThis spec describes the Package Pinning feature.',
      '## Inspiration\n\n- Users may want some packages to stay in one major version.',
      '## Solution Design\n\nwinget will support three types of pinning.',
      '## Potential Issues\n\nPinned packages may miss security fixes.',
      '## Future considerations\n\nPin by source.',
    ].join('\n\n');
    expect(kinds(spec)).toEqual([]);
    // O3DE's template asks its chapters, under an overview: the feature's technical design, what weighs against it.
    const asked = [
      '## Overview\n\nBookmarks for the editor viewport.',
      '### What is the relevance of this feature?\n\nUsers lose their place in big levels.',
      '### Technical design description\n\nBookmarks are kept in the level file.',
      '### What are the disadvantages of the feature?\n\nOne more panel.',
      '### Are there any alternatives to this feature?\n\nCamera presets.',
    ].join('\n\n');
    expect(kinds(asked)).toEqual([]);
    // Ray's enhancement proposals: a General Motivation beside its Design and Architecture.
    const rep = [
      '## Summary\n\n### General Motivation\n\nSpark users want to run Ray on their clusters.',
      '## Design and Architecture\n\nThe head node runs on the driver.',
    ].join('\n\n');
    expect(kinds(rep)).toEqual([]);
    // Its design weighing its own Alternatives (Submariner's enhancements): still a design, not a story of its title.
    const weighedInDesign = [
      '# Extract version information from pod logs',
      '## Summary\n\nShow versions reads the image tags, which can be overridden.',
      '## Proposal\n\nEach binary prints its version when it starts.',
      '## Design Details\n\n### Capture version in pod logs\n\nA log line.\n\n### Alternatives\n\nA config map.',
      '## User Impact\n\nNone.',
    ].join('\n\n');
    expect(kinds(weighedInDesign)).toEqual([]);
    expect(kinds(weighedInDesign.replace('### Alternatives', '### Rollout'))).toHaveLength(1);
    // Its Motivation beside its "Design detail", named in the singular (Volcano's designs).
    const singular = [
      '# Capacity scheduling',
      '## Motivation\n\nQueues share resources.',
      '## Design detail\n\nA plugin.',
    ];
    expect(kinds(singular.join('\n\n'))).toEqual([]);
    // A web platform explainer weighs its alternatives, its privacy and its security, and what implementers said.
    const explainer = [
      '# Fenced Storage Read API',
      '## Introduction and Goals\n\nPersonalised payment buttons break without third-party cookies.',
      '## Shared Storage Access\n\n### Data Requirements\n\n* **Scope:** The data is scoped to the origin.\n\n' +
        '**Benefits**\n\nShared storage meets all of the requirements above.',
      '## Privacy considerations\n\nThe frame cannot leak the data.',
      '## Security considerations\n\nProcess isolation.',
      '## Stakeholder Feedback / Opposition\n\nBrowsers are positive.',
      '## Alternatives considered\n\nCookies.',
    ].join('\n\n');
    expect(kinds(explainer)).toEqual([]);
    // A grant application proposes the work to be funded (Web3 Foundation's template).
    const grant = [
      '# Open Grant Proposal',
      '- **Project:** Tip or Donate KSM Embeddable Button\n- **Proposer:** Shard Labs',
      '## Project Overview\n\nWe will make a standalone embedded button with text the website owner sets.',
      '## Development Roadmap\n\n### Milestone 1\n\nThe button and its tests.',
    ].join('\n\n');
    expect(kinds(grant)).toEqual([]);
    // A proposal that weighs its approaches after its Motivation (Ansible's proposals), or proposes a design by that
    // name (Keycloak's design notes), or documents its API pages and details (WinUI's specs).
    const approaches = [
      '# Auto Install Ansible roles',
      '## Motivation\n\nThe step most likely to be forgotten is installing the roles.',
      '## Approaches\n\n### Approach 1: Specify rolesfile in playbook\n\nA new keyword.',
      '### Approach 2: Allow rolesfile inclusion\n\nAn include.',
      '## Conclusion\n\nApproach 2.',
    ].join('\n\n');
    expect(kinds(approaches)).toEqual([]);
    const designed = [
      '# Approvals System',
      '## Motivation\n\nSome changes to a realm need a second pair of eyes.',
      '## Design Proposal\n\n### Step 1: Evaluation\n\nAn evaluator decides.',
      '## Implementation proposal\n\nA new SPI.',
    ].join('\n\n');
    expect(kinds(designed)).toEqual([]);
    const api = [
      'Breadcrumb control\n===',
      '# Background\n\nA breadcrumb shows the current position in context.',
      '# API Pages\n\n## Breadcrumb class\n\nRepresents a control that shows the path.',
      '# API Details\n\n```c#\nclass Breadcrumb {}\n```',
    ].join('\n\n');
    expect(kinds(api)).toEqual([]);
    // A feature request weighing alternatives designs nothing: still a story.
    const request = [
      '# Remember the tax number',
      "## Problem\n\nAccountants re-type each client's tax number on every invoice.",
      '## Design\n\nStore it with the client.',
      '## Alternatives\n\nA browser extension.',
    ].join('\n\n');
    expect(kinds(request)).toEqual(['story: Remember the tax number']);
  });

  it('finds no story in a proposal whose opening fields name its author and its status: only in its statements', () => {
    const table = [
      '| Title | ES Module Interoperability |\n|---|---|\n| Author | @bmeck |\n| Status | DRAFT |',
      '## 1. Purpose\n\nThe intent of this standard is to make the two module systems interoperate.',
      '## 2. Semantics\n\nLoading is asynchronous.',
    ].join('\n\n');
    expect(kinds(table)).toEqual([]);
    const listed = [
      '# Group by key and fold each group',
      '* **Author**: Ilya Gorbunov\n* **Status**: Implemented in Kotlin 1.1',
      '## Summary\n\nIntroduce a function folding the values of each group on the fly.',
    ].join('\n\n');
    expect(kinds(listed)).toEqual([]);
    // In a front matter: "authors:" beside "status:".
    const matter = [
      '---\ntitle: Authentication in downloads\nauthors:\n  - aehlig\nstatus: implemented\n---',
      '# Abstract\n\nThe proposed API change extends the download functions.',
      '# Proposal\n\nAdd an optional parameter.',
    ].join('\n\n');
    expect(kinds(matter)).toEqual([]);
    // A statement written in it is a story still.
    const stated = listed + '\n\nAs a data analyst, I want to fold each group, so that I keep no copies of it.\n';
    expect(kinds(stated)).toEqual(['story: Group by key and fold each group']);
    // An author alone is no proposal's header: a file of one issue names who wrote it too.
    expect(kinds('# Login page\n\nAuthor: Sam\n\nThe login page times out after a minute.\n')).toEqual([
      'story: Login page',
    ]);
  });

  it('finds no story in an explainer, an API review spec or a working-backwards press release and FAQ', () => {
    // A web platform explainer, named so in its title: it motivates and weighs an API.
    const explainer = [
      '# Subtitle Style Menu Explainer',
      '## Background\n\nViewers cannot change how captions look.',
      '## Use Cases\n\nA site offers its own caption menu.',
      '## Alternative Considered Usage\n\nA CSS property.',
    ].join('\n\n');
    expect(kinds(explainer)).toEqual([]);
    // An API review spec's template: its notes and details of the API.
    const api = [
      '# Background\n\nApps cannot turn autofill off.',
      '# Description\n\nTwo new settings.',
      '# API Notes\n\nSee the details.',
      '# API Details\n\n```idl\ninterface Settings {}\n```',
    ].join('\n\n');
    expect(kinds(api)).toEqual([]);
    // Working backwards: the launch told as its press release, then the questions the public and the team ask.
    const prfaq = [
      '# CLI notices',
      'A new CLI feature to notify customers about urgent issues.',
      '## Working backwards\n\nCustomers will be notified on every command.',
      '## Public FAQ\n\n### What are we launching today?\n\nNotices.',
      '## Internal FAQ\n\n### Why are we doing this?\n\nCustomers miss advisories.',
    ].join('\n\n');
    expect(kinds(prfaq)).toEqual([]);
    // A design document its template types so in the list under its title ("- **Type**: UX Design").
    const typed = [
      '# UX: S3 explorer',
      '-   **Type**: UX Design\n-   **Status**: Proposal',
      '## Overview\n\nThis document proposes a user experience for S3 in the editor.',
      '## Experience\n\nThe explorer lists the buckets.',
    ].join('\n\n');
    expect(kinds(typed)).toEqual([]);
    // An issue typed as a feature is still a story.
    expect(kinds(typed.replace('UX Design', 'Feature'))).toHaveLength(1);
    // A story with one FAQ, or a feature explained to its users, is still a story.
    expect(kinds('# Export invoices\n\nAdd an export button.\n\n## FAQ\n\nWhy CSV? Finance asked.')).toEqual([
      'story: Export invoices',
    ]);
  });

  it('reads the comments of an exported issue as what was said: "I need to look at this" is no story', () => {
    const url = 'https://github.com/acme/tool/issues/18';
    const thread = [
      `# [\\#18 Issue](${url}) \`open\`: Export fails on macOS`,
      `#### [nicolas](https://github.com/nclm) opened issue at [2021-06-18 14:39](${url}):`,
      'The export stops with a 404. Any idea of what is happening?',
      `#### [Matt](https://github.com/matt) commented at [2021-06-25 08:02](${url}#c1):`,
      'I need to look at this more, because it does not handle 2FA login properly right now.',
    ].join('\n\n');
    expect(parseStories(thread).some((s) => s.sentence?.outcome?.text.startsWith('look at this'))).toBe(false);
    // A statement naming who wants what, written in a comment, is still a story.
    const told = thread.replace('I need to look', 'As an admin, I want to export private repositories. I need to look');
    expect(parseStories(told).some((s) => s.sentence?.who?.text === 'admin')).toBe(true);
  });

  it("reads an exported issue's title after the tracker's link and state, a conventional commit's type a tag", () => {
    const url = 'https://github.com/acme/top10/issues/43';
    const exported = (title: string) =>
      [
        `# [\\#43 Issue](${url}) \`closed\`: ${title}`,
        '**Labels**: `documentation/general`, `enhancement`',
        `#### [sh](https://github.com/sh) opened issue at [2023-08-02 14:02](${url}):`,
        'Create a set of guidelines for how to consume the list, based on roles.',
      ].join('\n\n');
    const [feature] = parseStories(exported('feat(docs): create a set of guidelines for how to use the list'));
    expect(feature!.title).toBe('feat(docs): create a set of guidelines for how to use the list');
    // Its title asks for something: the outcome is stated.
    expect([feature!.kind, feature!.asksInProse]).toEqual(['story', true]);
    // The type says what it is; the scope only where: "docs(readme)" and "chore(deps)" are tasks, "fix(api)" a bug.
    expect(kinds(exported('docs(readme): explain the install'))).toEqual(['task: docs(readme): explain the install']);
    expect(kinds(exported('chore(deps): bump the parser'))).toEqual(['task: chore(deps): bump the parser']);
    expect(kinds(exported('fix(api): the export returns 404'))).toEqual(['bug: fix(api): the export returns 404']);
  });

  it('reads "Author: @handle" as the document\'s property, not its who, and "&amp;" in a name as "&"', () => {
    const brief = [
      '# Interactive ecosystem directory',
      'Author: @jessica\n\nInitial PR: https://github.com/acme/team/pull/72',
      '## Purpose &amp; impact\n\nThe directory shows how others build on the stack.',
      '#### Assumptions &amp; hypotheses\n\n- Showcasing known wins inspires others to adopt the stack',
    ].join('\n\n');
    const [story] = parseStories(brief);
    expect(story!.elements.who?.text).toBeUndefined();
    expect(story!.assumptions.map((a) => a.text)).toEqual(['Showcasing known wins inspires others to adopt the stack']);
  });

  it('reads a Confluence export by its words: not the tags around its title, nor its HTML attributes', () => {
    const page = [
      '1.  [CASMHMS](index.html)',
      '# <span id="title-text"> CASMHMS : SCSD Design </span>',
      'Created by <span class="author"> Matt Kelly</span>, last modified on Jan 13, 2022',
      'Parameters need to be set after discovery.',
    ].join('\n\n');
    const [story] = parseStories(page);
    expect(story!.title).toBe('CASMHMS : SCSD Design');
    expect(story!.elements.who?.text).toBeUndefined();
  });

  it('reads an issue asking how to use the product as a question: no story asked for its elements', () => {
    const asked = (title: string, body: string) => `# ${title}\n\n${body}\n`;
    const body = 'I see the `.dot` file, but how do you generate it in the first place, because the tool cannot?';
    const question = asked('How do I use this?', body);
    expect(kinds(question)).toEqual(['question: How do I use this?']);
    expect(lintText(question).findings).toEqual([]);
    // One that asks for a change is a story, and one reporting a crash a bug report.
    expect(kinds(asked('How do I use this?', 'I want to export the map as SVG.'))).toEqual([
      'story: How do I use this?',
    ]);
    expect(kinds(asked('Why does the export crash?', 'It stops at 50%.'))).toEqual(['bug: Why does the export crash?']);
  });

  it('reads a site generator\'s tags ("{% @jira/embed url=… %}", a Hugo shortcode) as template text', () => {
    const page = [
      '# Online Self Registration',
      'The portal lets citizens apply for social services online.',
      '## User Story\n\n{% @jira/embed url="https://openg2p.atlassian.net/browse/SR-134" %}',
      '## Workflow\n\n{{< embed url="https://miro.com/app/board/1" >}}',
    ].join('\n\n');
    const [story] = parseStories(page);
    expect(story!.elements.outcome?.text ?? '').not.toContain('jira');
    // The embed refers to the story as a link does: an outcome stated elsewhere, not one still to write.
    const rules = lintText(page).findings.map((f) => f.ruleId);
    for (const rule of ['output-focused', 'missing-outcome']) expect(rules).not.toContain(rule);
  });

  it('reads a Purpose that speaks of the document ("The purpose of this document is …") as its context', () => {
    const doc = [
      'Response to Request for Quotation\n\nUser Stories\n\nJune 24, 2015',
      'Purpose and Overview\n====================\n\nThe purpose of this document is to familiarize the reader with ' +
        'the user stories developed for the drug information website.',
      'User Stories\n============',
      '### Story 1 Search Returns Label Info\n\nAs a user researching drugs, I want to search on a drug, so that I ' +
        'can decide on its use.',
    ].join('\n\n');
    expect(kinds(doc)).toEqual(['story: Story 1 Search Returns Label Info']);
    // So does one of the file's purpose, under a title that is the team's course code.
    const file = [
      '# F23_CIS3760_101',
      '# Team\n\n-   Team Lead:\n    -   Emily',
      '# Purpose\n\nThe purpose of this file is to list all user stories for sprint 9.',
      "## Sara's User Stories\n\n**User Story:** As a student, I want to read the API docs, so that I can use them.",
    ].join('\n\n');
    expect(kinds(file)).toEqual(["story: Sara's User Stories"]);
    // A chapter of it stating a story is that story, whatever the chapter over it is named.
    expect(kinds(file.replace(/# Purpose\n\n.*/, '# Background\n\nWe met on Monday.'))).toEqual([
      "story: Sara's User Stories",
    ]);
    // A purpose that gives the need's reason is still the why.
    const reason = "## Export\n\nClerks export the day's totals.\n\n## Purpose\n\nThe auditors need them by 6 am.\n";
    expect(only(reason).elements.why?.text).toContain('auditors');
  });

  it('reads an exported issue labelled a feature request as asking for what its title names', () => {
    const url = 'https://github.com/acme/fuchs/issues/8';
    const issue = (labels: string) =>
      `# [\\#8 Issue](${url}) \`open\`: Averaging of multiple measurement values?\n${labels}\n\n` +
      'Sometimes several measurements of one kind are taken to report their average.\n';
    expect(parseStories(issue('**Labels**: `enhancement`, `wishlist`'))[0]!.asksInProse).toBe(true);
    expect(parseStories(issue(''))[0]!.asksInProse).toBeUndefined();
  });

  it("reads a title that is a link to its issue by the link's words, which ask for its outcome", () => {
    const url = 'https://github.com/ropensci/unconf18/issues/28';
    const text = `# [Promote data-packages to facilitate project-oriented workflows](${url})\n\nFew use them.\n`;
    expect(only(text).title).toBe('Promote data-packages to facilitate project-oriented workflows');
    expect(only(text).asksInProse).toBe(true);
  });

  it('reads a page that lists who attended as meeting notes: its topics are no stories', () => {
    const notes = [
      '# 2019-09-12 @dhis2/team-apps Workflow Iteration',
      '## Attending\n\n- Viktor\n- Jan',
      '## Manage discussions stricter to ensure one thing is discussed in each issue',
      '**Conclusion**: Some issues deal with several discussions at once. We need to be better at breaking ' +
        'out "off-topic" discussions into new issues.',
      '## Lower barrier to voice chat\n\nDevelopers find it hard to start a call.',
    ].join('\n\n');
    expect(kinds(notes)).toEqual([]);
    // A statement written in it is still a story.
    const told = notes.replace(
      '## Lower',
      '- As a developer, I want a standing call, so that I can ask quickly.\n\n## Lower',
    );
    expect(kinds(told)).toEqual(['story: a standing call']);
  });

  it('finds only statements in a proposal named so, however deep its chapters run ("#### Share modal")', () => {
    const rfc = [
      '# RFC: Managing access to records',
      '## Summary\n\nRecord managers grant access to a single record.',
      '## Motivation\n\n### User stories\n\n- As a record manager, I want to grant access to my record, so that I ' +
        'can share it with specific people.',
      '## Design\n\n### Managing access',
      '#### Share modal\n\nA record manager can manage access to users from the tab. The modal can be dismissed.',
      '#### Access requests\n\n- As a curator I would like to grant access to data under certain conditions.',
    ].join('\n\n');
    expect(kinds(rfc)).toEqual([
      'story: grant access to my record',
      'story: grant access to data under certain conditions',
    ]);
    // Without a title, the fields its template opens with name it ("- RFC PR: …", "- RFC Status: approved").
    const fields = [
      '- Start Date: 2023-11-28\n- RFC Type: feature\n- RFC PR: https://github.com/getsentry/rfcs/pull/126',
      '# Summary\n\nA strategy for aggregating spans.',
      '# Motivation\n\nOne envelope per span causes numerous HTTP requests.',
      '# Options Considered\n\n## Option 1: Spans Aggregator\n\nThe SDK keeps spans in memory.',
    ].join('\n\n');
    expect(kinds(fields)).toEqual([]);
    // Its Motivation beside its Design tells a proposal without the name.
    expect(kinds(rfc.replace('# RFC: Managing access to records', '# Managing access to records'))).toEqual([
      'story: grant access to my record',
      'story: grant access to data under certain conditions',
    ]);
  });

  it("finds no story in a sprint's summary of its tickets by status, only the statements it lists", () => {
    const summary = [
      '# sprint-100-summary',
      '5-22-2024 - 6-4-2024',
      '**Dev:**\n\n* Access Request Emails #2687\n* As a data analyst I want to be notified of deadlines #2473',
      '**Design:**\n\n* Finalize Error Report Guide #2847',
      '## Tickets',
      '### Completed/Merged\n\n* [#2847 Error Report Knowledge Center Explainer](https://example.org/2847)',
      '### Ready to Merge\n\n*',
      '### Closed (Not Merged)\n\n*',
      '#### Blocked\n\n*',
    ].join('\n\n');
    expect(kinds(summary)).toEqual(['story: be notified of deadlines #2473']);
  });

  it('reads a list of one-line stories over criteria for them all as those stories, the criteria as a list', () => {
    const file = [
      'User Stories:',
      '1. As an admin, I want to view the inventory, so that I restock in time',
      '2. As a cook, I want to edit the menu, so that diners see the dishes of the day',
      'Acceptance criteria:',
      '1. An admin sees the stock of every restaurant',
      '2. A cook can add and remove dishes',
    ].join('\n\n');
    expect(kinds(file)).toEqual(['criteria: undefined', 'story: view the inventory', 'story: edit the menu']);
    const rules = lintText(file).findings.map((f) => f.ruleId);
    for (const rule of ['missing-outcome', 'missing-who', 'missing-why']) expect(rules).not.toContain(rule);
    // "User:" over the statements of that role groups them: no who of the list's own.
    const grouped = file
      .replace('1. As an admin', 'Admin:\n\n1. As an admin')
      .replace('2. As a cook', 'User:\n\n2. As a cook');
    expect(kinds(grouped)).toEqual(['criteria: undefined', 'story: view the inventory', 'story: edit the menu']);
  });

  it('reads an assumption a file opens with, over its stories, as said of them all: no story of its own', () => {
    const file = [
      '**Assumption:**\nWe had assumed the parents of foster kids are foster parents.',
      'User Story #1\n-------------\nAs a foster parent, I want to change my profile, so that my status is clear.',
      'User Story #2\n-------------\nAs a caseworker, I want to see profiles, so that I place kids well.',
    ].join('\n\n');
    expect(kinds(file)).toEqual(['story: User Story #1', 'story: User Story #2']);
    // Written as a heading without its space, the same.
    expect(kinds(file.replace('**Assumption:**', '##Assumption:'))).toEqual([
      'story: User Story #1',
      'story: User Story #2',
    ]);
  });

  it("reads a feature's statements over its Acceptance criteria section as its stories, the criteria as a list", () => {
    const feature = [
      'Bus vicinity\n---',
      'As a patron, I want to be told when the bus is near, so that I pack up.',
      'As a patron, I want to be told when the bus is far, so that I relax.',
      '### Acceptance criteria\n\n* Is notified calmly within 5 minutes of the stop.',
    ].join('\n\n');
    expect(kinds(feature)).toEqual([
      'criteria: Bus vicinity',
      'story: be told when the bus is near',
      'story: be told when the bus is far',
    ]);
    const rules = lintText(feature).findings.map((f) => f.ruleId);
    for (const rule of ['missing-outcome', 'missing-who']) expect(rules).not.toContain(rule);
  });

  it("finds no story in a sprint's page over its Definition of Done, only the stories of its table", () => {
    const sprint = [
      '# 📋 Sprint 4 – *LU-Bucks App*',
      'Definition of Done: The app is testable, able to be demonstrated, and demoable in production.',
      'Scrum Master: Andrew',
      '| ID | User Story | Priority |\n|----|----|----|\n' +
        '| RC-083 | As a student, I want to see the raffle prizes. | 7 |',
    ].join('\n\n');
    expect(kinds(sprint)).toEqual(['story: see the raffle prizes']);
  });

  it('finds no story in a board of requests, a sprint backlog of story titles or a status update', () => {
    const board = [
      '# Feature request board',
      'Backlog of user and beta-tester requests. Status: `idea` → `planned` → `shipped`.',
      '| # | Request | From | Status |\n|---|---|---|---|\n' +
        '| 1 | Scan a UPC to add a pantry item | beta tester | shipped |',
    ].join('\n\n');
    expect(kinds(board)).toEqual([]);
    const requests = [
      '# Feature Requests',
      'This document tracks community requests and ideas for future releases.',
      '## Active Requests\n\n- Layout option with comments in the middle pane.\n' +
        '- Compact split view for small screens.',
    ].join('\n\n');
    expect(kinds(requests)).toEqual([]);
    expect(kinds(requests.replace('# Feature Requests', '# Feature Requests & Optimization Opportunities'))).toEqual(
      [],
    );
    // How to add a request is the board's context.
    const guided = `${requests}\n\n## Submission Guidelines\n\nRequests move to "In Progress" when work starts.`;
    expect(kinds(guided)).toEqual([]);
    // Its ideas are more requests, not how a story of the board's own is built.
    const ideas = `${requests}\n\n## Ideas\n\n1. Edit a document's chapters separately in the web editor.`;
    expect(kinds(ideas)).toEqual([]);
    // Nor is its "Contributing" section, where the team says "We can be found in our chat channel".
    const contributing = ideas.replace(
      '## Ideas',
      '## Contributing\n\nWe can be found in our chat channel.\n\n## Ideas',
    );
    expect(kinds(contributing)).toEqual([]);
    const sprint = [
      '# Sprint 1 Backlog',
      '**Dates:** Sept 8 – Sept 21, 2025',
      '## Planned Stories (Not Completed Yet)',
      'These stories were created early in the project, discussed, and assigned, but not closed during Sprint 1.',
      '| Story ID | Title | Status |\n|---|---|---|\n| SCRUM-10 | User Registration | In Progress |',
    ].join('\n\n');
    expect(kinds(sprint)).toEqual([]);
    const update = [
      '# 🚨 SPRINT BACKLOG - EMERGENCY UPDATE',
      '## Sprint Status Update',
      '### ⛔ DEVELOPMENT FREEZE\nAll forward development is **HALTED** until Story 0.1 is complete.',
    ].join('\n\n');
    expect(kinds(update)).toEqual([]);
    const columns = [
      '# Relicable Backlog',
      '## Remaining\n\n- [ ] SEAM - GuildLeve accept.',
      '## Resolved\n\nTargeting filters; RecoverOnDeath (return + resume); chocobo summon.',
      '## Export the route\n\nRunners want the route as a file for their watches.',
    ].join('\n\n');
    expect(kinds(columns)).toEqual(['story: Export the route']);
    // A page of ideas ("# GSoC 2023 Ideas") lists its items: the title asks for none itself.
    const ideasPage = [
      '# GSoC 2023 Ideas',
      '## Project Ideas\n\n* [Improve and maintain 12 Sugar activities](#improve)',
      '## Improve and maintain 12 Sugar activities\n\n**Description**<br>\nSugar has a lot of activities to improve.',
    ].join('\n\n');
    expect(kinds(ideasPage)).toEqual(['story: Improve and maintain 12 Sugar activities']);
    // So does a product's wish list ("Powermiser Wish List") over its wishes.
    const wishes =
      'Powermiser Wish List\n==========\n\nFuture improvements.\n\n* Add a warning before the time runs out';
    expect(lintText(wishes).findings.filter((f) => f.span.start < 20)).toEqual([]);
    // A retrospective is a note of the document, and a sprint's notes ask for no story.
    const retro = '# Sprint 3\n\n## Retrospective\n\nWe finished four of the five stories we planned.\n';
    expect(kinds(retro)).toEqual([]);
    // Under a title of its own, the title is the story still to write.
    expect(kinds(retro.replace('# Sprint 3', '# Route export'))).toEqual(['story: Route export']);
  });

  it("reads an epic breakdown's inventories and coverage maps as notes, and its team as the owners", () => {
    const text = [
      '# Stipends - Epic Breakdown',
      '## Functional Requirements Inventory\n\n- **FR1**: Employees can create accounts via Employer SSO.',
      '## FR Coverage Map\n\n- **FR1** → Epic 1 (Foundation)',
      '## Epic 1: Foundation & Onboarding',
      '**Goal:** Enable secure user access with SSO.',
      '### Story 1.3: Employee SSO Registration',
      'As an **employee**,\nI want to register using my company email,\nSo that I can start without a new password.',
      '## Team\n\n**Owner:** TBD\n**Stakeholders:**\n- Product (conversion goals)',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      'story: Epic 1: Foundation & Onboarding',
      'story: Story 1.3: Employee SSO Registration',
    ]);
  });

  it('reads a section named after its subject by what the rest of its name says: Demo objective, …', () => {
    const text = [
      '# StockControl demo MVP requirements',
      '**Purpose:** Define the smallest application that can be demonstrated end to end.',
      '## 1. Demo objective\n\nA viewer should finish the demo able to say where every item of stock is.',
      '## 2. Domain model\n\nItems, locations and movements.',
      '## 11. Demo acceptance\n\n- Availability drops when stock is reserved against a job',
      '## Final Notes\n\nThe archived v1.0 document is not worked from.',
    ].join('\n\n');
    const story = only(text);
    expect(elementWords(text, story).outcome).toBe(
      'A viewer should finish the demo able to say where every item of stock is.',
    );
    expect(story.criteria.map((c) => c.text)).toEqual(['Availability drops when stock is reserved against a job']);
    // "Feature flags", "Product tour": no known name after the subject, a title as before.
    expect(kinds('# Backlog\n\n## Product tour\n\nNew users need a tour of the main screens.\n')).toEqual([
      'story: Product tour',
    ]);
  });

  it('reads a section whose prose names no one, asks nothing and says no why as description, no story', () => {
    const audit = [
      '# Console audit',
      '## Navigation',
      'The web console and the desktop app share a sidebar. They name its sections differently.',
      '## Pinning',
      'The desktop app lists pinned hashes; the web console does not.',
      '## Adding files',
      'The desktop app shows a progress bar for a large file, which helps inform the user.',
      '## Sharing',
      "Researchers want to share a dataset with a colleague, so that they can check each other's results.",
      '## Export',
      'Add a button to export the pinned hashes.',
      '## User stories',
      'These can be found in the [team spreadsheet](https://example.com/sheet).',
    ].join('\n\n');
    expect(kinds(audit)).toEqual(['story: Sharing', 'story: Export']);
    // A heading naming the kind of its items still makes each an item of that kind.
    const log = '# Known bugs\n\n## Date icon\n\nThe icon on the booking form is black on a black header.\n';
    expect(kinds(log)).toEqual(['bug: Date icon']);
    // The document's title is a story to write whatever its prose says: a file of one issue, under "#" or "##".
    expect(kinds('# Pinning\n\nThe desktop app lists pinned hashes.\n')).toEqual(['story: Pinning']);
    expect(kinds('## Pinning\n\nThe desktop app lists pinned hashes.\n')).toEqual(['story: Pinning']);
    // Over a section named for the stories it lists, each a link to a file of its own, it introduces them.
    const index =
      '## Cityzen Clients\n\n- currently a vue based webapp is in development\n\n' +
      '### Vue webclient user stories\n\n#### admin users\n\n' +
      '- [admin user should be able to list users](stories/admin-list-users.md)\n';
    expect(kinds(index)).toEqual([]);
    // So named itself, over a checklist of what the app must do, it is that list.
    const checklist = '## User Stories\n\n- [x] App must be fully offline\n- [x] Record time with a timer\n';
    expect(kinds(checklist)).toEqual([]);
    expect(kinds(`${checklist}\n### In Consideration\n\n- Export the data\n`)).toEqual([]);
    // In a backlog an item is a story by its place; under a heading naming it a story, by its name.
    expect(kinds('# Backlog\n\n## Pinning\n\nThe desktop app lists pinned hashes.\n')).toEqual(['story: Pinning']);
    const numbered =
      '# Invite users\n\n## User story 1\n\nAs an admin I want to invite users.\n\n## User story 2\n\n' +
      'If a user is invited, an email should be sent to them.\n';
    expect(kinds(numbered)).toEqual(['story: User story 1', 'story: User story 2']);
    // A file with no title over its parts is one story: "This issue aims to …" under its Summary asks for something.
    const issue = '## Summary\n\nThis issue aims to speed up the compiler.\n\n## Services\n\n- Streams\n';
    expect(parseStories(issue)).toHaveLength(1);
    expect(lintText(issue).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads a document of three chapters or more asking for nothing (a design, a spec, a roadmap) as no story', () => {
    const design = [
      '# Relocatable OCaml',
      '## Introduction',
      'The compiler requires the Standard Library to be stored in a fixed location.',
      '## What is "Relocatable"',
      'A relocatable compiler finds its library wherever it is installed.',
      '## Changes required',
      '### 1. `ld.conf`',
      'The file lists the directories the runtime searches.',
    ].join('\n\n');
    expect(kinds(design)).toEqual([]);
    expect(lintText(design).findings).toEqual([]);
    // So is a file with no title over its chapters: an RFC's Summary, Concepts and Open questions.
    const rfc = design.replace('# Relocatable OCaml\n\n', '').replace(/^## /gm, '# ');
    expect(kinds(rfc)).toEqual([]);
    // Fewer chapters are a file of one issue: its title is the story still to write.
    const issue = design.replace(/## What is[^]*?(?=## Changes)/, '');
    expect(kinds(issue)).toEqual(['story: Relocatable OCaml']);
    // A title that asks for a change is a story whatever its chapters say.
    expect(kinds(design.replace('# Relocatable OCaml', '# Make OCaml relocatable'))).toEqual([
      'story: Make OCaml relocatable',
    ]);
    // A statement written in it is still a story.
    const stated = design.replace(
      'A relocatable compiler',
      'As a packager, I want to move the compiler, so that I need not rebuild it.\n\nA relocatable compiler',
    );
    expect(kinds(stated)).toHaveLength(1);
    // Its chapters may all sit under one ("## Who is this for?" naming its readers, over three of its own).
    const guide = [
      '# CASA Product Sense',
      'This will help you understand the thought process that has driven the development of the app.',
      '## Who is this for?',
      'This is essential reading for anyone stepping into a lead product role on this project.',
      '### Historical Context\n\nThe app was first built to help one organization track volunteer activity.',
      '### Early Approach\n\nThe MVP focused on the volunteers logging their contacts.',
      '### Questions to Help Guide You\n\nDo all chapters do it that way, or just this one?',
    ].join('\n\n');
    expect(kinds(guide)).toEqual([]);
  });

  it('reads "There should be a way for a marker to …" opening a backlog item as what it asks for', () => {
    const backlog = [
      '# Marking Tool Feature Backlog',
      '## Elaborated',
      '### IMP-9 - Reusable Comments',
      'There should be a way for a marker to "store" a comment for reuse later. There are several ways to do it:',
      '- A new tool to "create saved comment"\n- A dropdown of saved comments in the comment tool',
    ].join('\n\n');
    expect(lintText(backlog).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // "There should be" naming no way to do something is no ask.
    const state = backlog.replace('There should be a way for a marker to', 'There should be no need for a marker to');
    expect(lintText(state).findings.map((f) => f.ruleId)).toContain('missing-outcome');
  });

  it('reads a strategy\'s "Our vision for Wagtail" as the outcome, and "The purpose of the … is to …"', () => {
    const strategy = [
      '# Wagtail Product Strategy',
      '## Our vision for Wagtail\n\nEditors of any size publish and refine content with confidence.',
      '## How will we know if it’s working?\n\n- 20% more sites launched on Wagtail by 2027',
    ].join('\n\n');
    expect(lintText(strategy).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    const rfp = [
      '# Fil+ Notary Leaderboard',
      "*We're seeking proposals for the development of a leaderboard*",
      'The purpose of the Notary leaderboard is to have a public site that ranks the Notaries.',
      '## Deliverables\n\n1. Dashboard of scorecards',
    ].join('\n\n');
    expect(lintText(rfp).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // The purpose of the document says what the document is for: no outcome.
    const about = '# Notes\n\nThe purpose of this document is to list the open tasks.\n';
    expect(lintText(about).findings.map((f) => f.ruleId)).toContain('missing-outcome');
    // "The goal is to let …", and a proposal opening with whom it enables to do what, state the outcome too; a
    // principle ("Our goal is to keep things simple") does not.
    for (const first of [
      'The goal is to let developers install their own packages locally.',
      'Our main aim is to help clerks close each claim in a day.',
      'To enable developers to install their own packages locally, we propose two enhancements.',
    ])
      expect(
        lintText(`# Local installs\n\n${first}\n`).findings.map((f) => f.ruleId),
        first,
      ).not.toContain('missing-outcome');
    const principle = '# Stories\n\nOur goal is to keep things simple and not reinvent wheels.\n';
    expect(lintText(principle).findings.map((f) => f.ruleId)).toContain('missing-outcome');
  });

  it("reads a team's working agreement as no story", () => {
    const agreement =
      '# Team Working Agreement\n\nWe all discuss and make decisions as a team.\n\n## Working hours\n\n- 9AM-4PM\n';
    expect(parseStories(agreement).filter((s) => s.kind === 'story')).toEqual([]);
  });

  it('reads a feature brief: what its product "aims to" do as the outcome, "What\'s the value?" as the why', () => {
    const brief = [
      '# QR Codes – Notifications for venue outbreaks',
      'COVID Alert aims to notify people when they may have been exposed to positive COVID-19 cases.',
      '## How does it work?\n\nVenues print a QR code and post it at their entrance.',
      '## What’s the value?\n\n* Notifications reach people faster than calling every person.',
    ].join('\n\n');
    const ids = lintText(brief).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('missing-outcome');
    expect(ids).not.toContain('missing-why');
    // Only a name: "it aims to" or a lower-case subject in the middle of a thought asks for nothing.
    const said = '# Notes\n\nthe old importer aims to be fast, and it is not.\n';
    expect(lintText(said).findings.map((f) => f.ruleId)).toContain('missing-outcome');
  });

  it("reads a product requirements document's chapters of prose as the document's, not stories to write", () => {
    const prd = (title: string) =>
      [
        `# ${title}`,
        '## Goals and Background Context\n\n### Goals\n\n- Readers borrow books from local libraries online',
        '## System Architecture\n\n### Core Platform Components\n\nA web app, an API and a database.',
        '## Technical Assumptions\n\n### Service Architecture\n\nOne service per library, deployed together.',
      ].join('\n\n');
    expect(kinds(prd('EzLib Product Requirements Document (PRD)'))).toEqual(['story: Goals and Background Context']);
    expect(kinds(prd('3.2 Non-Functional Requirements'))).toEqual(['story: Goals and Background Context']);
    expect(kinds(prd('Project Functional Spec'))).toEqual(['story: Goals and Background Context']);
    // Its name is a section's name too ("## Non-functional requirements" is context): as the title, it names the
    // document, whose chapters stating requirements ask for no story.
    const nfr = [
      '# 3.2 Non-Functional Requirements',
      '## Overview\n\nThe quality targets the system must meet.',
      '## NFR Summary\n\n- NFR-001: Response time\n- NFR-002: Availability',
      '## NFR-001: Response time\n\n**Description**: System shall answer 95% of requests within 2 seconds.',
    ].join('\n\n');
    expect(kinds(nfr)).toEqual([]);
    // Its metrics are the document's: judged as a criteria list, nothing else asked of the title.
    const measured = `${nfr}\n\n## Performance Metrics\n\n- 95% of searches answer within 2 seconds\n`;
    expect(kinds(measured)).toEqual(['criteria: 3.2 Non-Functional Requirements']);
    // A chapter whose only named part says how to build ("### 3.2 Implementation Details") is the document's too.
    const technical = prd('TeX for Gmail Product Requirements Document (PRD)').replace(
      '### Service Architecture',
      '### 3.2 Implementation Details',
    );
    expect(kinds(technical)).toEqual(['story: Goals and Background Context']);
    // A requirements specification in IEEE 830's outline specifies; its chapters ask for no story.
    const srs = [
      '# 1.Introduction\n\n## 1.1 Purpose\n\nThis document specifies an audio player for students.',
      '# 2. Overall description [DONE: Bogdan]\n\n## 2.1 Product Perspective\n\nA desktop app that plays local songs.',
      '# 3. Specific Requirements\n\nThe player shall create playlists.',
    ].join('\n\n');
    expect(kinds(srs)).toEqual([]);
    // So does one titled so ("# SRS", "# Software Requirement Specifications"), or "# Requirements" over its functional
    // and non-functional ones.
    const titled = (title: string) =>
      kinds(`${title}\n\n## Target Shooter\n\nA game where players shoot targets against the clock.`);
    expect(['# SRS #', '# Software Requirement Specifications'].map(titled)).toEqual([[], []]);
    const chaptered = [
      '# Requirements',
      '## Functional Requirements\n\n### Player\n\nPlayers see their team schedule.',
      '## Nonfunctional Requirements\n\nPages load within 2 seconds.',
    ].join('\n\n');
    expect(kinds(chaptered)).toEqual([]);
    const system = [
      '# System Requirements\n\n**Priorities**\n\n| Level | Priority |\n| --- | --- |\n| 4 | Essential |',
      '## Functional Requirements',
      '### Access control\n\n***\nChronicle must let users share a table with others.\n\n**Priority:** 4',
      '### Data visualization\n\n***\nChronicle must support charts.\n\n**Priority:** 3',
      '## Non-functional Requirements\n\n***\nPages load within 2 seconds.',
    ].join('\n\n');
    expect(kinds(system)).toEqual([]);
    // Under a title that names no kind of document, a heading whose prose says who, what or why is still a story to
    // write; prose that only describes how it is built ("A web app, an API and a database.") is none.
    expect(kinds(prd('EzLib'))).toEqual(['story: Goals and Background Context']);
    expect(
      kinds(prd('EzLib').replace('A web app, an API and a database.', 'Librarians need to see every loan.')),
    ).toEqual(['story: Goals and Background Context', 'story: Core Platform Components']);
  });

  it("reads a project's README (its user guide, how to test it) as describing the project, not a story", () => {
    const readme = (chapters: string[]) =>
      [
        '# ohtu-miniprojekti',
        'In this project a reading tip library will be implemented. The user needs to register to the library.',
        ...chapters,
      ].join('\n\n');
    const guide = '### User Guide\n\nRun "./gradlew bootrun" and open localhost:8080.';
    const tests = '### Tests:\n\nRun "./gradlew test".';
    const done = '### Definition of Done\n\n* CI passes all tests';
    expect(kinds(readme([guide, tests, done]))).toEqual([]);
    // A story stated in it is still a story.
    const stated = readme([guide, tests, '### Backlog\n\n- As a reader, I want to mark a book read']);
    expect(kinds(stated)).toEqual(['story: mark a book read']);
    // One chapter on running it is not enough to tell a README from an issue that says how to reproduce.
    expect(kinds(readme([guide, done]))).toEqual(['story: ohtu-miniprojekti']);
  });

  it("reads a planning questionnaire's questions as prompts its prose answers, not stories to write", () => {
    const text = [
      '# TEAM 05',
      'Our mockup can be found in Figma.',
      '#### Q1: What are you planning to build?\n\nA web application that helps refugees find volunteer work.',
      '#### Q2: Who are your target users?\n\nHosts looking for services, and volunteers who match them.',
      '**Persona: Host A**\n\nMegan, 28, taking college courses to start a new career.',
      '#### Q5: What are the user stories that make up the MVP?',
      '1. As a host, I want to post an opportunity, so that volunteers can apply.',
      '#### Highlights\n\nWe chose React after a long discussion.',
    ].join('\n\n');
    expect(kinds(text)).toEqual(['story: post an opportunity']);
  });

  it("reads a markdown tracker's board (a bar of links over Doing / Planned tables) as no story to write", () => {
    const board = [
      '# Agilemarkdown-project',
      '[home](index.md) • [idea list](ideas.md) • [velocity](velocity.md)',
      '### Doing\n\n| User | Title | Points |\n|---|---|---|\n| falconandy | Sync should give feedback | 2 |',
      '### Planned\n\n| User | Title | Points |\n|---|---|---|\n| falconandy | Tags can have timelines | 3 |',
    ].join('\n\n');
    expect(kinds(board)).toEqual([]);
    // Words beside the links are prose: the title is then a story still to write.
    expect(kinds(board.replace('[home](index.md) •', 'Stories we track by hand. [home](index.md) •'))).toEqual([
      'story: Agilemarkdown-project',
    ]);
  });

  it('reads several statements a part writes as paragraphs ("# Description" over them) as stories of their own', () => {
    const spec = [
      '* [Description](#description)\n* [Use Cases](#use-cases)',
      '# Description\n\nAs a cloud user, I would like to use templates, so I stop building stacks by hand.\n\n' +
        'As a cloud user, I would like to be able to delete a stack that is being created.',
      '# Tracking\n\n* Status: Step 1 draft\n* Jira: EUCA-8301',
      '# Use Cases\n\n## Create Stack\n\nThe stack is created from the template.',
    ].join('\n\n');
    expect(kinds(spec)).toEqual(
      expect.arrayContaining(['story: use templates', 'story: be able to delete a stack that is being created']),
    );
  });

  it("reads an OKR's objective over its key results as criteria accepting it, asked for nothing else", () => {
    const okrs = [
      '# Quarterly Objectives and Key Results',
      '### Browser developers understand the **requirements of the decentralized web**',
      'Browser vendors need to understand how the decentralized web differs.',
      '#### Key results',
      '- Create a final draft spec for addressing on the decentralized web',
      '- 3 browser vendors join the working group calls',
    ].join('\n\n');
    const findings = lintText(okrs).findings.map((f) => f.ruleId);
    expect(findings).not.toContain('missing-outcome');
    expect(findings).not.toContain('missing-who');
    // The key results are judged as criteria are.
    expect(findings).toContain('output-criterion');
    // A story with its statement keeps its key results as its criteria and is still asked for what it misses.
    const story = okrs.replace(
      'Browser vendors need',
      'As a browser vendor, I want to understand the web. Vendors need',
    );
    expect(lintText(story).findings.map((f) => f.ruleId)).toContain('missing-consequence');
  });

  it('reads "**Objective:**" over "**Key Results:**" as an OKR too, its objective no story missing its who', () => {
    const okr = [
      '## Overall',
      '**Objective:** Create a private, permanent collaborative editing tool that is delightful to use.',
      '**Key Results:**\n  - [ ] Peerpad handles 5 users for 1 hour without a failure\n  - [ ] Peerpad runs on Edge',
    ].join('\n\n');
    expect(kinds(okr)).toEqual(['criteria: Overall']);
    const findings = lintText(okr).findings.map((f) => f.ruleId);
    expect(findings).not.toContain('missing-who');
    expect(findings).not.toContain('missing-why');
    // With a Who: field it is a story whose criteria are its key results.
    expect(kinds(okr.replace('**Objective:**', '**Who:** remote writers\n**Objective:**'))).toEqual(['story: Overall']);
  });

  it('reads a heading over only a screenshot linked to itself as saying nothing, as an empty heading does', () => {
    const spec = [
      '## Helpee',
      '### First run',
      '[![](images/spec/helpee-first-run.png)](images/spec/helpee-first-run.png)',
      'Covers the following user stories:',
      '* As a Help Requestor, I can set a friendly name, so that I can decide how other users identify me.',
      '### Marking messages as helpful',
      '[![](images/spec/helpful-messages.png)](images/spec/helpful-messages.png)',
    ].join('\n\n');
    expect(kinds(spec)).toEqual(['story: set a friendly name']);
    // So does a video of the prototype, set in HTML.
    const video = spec + '\n\n#### Motion\n\n<video src="prototypes/viewers.webm" autoplay loop width="220"></video>\n';
    expect(kinds(video)).toEqual(['story: set a friendly name']);
    // A caption beside the picture saying what people can do is prose: the heading is then a story still to write.
    const caption = 'Helpers can mark the replies that helped. [![](images/spec/helpful';
    expect(kinds(spec.replace('[![](images/spec/helpful', caption))).toContain('story: Marking messages as helpful');
  });

  it('reads the statement under a title that names it a user story ("User Story — Search")', () => {
    const text =
      'User Story — Search\n===================\n\n**Story:** As a customer, I want to be able to search videos, ' +
      'so that I can find videos by their title.\n';
    expect(elementWords(text, only(text))).toMatchObject({ outcome: 'be able to search videos' });
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
  });

  it('reads who from the situation a What field opens with, when nothing else names who', () => {
    const text =
      '#### E1.1 — Rights information at filing\n**What:** When a citizen files a complaint, the success screen must ' +
      'show their legal rights.\n**Backend:** the API returns them.\n';
    expect(elementWords(text, only(text)).who).toBe('citizen');
    // A statement's who stays the who; a situation with no one in it names nobody.
    const stated = `${text}\nAs a clerk, I want to see the rights shown, so that I can answer questions.\n`;
    expect(elementWords(stated, parseStories(stated)[0]!).who).toBe('clerk');
    const nobody = text.replace('When a citizen files', 'When a complaint is filed');
    expect(elementWords(nobody, only(nobody)).who).toBeUndefined();
  });

  it('reads a label qualified by a link to where it comes from', () => {
    const text =
      '### Flow A — First-Time Setup — Priya\n\n**Goal:** a working instance in under 1 hour.\n\n' +
      '**Acceptance criteria (from [story P1](../research/01-product/README.md#user-stories)):** no step above ' +
      'should require documentation lookup to complete.\n';
    expect(only(text).criteria.map((c) => c.text)).toEqual([
      'no step above should require documentation lookup to complete.',
    ]);
  });

  it("reads a file's title that only describes, beside stories stated under another heading, as no story", () => {
    const text = '# SYSC4806\n\n# Team:\n  - Sheikh\n\n# Product Backlog:\n\n- As a user, I want to view programs\n';
    expect(parseStories(text).map((s) => s.elements.outcome?.text)).toEqual(['view programs']);
    // Alone, the title is the file's one story, still to write.
    expect(parseStories('# SYSC4806\n\n# Team:\n  - Sheikh\n').map((s) => s.title)).toEqual(['SYSC4806']);
  });

  it('reads a title naming the stories over sections of them as their document, even where none is read', () => {
    // The statement's opening is the column's ("As a student I need"): each row only ends it, and the rows numbered
    // 1.1, 1.2 are its tasks. No statement is read in a cell; the title and its note are still no story to write.
    const text = [
      '# User stories',
      'Effort is specified in numbers from the fibonacci-range.',
      '## Student',
      '| ID | User story (As a student I need) | BV |\n| :--- | :--- | :--- |\n' +
        '| 1 | to be able to log myself out of the app | Must |\n| 1.1 | Display logout-button in the menu | Must |',
    ].join('\n\n');
    expect(lintText(text).findings.map((f) => f.ruleId)).toEqual([]);
    // So is a title naming the use cases its sections tell ("# Potential Project Use-cases").
    const uses = [
      '# Potential Project Use-cases',
      'This document outlines the use-case areas.',
      '## Big picture\n\nHelp people understand federal emissions.\n\nQuestions for us:\n\n- Which data sets?',
    ].join('\n\n');
    expect(kinds(uses)).toEqual([]);
  });

  it('reads "User stories – the product" as the stories\' document, its format note no story', () => {
    const text = [
      "# User stories – Gunther's Groupies F1 Leaderboard",
      'Stories use the format: **As a [role], I want [goal], so that [benefit].**',
      '## Completed',
      '1. **As a user,** I want the leaderboard ordered by score, **so that** I can see the leader.',
    ].join('\n\n');
    expect(kinds(text)).toEqual(['story: the leaderboard ordered by score']);
    // The placeholders a fix writes are a statement still to fill in, not a note on the format.
    const filling = text.replace(
      'Stories use the format: **As a [role], I want [goal], so that [benefit].**',
      'As a <who has the need?>, I want <what changes for them?>.',
    );
    expect(parseStories(filling)[0]!.sentence?.who?.text).toBe('<who has the need?>');
    // Under a heading naming it the template, its blanks are the format too, whatever stories come after it.
    const blanks = [
      '## User Stories',
      '### Template',
      "* As a ___, I want to ___, because ___.\n* As a ___, I shouldn't be able to ___, because ___.",
      '### User Stories (Anyone)',
      '* As a visitor, I want to see the maps, because I want to find a place.',
    ].join('\n\n');
    expect(kinds(blanks)).toEqual(['story: see the maps']);
    // So are blanks over the stories of their own section, written in a line of underscores.
    const line = [
      '# User Stories',
      '**As a _______, I want ____________, so that _______________.**',
      '* As a RC enthusiast, I want to steer the car from my phone, so that I can leave the controller at home.',
    ].join('\n\n');
    expect(kinds(line)).toEqual(['story: steer the car from my phone']);
    // Alone, the blanks are a story still to write: asked for its parts.
    expect(parseStories(line.split('\n\n').slice(0, 2).join('\n\n'))).toHaveLength(1);
  });
});

describe('feature specifications (spec-kit: User Scenarios & Testing, Requirements, Success Criteria)', () => {
  const spec = [
    '# Feature Specification: Trip sharing',
    '**Feature Branch**: `001-trip-sharing`  \n**Status**: Draft',
    '## User Scenarios & Testing *(mandatory)*',
    '### User Story 1 - Share a trip plan (Priority: P1)',
    'A traveller planning a group trip wants to share the plan with friends so everyone sees the same itinerary.',
    '**Why this priority**: Sharing is why people plan trips here; without it the plan stays with one person.',
    '**Independent Test**: Share a plan and open the link in another account.',
    '**Acceptance Scenarios**:\n\n' +
      '1. **Given** a saved plan, **When** the traveller shares it, **Then** a link is copied',
    '### User Story 2 - Follow the day (Priority: P2)',
    'A friend opens the shared plan on the day and sees where the group meets next.',
    '**Why this priority**: Groups lose each other between stops.',
    '**Acceptance Scenarios**:\n\n1. **Given** a shared plan, **When** a friend opens it, **Then** the next stop shows',
    '### Edge Cases\n\n- What happens when the plan is deleted after it was shared?',
    '## Requirements *(mandatory)*',
    '### Functional Requirements\n\n- **FR-001**: System MUST let a traveller share a plan by link',
    '### Key Entities\n\n- **Trip plan**: the days, stops and travellers of one trip',
    '## Success Criteria *(mandatory)*',
    '### Measurable Outcomes\n\n- **SC-001**: 40% of plans with two or more travellers are shared within a month',
  ].join('\n\n');

  it('reads each User Story as a story of its own, and the specification as their container and its criteria', () => {
    const stories = parseStories(spec);
    expect(stories.map((s) => [s.kind, s.title])).toEqual([
      ['criteria', 'Feature Specification: Trip sharing'],
      ['story', 'User Story 1 - Share a trip plan (Priority: P1)'],
      ['story', 'User Story 2 - Follow the day (Priority: P2)'],
    ]);
    // The specification's Success Criteria are still judged; nothing else is asked of it.
    expect(stories[0]!.criteria.map((c) => c.text)).toEqual([
      '**SC-001**: 40% of plans with two or more travellers are shared within a month',
    ]);
    const onTitle = lintText(spec).findings.filter((f) => f.storyIndex === 0);
    expect(onTitle.map((f) => f.ruleId)).toEqual(['incomplete-metric']);
  });

  it('reads the journey as the outcome, who goes on it as the who, and Why this priority as the why', () => {
    const [, share, follow] = parseStories(spec);
    expect(elementWords(spec, share!)).toMatchObject({
      who: 'traveller planning a group trip',
      why: 'Sharing is why people plan trips here; without it the plan stays with one person.',
    });
    expect(share!.asksInProse).toBe(true);
    expect(share!.criteria.map((c) => c.text)).toEqual([
      '**Given** a saved plan, **When** the traveller shares it, **Then** a link is copied',
    ]);
    expect(follow!.elements.who?.text).toBe('friend');
    const errors = lintText(spec).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('reads the older template’s Primary User Story as the outcome of the scenarios', () => {
    const older = [
      '# Feature Specification: Volunteer swaps',
      '## User Scenarios & Testing *(mandatory)*',
      '### Primary User Story',
      'Parents who cannot attend their volunteer shift need to find another parent to cover it.',
      '### Acceptance Scenarios',
      '1. **Given** a shift, **When** a parent asks for cover, **Then** other parents see the request',
      '## Requirements *(mandatory)*',
      '- **FR-001**: System MUST list open shifts',
    ].join('\n\n');
    const stories = parseStories(older).filter((s) => s.kind === 'story');
    expect(stories.map((s) => s.title)).toEqual(['User Scenarios & Testing *(mandatory)*']);
    expect(elementWords(older, stories[0]!).outcome).toBe(
      'Parents who cannot attend their volunteer shift need to find another parent to cover it.',
    );
  });

  it('reads a User Stories section that lists what people can do as where a spec states what it asks for', () => {
    const table = [
      '# Snippets',
      '## Abstract\n\nRemembering long command lines is hard.',
      '## User Stories',
      'Story | Size | Description\n--|--|--\nA | Done | Users can bring up a menu of tasks and run them\n' +
        'B | Walk | The user can save commands to their settings',
      '## Implementation Plan\n\nFirst the menu, then the pane.',
    ].join('\n\n');
    const [snippets] = parseStories(table);
    expect([snippets!.kind, snippets!.asksInProse]).toEqual(['story', true]);
    // Under its Background too.
    expect(parseStories(table.replace('## User Stories', '## Background\n\n### User Stories'))[0]!.asksInProse).toBe(
      true,
    );
    const listed = table.replace(
      /Story \| Size[^]*?(?=\n\n## Impl)/,
      '- Users can bring up a menu of tasks and run them',
    );
    expect(parseStories(listed)[0]!.asksInProse).toBe(true);
    // A stories section that only describes asks for nothing.
    const described = table.replace(
      /Story \| Size[^]*?(?=\n\n## Impl)/,
      'We talked to five teams about their scripts.',
    );
    expect(parseStories(described)[0]!.asksInProse).toBeUndefined();
  });
});

describe('stories written in table cells (a Confluence requirements table, a Notion database)', () => {
  const page = [
    '# Checkout for returning shoppers',
    '',
    '## Requirements',
    '',
    '| # | Title | User Story | Importance |',
    '|---|---|---|---|',
    '| 1 | Saved card | As a returning shopper, I want to pay with my saved card, ' +
      'so that I finish in one tap. | Must |',
    '| 2 | Countries | As a shopper, I want a dropdown of countries. | Should |',
    '',
  ].join('\n');

  it('reads each cell that holds a story statement as a one-line story, its range the cell', () => {
    const stories = parseStories(page).filter((s) => s.oneLine);
    expect(stories.map((s) => slice(page, s.span))).toEqual([
      'As a returning shopper, I want to pay with my saved card, so that I finish in one tap.',
      'As a shopper, I want a dropdown of countries.',
    ]);
    expect(elementWords(page, stories[1]!)).toEqual({ who: 'shopper', outcome: 'a dropdown of countries' });
    expect(stories.every((s) => s.inTableCell)).toBe(true);
  });

  it('reads a template quoted in a cell ("the format: \'As a <stakeholder>, I want …\'") as no story', () => {
    const backlog = [
      '| ID | User Story | Validation Criteria |',
      '|----|------------|---------------------|',
      '| 002 | As a project member, I want every story to follow one format, so that requirements derive from them | ' +
        'All stories follow the format: "As a <stakeholder>, I want <functionality>, so that <justification>." ' +
        'Each is also INVEST. |',
    ].join('\n');
    expect(parseStories(backlog).map((s) => s.sentence?.outcome?.text)).toEqual(['every story to follow one format']);
    // A statement a fix left to fill in is still a story, asked for what it misses.
    const drafted = '| Story |\n|---|\n| As a <who has the need?>, I want <what changes for them?> |';
    expect(parseStories(drafted)).toHaveLength(1);
  });

  it('lints the stories of the cells, and offers no fix that would break the row', () => {
    const found = lintText(page).findings.filter((f) => f.storyIndex > 0);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['missing-why', 'output-focused']);
    const why = found.find((f) => f.ruleId === 'missing-why')!;
    // The inline ", so that …" stays in the cell.
    expect(why.fix?.edits.every((e) => !/[\r\n|]/.test(e.newText))).toBe(true);
  });

  it('gives a split of a cell no fix: copies of the story cannot sit in one cell', () => {
    const text =
      '| Story |\n|---|\n| As a patient, I want to export, print and share my receipts, so that I claim costs. |\n';
    const split = lintText(text).findings.find((f) => f.ruleId === 'non-atomic');
    expect(split).toBeDefined();
    expect(split!.fix).toBeUndefined();
  });

  it('reads a backlog index — epics over tables of story titles kept in a tracker — as no story to write', () => {
    const epic = (name: string, rows: string[]) => [
      `## ${name}`,
      '',
      '| ID | User Story | Priority |',
      '|----|----|----|',
      ...rows.map((r) => `| ${r} |`),
      '',
    ];
    const index = [
      '# Product Backlog',
      '',
      ...epic('Epic 1 - Authentication', ['US-01 | User Login | High', 'US-02 | User Logout | Medium']),
      ...epic('Epic 2 - Search', ['US-09 | Search Items | High']),
      '## MVP Scope (Milestone 1 - Target: Aug 28)',
      '',
      '- **Search:** Search Items (`#9`)',
    ].join('\n');
    // Nor is the backlog itself, whose scope says which of them ship first.
    expect(parseStories(index)).toEqual([]);
    expect(parseStories(index.replace('# Product Backlog', '# Backlog — Lost & Found'))).toEqual([]);
    // A backlog named for its kind after the product's name: "SBTracker — Feature Backlog",
    // "MapArr Development Backlog".
    expect(parseStories(index.replace('# Product Backlog', '# SBTracker — Feature Backlog'))).toEqual([]);
    expect(parseStories(index.replace('# Product Backlog', '# MapArr Development Backlog'))).toEqual([]);
    // A story about a backlog is no backlog: "Clear the support backlog" is still asked for its who.
    expect(parseStories(index.replace('# Product Backlog', '# Clear the support backlog')).length).toBeGreaterThan(0);
    // A sentence about the epic beside its table is a story still to be written.
    const said = index.replace(
      '## Epic 2 - Search\n',
      '## Epic 2 - Search\n\nFinders need to search the lost items.\n',
    );
    expect(parseStories(said).map((s) => s.title)).toEqual(['Epic 2 - Search']);
    // Its Definition of Done is what every item meets: criteria of the backlog's, no story missing its who and why.
    const done = [
      '# Backlog',
      '## Definition of Done',
      'A feature is done if it works without breaking the features before it.',
      '## Product Backlog',
      '| Id | Feature title | Who? | Status |\n|--|--|--|--|\n| F01 | Create a mesh | Sathurshan | D |',
    ].join('\n\n');
    expect(kinds(done)).toEqual(['criteria: Backlog']);
  });

  it("reads a backlog's title over its scope and personas as no story, and its items' Satisfaction Criteria", () => {
    const backlog = [
      '# Product Backlog - Fridge Finder',
      '## Scope',
      'We are making an app where students track their food, so that they waste less of it.',
      '## Personas',
      'Students and families with a limited budget and small storage space.',
      '## User Stories',
      '### PB 1 - Create Food Item (MUST)',
      '#### Story',
      'As a student, I want to add a food item with its expiry date so that I can track what I have.',
      '#### Satisfaction Criteria',
      '- I can see the item in the fridge after creating it',
    ].join('\n\n');
    const stories = parseStories(backlog);
    // The personas and scope describe the product the backlog is for: no story of the backlog's own.
    expect(stories.map((s) => s.title)).toEqual(['PB 1 - Create Food Item (MUST)']);
    // "Conditions of satisfaction", as a heading of their own: how we'll know.
    expect(stories[0]!.criteria.map((c) => c.text)).toEqual(['I can see the item in the fridge after creating it']);
  });

  it("reads a backlog's phases and epics of listed items as groups of them, and a section of prose as a story", () => {
    const backlog = [
      '# Backlog — Flower Studio',
      '## Done',
      '### Phase 1 — Florist app',
      '- [x] 4-step order wizard\n- [x] Customer search + create',
      '## Next',
      '- [ ] Driver route planning',
      '## Repeat orders',
      'Regulars reorder the same bouquet every week and wait on the phone to do it.',
    ].join('\n\n');
    expect(parseStories(backlog).map((s) => s.title)).toEqual(['Repeat orders']);
    // A document titled as its author's list of things to do is a backlog too.
    const todo =
      '# ToDos\n## Server\n### FixMe\n* Garbage collection for videos\n\n' +
      '## VideoServer\n### Bugs and Feature Requests\n* Check permissions on directories\n\n' +
      '## Mobile\n\n### Both\n* More debug information\n\t* Compass readout\n';
    expect(parseStories(todo)).toEqual([]);
    // Outside a backlog, an issue's title over its checklist is still an item to read.
    const issue = '# Phase 1 — Florist app\n\n- [x] 4-step order wizard\n- [x] Customer search + create\n';
    expect(parseStories(issue).map((s) => s.title)).toEqual(['Phase 1 — Florist app']);
  });

  it('reads the line items of a budget, each with its "Need:", as context: neither stories nor fields', () => {
    const doc = [
      '# Fire watch',
      'Dispatchers should see every aircraft near a fire, so that they can route tankers safely.',
      '## Proposed Budget',
      '#### FlightRadar24 - $900 / month\nNeed: This API gives results for private and military aircraft.',
      '#### DigitalOcean - $24 / month\nNeed: A place to host the web application.',
    ].join('\n\n');
    const stories = parseStories(doc);
    expect(stories.map((s) => s.title)).toEqual(['Fire watch']);
    expect(stories[0]!.elements.outcome?.text ?? '').not.toContain('API');
  });

  it("reads a backlog item's title that asks for something as its outcome, however deep its heading", () => {
    const plan = [
      '# MVP plan',
      '## Phase 3 - Sprint 3 (9/9 - 9/16)',
      '##### Create users\n\nIn this iteration, the point of contact becomes a user id.',
      '##### Filter the needs by zip code\n\nVolunteers near a need find it first.',
    ].join('\n\n');
    const stories = parseStories(plan);
    expect(stories.map((s) => [s.title, s.asksInProse])).toEqual([
      ['Create users', true],
      ['Filter the needs by zip code', true],
    ]);
    expect(lintText(plan).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // Its items written as lists alone are groups of the sprint's work, as in any backlog.
    expect(parseStories(plan.replace('\n\nIn this iteration', '\n\n* In this iteration'))).toHaveLength(1);
    // An item named by what it delivers ("## Integration with the Assistant") states it whatever its grammar; its
    // who and why are still asked for. Outside a backlog such a name over prose asks for nothing.
    const named = [
      '# Product Backlog',
      '## Integration with the Assistant',
      '### How to demo\n\nWrite the message and see if the assistant gives the response.',
      '### Notes\n\nCall the assistant through its API and add its response to the chat window.',
    ].join('\n\n');
    const rules = lintText(named).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('missing-outcome');
    expect(rules).toContain('missing-who');
    const notes = lintText(named.replace('# Product Backlog', '# Chat')).findings.map((f) => f.ruleId);
    expect(notes).toContain('missing-outcome');
  });

  it('reads a table whose columns are the parts of a story ("As a user, I would like to" | "so that") by row', () => {
    const led = [
      '| As a user, I would like to be able to | so that |',
      '| --- | --- |',
      '| register for an account | I can link my music services. |',
      '| recover my password |  |',
    ].join('\n');
    const stories = parseStories(led);
    expect(stories.map((s) => elementWords(led, s))).toEqual([
      { who: 'user', outcome: 'register for an account', why: 'I can link my music services.' },
      { who: 'user', outcome: 'recover my password', why: '' },
    ]);
    expect(stories.every((s) => s.oneLine && s.inTableCell)).toBe(true);
    // Its who in a column of its own ("Applicable Persona"); a row with no want ("| US19 | | |") is none.
    const columns = [
      '| ID | Applicable Persona | I want | So that |',
      '| :- | :- | :- | :- |',
      '| US1 | Data Controller | to know who is getting access to our data | we can confirm use is appropriate |',
      '| US19 |  |  |  |',
    ].join('\n');
    expect(parseStories(columns).map((s) => elementWords(columns, s))).toEqual([
      {
        who: 'Data Controller',
        outcome: 'know who is getting access to our data',
        why: 'we can confirm use is appropriate',
      },
    ]);
    // A course template's columns ("| Priority | As a ... | I want to ... | So that I can... |"): its reasons too.
    const course = [
      '| Priority | As a ... | I want to ... | So that I can... |',
      '| -------- | :------- | :---------- | :--------------- |',
      '| `* * *` | New user | Know the format of adding a task | Add a new task correctly |',
    ].join('\n');
    expect(parseStories(course).map((s) => elementWords(course, s))).toEqual([
      { who: 'New user', outcome: 'Know the format of adding a task', why: 'Add a new task correctly' },
    ]);
    // Converted from AsciiDoc, its names end in a zero-width space ("As a …\u200B"): the same columns.
    const converted = course.replace(/\.\.\. \|/g, '…\u200B |').replace('can... |', 'can…\u200B |');
    expect(converted).toContain('\u200B');
    expect(parseStories(converted).map((s) => elementWords(converted, s))).toEqual([
      { who: 'New user', outcome: 'Know the format of adding a task', why: 'Add a new task correctly' },
    ]);
    // "So I can" names it as "So that I can" does, in a table with no outer pipes.
    const soICan = ' As a | I want to | So I can | Vote\n---|---|---|---\n User | Sign up | join the network | 1\n';
    expect(parseStories(soICan).map((s) => elementWords(soICan, s))).toEqual([
      { who: 'User', outcome: 'Sign up', why: 'join the network' },
    ]);
    // "As a(n) ...", the article for either, names the role column too.
    const either =
      '| As a(n) ... | I want to ... | so that I can ... |\n|----|----|----|\n| User | log in | use the app. |';
    expect(parseStories(either).map((s) => elementWords(either, s))).toEqual([
      { who: 'User', outcome: 'log in', why: 'use the app.' },
    ]);
    // A reason column left of the wants gives the reason; the row's story still runs over its want alone.
    const reversed = '| So that | As a nurse, I want to |\n|---|---|\n| I act in time | see critical results |';
    const [story] = parseStories(reversed);
    expect(elementWords(reversed, story!)).toEqual({
      who: 'nurse',
      outcome: 'see critical results',
      why: 'I act in time',
    });
    expect(story!.span.end).toBeGreaterThan(story!.span.start);
    // No column of wants, or nobody named: cells as before.
    expect(parseStories('| Title | Notes |\n|---|---|\n| Saved card | Pay faster |')).toEqual([]);
    // Its keywords in columns of their own, each repeated down its rows, the parts in the column after each.
    const spelled = [
      '| S.No. | As a | <Role> | I want | <What> | so that | <Why> |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 1. | As a | Citizen | I want | Search a property by its ID | So that | I can apply to split it. |',
    ].join('\n');
    expect(parseStories(spelled).map((s) => elementWords(spelled, s))).toEqual([
      { who: 'Citizen', outcome: 'Search a property by its ID', why: 'I can apply to split it.' },
    ]);
  });

  it('reads a card kept as a table of fields ("| Description | As a … |", "| Rationale | so that … |")', () => {
    const card = (id: string, want: string) =>
      [
        `| User Story           | ${id} |`,
        '| -------------------- | ---------- |',
        `| Description          | As an owner, I want ${want}. |`,
        '| Rationale            | so that I can keep track of all of my books. |',
        '| Size in Story Points | 1 |',
      ].join('\n');
    const text = [card('US 01.01.01', 'to add a book'), card('US 01.02.01', 'to scan a book')].join('\n\n');
    expect(parseStories(text).map((s) => elementWords(text, s))).toEqual([
      { who: 'owner', outcome: 'add a book', why: 'so that I can keep track of all of my books.' },
      { who: 'owner', outcome: 'scan a book', why: 'so that I can keep track of all of my books.' },
    ]);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-why');
    // A card without a reason row is asked for one, as before.
    const noReason = card('US 1', 'to add a book').replace(/\n\| Rationale[^\n]*/, '');
    expect(lintText(noReason).findings.map((f) => f.ruleId)).toContain('missing-why');
  });

  it('reads the reason a row gives in its column named for it ("| User Story | Benefit |")', () => {
    const text = [
      '# User Stories',
      '',
      '| ID | User Story | Benefit |',
      '|---:|:---|:---|',
      '| 1 | As a data analyst, I want to view all the countries by population. | To find the most populous nations. |',
      '| 2 | As a data analyst, I want to view the cities of a region. | |',
    ].join('\n');
    expect(parseStories(text).map((s) => elementWords(text, s))).toEqual([
      {
        who: 'data analyst',
        outcome: 'view all the countries by population',
        why: 'To find the most populous nations.',
      },
      { who: 'data analyst', outcome: 'view the cities of a region' },
    ]);
    // The row whose reason is left empty is still asked for one.
    const missing = lintText(text).findings.filter((f) => f.ruleId === 'missing-why');
    expect(missing.map((f) => text.slice(f.span.start, f.span.end))).toEqual(['view the cities of a region']);
  });

  it('reads a card whose header row is its statement ("| Story | [As a user, I …](…) |" over its fields)', () => {
    const card = (n: number, want: string) =>
      [
        `| Story | [As a user, I should be able to ${want}, so that I can plan my term ](https://example.org/c/${n}) |`,
        '| ------ | ------ |',
        `| Story Number | ${n} |`,
        '| Size Estimate | M |',
      ].join('\n');
    const text = `# Product Backlog\n\n${card(2, 'view all the programs')}\n\n${card(3, 'list all courses')}\n`;
    expect(parseStories(text).map((s) => elementWords(text, s))).toEqual([
      { who: 'user', outcome: 'view all the programs', why: 'I can plan my term' },
      { who: 'user', outcome: 'list all courses', why: 'I can plan my term' },
    ]);
    // A header naming columns states nothing: the rows under it are the statements.
    const columns =
      '| User Story | Acceptance Criteria |\n| --- | --- |\n| As a user, I want to sign in | I see my page |\n';
    expect(parseStories(columns).map((s) => s.elements.outcome?.text)).toEqual(['sign in']);
  });

  it('reads the kind a table gives each row: its "Type" cell, or a "Spike (Y/N)" column saying yes', () => {
    const backlog = [
      '| ID | User Story / Task | Estimate | Spike (Y/N) | Status |',
      '|----|-------------------|----------|-------------|--------|',
      '| 139 | As a visitor, I want the home page to fit my phone, so that I can read it. | 4 | N | Ready |',
      '| 140 | As a team member, I want to curate my section of the slides. | 4 | Y | Ready |',
    ].join('\n');
    expect(kinds(backlog)).toEqual(['story: the home page to fit my phone', 'spike: curate my section of the slides']);
    const exported = [
      '| Key | Type | Summary |',
      '|-----|------|---------|',
      '| SHOP-1 | Story | As a buyer, I want to save my cart, so that I can pay later |',
      '| SHOP-2 | Bug | As a buyer, I want the cart total to add up |',
      '| SHOP-3 | Task | As a buyer, I want my receipts kept in one place |',
    ].join('\n');
    expect(kinds(exported)).toEqual([
      'story: save my cart',
      'bug: the cart total to add up',
      'task: my receipts kept in one place',
    ]);
  });

  it("lints a story table's rows and offers no fix that would break a row", () => {
    const text =
      '| As a user I want: | Stretch? |\n| --- | --- |\n| View a list of restaurants | no |\n| Filter them | no |\n';
    const found = lintText(text).findings;
    // The header's vague who is told once, for both rows.
    expect(found.map((f) => f.ruleId).sort()).toEqual(['generic-who', 'missing-why', 'missing-why']);
    expect(found.find((f) => f.ruleId === 'generic-who')?.sharedWith).toEqual([1]);
    expect(found.flatMap((f) => f.fix?.edits ?? []).every((e) => !/[\r\n|]/.test(e.newText))).toBe(true);
  });

  it('reads a table with a rule right under it ("---") as the table, not a heading of its rows', () => {
    const text = '| Persona | I want |\n| --- | --- |\n| Researcher | to apply for access online |\n---\n## Glossary\n';
    expect(parseStories(text).map((s) => s.sentence?.outcome?.text)).toEqual(['apply for access online']);
  });

  it('reads a header cell, a table with no story and a sentence before the table as before', () => {
    const text = [
      '## Save my card',
      '',
      'As a shopper, I want to pay with my saved card, so that I finish in one tap.',
      '| Field | Value |',
      '|---|---|',
      '| Owner | @dana |',
    ].join('\n');
    const story = only(text);
    expect(story.oneLine).toBe(false);
    expect(slice(text, story.elements.why?.span)).toBe('I finish in one tap');
  });
});

describe('stories kept as raw HTML (an Azure DevOps description synced as it is stored)', () => {
  const workItem = [
    '# User Story 1234 - Saved cards',
    '',
    '## Description',
    '',
    '<div>As a <b>returning shopper</b>, I want to pay with my saved card, so that I finish checkout in one tap.</div>',
    '',
    '## Acceptance Criteria',
    '',
    '- Returning shoppers who pay with a saved card rise from 10% to 40% by June',
    '',
  ].join('\n');

  it('reads the statement of an HTML description, its words without the markup', () => {
    const story = only(workItem);
    expect(story.elements.who?.text).toBe('returning shopper');
    expect(story.elements.outcome?.text).toBe('pay with my saved card');
    expect(story.elements.why?.text).toBe('I finish checkout in one tap');
    expect(slice(workItem, story.elements.who?.span)).toBe('returning shopper');
    expect(lintText(workItem).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads each list item of an HTML list as a one-line story, and offers no fix that writes in the HTML', () => {
    const text = [
      '## Backlog',
      '',
      '<ul><li>As a shopper, I want a dropdown of countries.</li>' +
        '<li>As a nurse, I want to be told of results.</li></ul>',
    ].join('\n');
    const stories = parseStories(text).filter((s) => s.oneLine);
    expect(stories.map((s) => slice(text, s.span))).toEqual([
      'As a shopper, I want a dropdown of countries.',
      'As a nurse, I want to be told of results.',
    ]);
    const found = lintText(text).findings.filter((f) => f.storyIndex === stories[0]!.index);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['missing-why', 'output-focused']);
    // ", so that <why …?>" would put a tag in the HTML: no fix rather than a broken one.
    expect(found.every((f) => f.fix === undefined)).toBe(true);
    expect(stories[0]!.inTableCell).toBeUndefined();
  });

  it('reads the items of an HTML Acceptance Criteria field as criteria, and writes nothing in the HTML', () => {
    const text = [
      '## Saved cards',
      '',
      'As a returning shopper, I want to pay with my saved card, so that I finish checkout in one tap.',
      '',
      '### Acceptance Criteria',
      '',
      '<div><b>Acceptance criteria:</b></div><ul><li>The saved card is offered first</li><li>Works well</li></ul>',
      '',
    ].join('\n');
    const story = only(text);
    expect(story.criteria.map((c) => slice(text, c.span))).toEqual(['The saved card is offered first', 'Works well']);
    const findings = lintText(text).findings;
    expect(findings.find((f) => f.ruleId === 'unmeasurable-criterion')?.span).toEqual(story.criteria[1]!.span);
    const html = { start: text.indexOf('<div>'), end: text.indexOf('</ul>') + 5 };
    for (const f of findings)
      for (const e of f.fix?.edits ?? []) expect(e.start > html.end || e.end < html.start, f.ruleId).toBe(true);
  });

  it('reads no statement in code or comments inside the HTML', () => {
    const text = '## Notes\n\n<div><!-- As a user, I want x --><code>As a user, I want y</code></div>\n';
    expect(parseStories(text).every((s) => s.sentence === undefined)).toBe(true);
  });

  it('reads a label captioning code ("Request:" over a JSON body, "Request: `/board/42`") as no field', () => {
    const text = [
      '## Create a board',
      'As a user, I want to create a board, so that I can plan my quarter.',
      '### Example',
      'Request:',
      '```json\n{ "name": "OKR Board" }\n```',
      'Request: `/board/42/status`',
    ].join('\n\n');
    const story = only(text);
    expect(story.elements.outcome?.text).toBe('create a board');
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    // A request in words is the field it names.
    const asked = '## Boards\n\nRequest: let owners archive a board, so that old plans stop cluttering the list.\n';
    expect(only(asked).elements.outcome?.text).toContain('let owners archive a board');
  });

  it("reads no statement in a scenario's step: the cell after an HTML table's Given / When / Then cell", () => {
    const row = (keyword: string, step: string) =>
      `  <tr>\n    <td><b>${keyword}</b></td>\n    <td>${step}</td>\n  </tr>`;
    const text = [
      '### Acceptance Criteria 2',
      '<table>',
      row('Given', "I'm in a room"),
      row('And', 'I want to inspect an object'),
      row('When', 'I type the command "Inspect object_name"'),
      row('Then', 'The system shows me the description of the item'),
      '</table>',
    ].join('\n');
    expect(parseStories(text).every((s) => s.sentence === undefined)).toBe(true);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-who');
    // A statement in a cell of its own is still one.
    const own = '## Notes\n\n<table><tr><td>As a player, I want to inspect an object.</td></tr></table>\n';
    expect(parseStories(own)[0]?.sentence?.who?.text).toBe('player');
  });
});

describe('element ranges in CRLF files', () => {
  it('never includes the \\r of a line break in an element', () => {
    const lf = [
      '## Alerts',
      '',
      '**Who:** ward nurse',
      '**Outcome:** be told when a lab result is critical',
      '',
      "### How we'll know",
      '',
      '- Time to treatment falls from 40 min to 15 min by Q2',
      '',
      "### If we don't",
      '',
      'Patients wait.',
      '',
    ].join('\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const story = only(crlf);
    expect(elementWords(crlf, story)).toEqual({
      who: 'ward nurse',
      outcome: 'be told when a lab result is critical',
      success: '- Time to treatment falls from 40 min to 15 min by Q2',
      consequence: 'Patients wait.',
    });
    const criteria = story.criteria.map((c) => slice(crlf, c.span));
    expect(criteria).toEqual(['Time to treatment falls from 40 min to 15 min by Q2']);
  });
});

describe('kinds and names met in issue exports and product pages (December 6, later)', () => {
  it('reads a board column of "Task:" cards as tasks, not a story missing its outcome', () => {
    const card = (task: string) =>
      `Task: ${task}\\\nDescription: Collect the data.\\\nAcceptance Criteria: It is stored.`;
    const column = `# To - Do\n\n${card('Gather parking data - Jordan')}\n\n${card('Google Maps integration')}\n`;
    expect(kinds(column)).toEqual(['task: To - Do']);
    // One card is a field of a story like any other.
    expect(kinds(`# Parking\n\n${card('Gather parking data')}\n`)).toEqual(['story: Parking']);
  });

  it("reads a use case's numbered workflows as its flow, not stories, even one holding a statement", () => {
    const useCase = [
      '## Preconditions\nThe user wants to reach every application from one launch pad.',
      '## Workflow 1\nThe launcher is started by the user after login.',
      '## Workflow 2\nAs a user with a sales focus, I want to launch applications with a customer pre-selected.',
      '## Alternative flow 2a\nThe launcher shows an error when an application fails to start.',
    ].join('\n\n');
    expect(parseStories(useCase).map((s) => s.title)).toEqual([undefined]);
  });

  it('reads a page its front matter titles as the backlog as one, its items named in bold over their bullets', () => {
    const page = [
      '---\ntitle: Backlog\nlayout: template\n---',
      '# Improvements and Future Directions',
      '**Asset and Liability Segmentation:**\n- Separate net worth into assets and liabilities.',
      '**Dynamic Spending Modeling:**\n- Implement dynamic spending models for changes in needs.',
    ].join('\n\n');
    expect(kinds(page)).toEqual([]);
    // Titled otherwise, the page is one story still (and asked for what it misses).
    expect(kinds(page.replace('title: Backlog', 'title: Retirement planner'))).toHaveLength(1);
  });

  it('reads a document titled as its user stories over a checklist alone as a backlog of items, no story', () => {
    const list = '- [x] Passwordless login\n- [ ] Provide a logout option\n- [ ] Workers can only edit their notes\n';
    expect(kinds(`# User Stories for Case Manager App\n\n${list}`)).toEqual([]);
    // With prose of its own the title may still head one story about stories.
    expect(kinds(`# User stories for the BnB\n\nWe want hosts to list a space.\n\n${list}`)).toHaveLength(1);
  });

  it('reads no who from a thing named for its users: "user stories", "the user interface", "a user guide"', () => {
    for (const thing of ['a list of user stories', 'a new user interface', 'the user guide'])
      expect(only(`# Stories for the BnB\n\nFrom our MVP specifications, we wrote ${thing}.\n`).elements.who).toBe(
        undefined,
      );
    // The people themselves are still who the change is for.
    expect(only('# Saved cards\n\nUsers re-type their card at every checkout.\n').elements.who?.text).toBe('Users');
  });

  const rules = (text: string) => lintText(text).findings.map((f) => f.ruleId);

  it('reads a backlog named with another part after "&" as the backlog it is', () => {
    const text = [
      '# Feature Backlog & Further Development',
      '',
      'Features yet to be implemented are detailed here.',
      '',
      '## A Level (Critical)',
      '',
      '### 1. Expiring Login Tokens',
      '* No expiry is set for currently logged in users',
      '',
    ].join('\n');
    expect(kinds(text)).not.toContain('story: Feature Backlog & Further Development');
  });

  it('reads "Wishlist Items" as the requests collected, and its introduction as context', () => {
    const text = [
      '# Introduction #',
      '',
      'This is an outline of the desired features for the project, reviewed at each release.',
      '',
      '# Wishlist Items #',
      '',
      '  * Show clinical summary on mobile',
      '  * Allow note writing from clinicians',
      '',
    ].join('\n');
    expect(rules(text)).not.toContain('missing-outcome');
  });

  it('takes "Why this would be useful" for the why', () => {
    const text = [
      '## Postcode search',
      '',
      '### Feature Description ###',
      'The ability to search for a place by postcode or street address.',
      '',
      '### Why this would be useful ###',
      'We could find a place that already exists at a physical location.',
      '',
    ].join('\n');
    expect(only(text).elements.why).toBeDefined();
  });

  it("reads a known issue from its front matter's content type as a bug report", () => {
    const text = [
      '---',
      "title: 'Checkout firing pageview events per tracker'",
      'contentType: knownIssue',
      'kiStatus: Fixed',
      '---',
      '',
      '## Summary',
      '',
      'The checkout fires the pageview event once per tracker.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => s.kind)).toEqual(['bug']);
  });

  it("reads an audit finding's Vulnerability Detail as a bug report's", () => {
    const text = [
      "# `reviewRecipients()` doesn't check the current status",
      'There is a threshold to update the status, and the function overwrites it.',
      '',
      '## Vulnerability Detail',
      'Pool managers can accept or reject recipients; the status is overwritten.',
      '',
      '## Recommendation',
      'Check the status before updating it.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => s.kind)).toEqual(['bug']);
  });

  it('reads a user testing report as a record of research, no story missing its outcome', () => {
    const text = [
      '# User Testing Report',
      '',
      'User testing was conducted on October 22nd with three participants.',
      '',
      '## Tasks',
      '',
      '1. find articles on bike safety',
      '',
      '## Trends',
      '',
      'Participants could not find the search box.',
      '',
    ].join('\n');
    expect(rules(text)).not.toContain('missing-outcome');
  });

  it('reads what roles can do under role headings of a User Stories section as its outcomes', () => {
    const text = [
      '## Welcome to Chapter',
      '',
      'We decided to build our own group event tool.',
      '',
      '### User Stories so far',
      '',
      '#### As a future participant',
      '',
      '- I can use a search box on the landing page to find a city.',
      '- I can click the "RSVP" button.',
      '',
      '#### As an organizer',
      '',
      '- I can create a group.',
      '',
    ].join('\n');
    expect(rules(text)).not.toContain('missing-outcome');
  });

  it('reads a "Use case:" field as the goal of the use case it names', () => {
    const text = [
      '### 6.2. Use case description',
      '',
      'Olivia:\\',
      '**Use case**: User submits a ticket\\',
      '**Actor**: User\\',
      '**Trigger**: The user hits the submit button\\',
      '**Success scenario**:',
      '1. An employee is assigned the ticket',
      '2. An employee completes the ticket',
      '',
    ].join('\n');
    expect(rules(text)).not.toContain('missing-outcome');
  });

  it('reads a glossary\'s bold terms as words defined, not the story\'s parts ("**Story**" over its meaning)', () => {
    const text = [
      '# Project Requirements',
      '',
      'This web application will let clients share their stories with the programme.',
      '',
      '## Project Glossary',
      '',
      '**Story**',
      '',
      '- An experience or feedback that is shared by a **client**',
      '',
      '## User Stories',
      '',
      'As an Admin, I want to set up a questionnaire, so that I can collect feedback.',
      '',
    ].join('\n');
    expect(kinds(text)).not.toContain('story: Project Glossary');
  });

  it('keeps the fields of a story whose title ends in an aside\'s word ("Provide technical CHANGELOG")', () => {
    const text = [
      '# Provide technical CHANGELOG',
      '',
      '**As a** NLX user',
      '<br>**I want to** see the changes between NLX versions',
      '<br>**so that** I can foresee the upgrade path',
      '',
      '**Acceptance criteria**',
      '',
      '1. There should be a CHANGELOG available for NLX',
      '',
    ].join('\n');
    expect(only(text).criteria).toHaveLength(1);
  });

  it('reads an issue asking the best way to do something, under a title that asks, as a question', () => {
    const text = [
      '# [Workflow with hidden drafts?](https://github.com/example/help/issues/27)',
      '',
      'I would like the site to be open source, but I would prefer the drafts remained hidden.',
      '',
      'Assuming everything is hosted on GitHub, what would be the best way to do this?',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => s.kind)).toEqual(['question']);
  });

  it('keeps a request whose title asks, with nothing asked in its text, a story', () => {
    const text = [
      '# Averaging of multiple measurement values?',
      '',
      'Sometimes several measurements of the same type are taken to have an average.',
      '',
    ].join('\n');
    expect(parseStories(text).map((s) => s.kind)).toEqual(['story']);
  });

  it('reads a template\'s question heading that goes on after a known one: "Who will benefit the most …?"', () => {
    const text = [
      '# Pet Finder',
      '',
      '### Who will benefit the most from this project?',
      '',
      'People who have lost their pets.',
      '',
      '### What is the problem you are trying to solve by participating in the hackathon?',
      '',
      'A missing pet is one of the most distressing experiences a person may have.',
      '',
    ].join('\n');
    expect(elementWords(text, only(text))).toMatchObject({
      who: 'People who have lost their pets.',
      outcome: 'A missing pet is one of the most distressing experiences a person may have.',
    });
  });

  it('reads a question heading that first says when: "At the end of the weekend, what does success look like?"', () => {
    const text = [
      '# Pet Finder',
      '',
      '### Who will benefit the most from this project?',
      '',
      'People who have lost their pets.',
      '',
      '### At the end of the weekend, what does success look like? What are your expected outcomes?',
      '',
      'Lost pets are matched with found pets within a day.',
      '',
    ].join('\n');
    expect(elementWords(text, only(text))).toMatchObject({
      success: 'Lost pets are matched with found pets within a day.',
    });
  });
});
