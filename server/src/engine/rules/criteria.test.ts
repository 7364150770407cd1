import { describe, expect, it } from 'vitest';
import type { StoryItem } from '../types.js';
import { lintText, parseStories } from '../lint.js';
import { scenarioCriteria } from './criteria.js';

const items = (...texts: string[]): StoryItem[] =>
  texts.map((text, i) => ({ span: { start: i * 100, end: i * 100 + text.length }, text }));

describe('scenarioCriteria', () => {
  it('judges a Given/When/Then scenario by its Then item only', () => {
    const judged = scenarioCriteria(
      items('Given my order is scheduled', 'When I open it', 'Then I see 7:00', 'Totals add up'),
    );
    expect(judged.map((c) => c.text)).toEqual(['Then I see 7:00', 'Totals add up']);
  });

  it('reads steps written as labels ("Given:", "**And:**") as steps too', () => {
    const judged = scenarioCriteria(
      items(
        'Given: samples exist',
        '**And:** they were not removed',
        'When: the ticket is sent',
        'Then: someone updates it',
      ),
    );
    expect(judged.map((c) => c.text)).toEqual(['Then: someone updates it']);
  });
});

describe('criterion rewrites', () => {
  const fixesOf = (criterion: string, rule: string) =>
    lintText(
      '## Tools\n\n**Who:** grants team\n**Outcome:** pick tools the team can keep using\n' +
        `**Why:** tools get dropped\n\n### Acceptance criteria\n\n- ${criterion}\n\n` +
        "**If we don't:** we switch again next year\n",
    ).findings.filter((f) => f.ruleId === rule);

  it('reports a lead-in over the checks it names but rewrites it not: the author’s sentence goes on below', () => {
    const task = fixesOf(
      'Set up the following tools for all members of the project:\n  - Slack\n  - GitHub',
      'output-criterion',
    );
    expect(task).toHaveLength(1);
    expect(task[0]!.fix).toBeUndefined();
    const vague = fixesOf(
      'Clear guidelines and expectations for participation,\n- which the team reviews',
      'unmeasurable-criterion',
    );
    expect(vague).toHaveLength(1);
    expect(vague[0]!.fix).toBeUndefined();
  });

  it('quotes a lead-in by its own line in the message, not with the names under it', () => {
    const [task] = fixesOf('Implement grading logic for:\n  - Sugar content\n  - Salt content', 'output-criterion');
    expect(task!.message).toBe(
      '"Implement grading logic for: …" is a task or deliverable, not a sign the need is met. ' +
        'Say who will do what differently, or which number moves.',
    );
  });

  it('reads a lead-in past the comment that ends its line', () => {
    const task = fixesOf(
      'Set up the following tools for the project: <!-- one per team -->\n  - Slack',
      'output-criterion',
    );
    expect(task).toHaveLength(1);
    expect(task[0]!.fix).toBeUndefined();
  });

  it('reports but rewrites not a criterion Markdown shows as raw HTML: placeholders there would read as tags', () => {
    // An item opening with a comment is an HTML block to its line's end, whatever follows the comment.
    const task = fixesOf('<!-- from the template -->API deployed to production', 'output-criterion');
    expect(task).toHaveLength(1);
    expect(task[0]!.fix).toBeUndefined();
    const vague = fixesOf('<!-- from the template -->Clear guidelines for participation', 'unmeasurable-criterion');
    expect(vague).toHaveLength(1);
    expect(vague[0]!.fix).toBeUndefined();
  });

  it('still rewrites a criterion that stands alone', () => {
    const task = fixesOf('Set up the following tools for all members of the project', 'output-criterion');
    expect(task[0]?.fix).toBeDefined();
  });
});

describe('a criterion still the template’s', () => {
  const story = (...criteria: string[]) =>
    [
      '## Critical results',
      '',
      '**Who:** night-shift nurse',
      '**Outcome:** know at once when a lab result is critical',
      '**Why:** a late reaction harms patients',
      '',
      "### How we'll know",
      '',
      ...criteria.map((c) => `- [ ] ${c}`),
      '',
      "**If we don't:** patients wait",
      '',
    ].join('\n');
  const rulesOn = (text: string) =>
    lintText(text)
      .findings.filter((f) => f.ruleId.endsWith('-criterion'))
      .map((f) => f.ruleId);

  it('asks for its slot to be filled in, and never calls the slot a deliverable', () => {
    expect(rulesOn(story('\\[Must-have condition 1]', '[Metric 2]', '{success metric}'))).toEqual([
      'unmeasurable-criterion',
      'unmeasurable-criterion',
      'unmeasurable-criterion',
    ]);
  });

  it('takes a checked box with no words for no slot', () => {
    expect(rulesOn(story('[x]'))).toEqual([]);
  });

  it('judges a criterion that only mentions a bracket as written', () => {
    expect(rulesOn(story('API implemented [see the design]'))).toEqual(['output-criterion']);
  });
});

describe('criteria that only point elsewhere', () => {
  const story = (criteria: string) =>
    '## Export invoices as CSV\n\n**Who:** small-business accountants\n' +
    '**Outcome:** reconcile invoices in their own spreadsheet\n' +
    '**Why:** they copy 200 invoices by hand every month-end\n\n' +
    `### Acceptance criteria\n\n${criteria}\n\n### If we don't\n\nA day of copying every month-end.\n`;
  const criterionFindings = (text: string) =>
    lintText(text)
      .findings.filter((f) => f.ruleId.endsWith('-criterion') || f.ruleId === 'incomplete-metric')
      .map((f) => [f.ruleId, text.slice(f.span.start, f.span.end)]);

  it('are not judged: a task-list sub-issue, a merge request, a Jira key or a bare link says nothing to judge', () => {
    const refs =
      '- [ ] #1423\n- [ ] acme/billing#1424+\n- [ ] !88, !89\n- [ ] PAY-1425\n' +
      '- [ ] https://github.com/acme/billing/issues/1426';
    expect(criterionFindings(story(refs))).toEqual([]);
    // A link to another page of the docs, its title as its words, is the page's navigation.
    expect(criterionFindings(story('- [Table of Contents](../README.md)'))).toEqual([]);
  });

  it('are judged once they say something of their own', () => {
    expect(criterionFindings(story('- [ ] #1423 API implemented'))).toEqual([
      ['output-criterion', '#1423 API implemented'],
    ]);
  });
});

describe('what a criteria section holds besides criteria', () => {
  const story = (section: string) =>
    '## Close modals\n\n**Who:** player on a small screen\n**Outcome:** close any modal in one tap\n' +
    '**Why:** players get stuck behind the mail modal\n\n' +
    `### Acceptance criteria\n\n${section}\n\n### If we don't\n\nPlayers reload the page to get out.\n`;
  const judged = (section: string) => {
    const text = story(section);
    return lintText(text)
      .findings.filter((f) => /-criterion$|^incomplete-metric$/.test(f.ruleId))
      .map((f) => [f.ruleId, text.slice(f.span.start, f.span.end)]);
  };
  const criteria = (section: string) => parseStories(story(section))[0]!.criteria.map((c) => c.text);
  const check = '- [ ] Modals close with the X in every browser';

  it("reads the template's note on how to fill the list in as template text, not as criteria", () => {
    const note =
      'This should be filled in prior to moving into ~"In Progress".\n' +
      '**This list needs to be reviewed and completed by someone who did not work on the ticket.** ' +
      'Please do not pass Acceptance Criteria on a ticket you contributed code to.';
    expect(criteria(`${note}\n\n${check}`)).toEqual(['Modals close with the X in every browser']);
    expect(judged(`${note}\n\n${check}`)).toEqual([]);
  });

  it('reads a group name over the list (a bold line, "Todo:") as no criterion, as it is over nested items', () => {
    expect(criteria(`**Tech impl**\n\n${check}`)).toEqual(['Modals close with the X in every browser']);
    expect(criteria(`Todo:\n${check}`)).toEqual(['Modals close with the X in every browser']);
    // Over a paragraph too: "Edge criteria for Dave:" names the checks that follow.
    expect(
      criteria('Edge criteria for Dave:\n\nGiven a workout, when Dave opens it, then its sets are listed.'),
    ).toEqual(['Given a workout, when Dave opens it, then its sets are listed.']);
    expect(criteria(`**Must-have:**\n\nBasic requirements:\n\n${check}`)).toEqual([
      'Modals close with the X in every browser',
    ]);
    expect(criteria(`**Settings to be added to the game's settings page**\n\n${check}`)).toEqual([
      'Modals close with the X in every browser',
    ]);
    // A line that says something of its own stays a criterion, list or not, emphasis inside it or not.
    expect(criteria(`Modals never trap a player.\n${check}`)).toEqual([
      'Modals never trap a player.',
      'Modals close with the X in every browser',
    ]);
    expect(criteria(`*Modals* never trap a *player*\n${check}`)).toEqual([
      '*Modals* never trap a *player*',
      'Modals close with the X in every browser',
    ]);
  });

  it('does not judge "TBD" or a line that only refers elsewhere ("Related #139", "Reference: [a post](…)")', () => {
    expect(judged('TBD')).toEqual([]);
    expect(judged(`${check}\n\nRelated #139\n\nReference: [Scaling knowledge](https://example.com/post)`)).toEqual([]);
    expect(judged(`${check}\n\n🔗 [Google Docs Source](https://docs.google.com/document/d/1)`)).toEqual([]);
    // Where the criteria come from: "Adapted from [this spreadsheet](…)".
    expect(judged(`Adapted from [this spreadsheet](https://airtable.com/shrk)\n\n${check}`)).toEqual([]);
    expect(judged(`${check}\n\nSource: [research notes](https://example.com/notes)`)).toEqual([]);
    // A link that is what the criterion says stays judged.
    expect(judged('- [ ] [Export button added](https://example.com/1)')).toEqual([
      ['output-criterion', '[Export button added](https://example.com/1)'],
    ]);
  });

  it('does not judge the file\'s record lines after the last list ("**Created**: 2025-01-17")', () => {
    const footer = '**Created**: 2025-01-17\n**Last Updated**: 18 Nov 2025\nVersion: 1.2';
    expect(judged(`${check}\n\n---\n\n${footer}`)).toEqual([]);
    // A check that names a date is still a check.
    expect(judged('- [ ] Reports export: 2025-01-17 data included')).toHaveLength(1);
  });

  it('does not judge a tracker\'s counts of the work as metrics ("**Story Points**: 20", "**Progress**: 0%")', () => {
    expect(judged('- **Story Points**: 20\n- **User Stories**: 10\n- **Progress**: 0%')).toEqual([]);
    // A measure with its target is still judged.
    expect(judged('- **Conversion**: 40%')).toHaveLength(1);
  });

  it('does not judge a tracker\'s fields kept after the criteria ("**Status:** Draft", "Sprint: 4")', () => {
    expect(judged('**Status:** Draft\n**Priority:** High\n**Sprint:** 4\n**Assignee:** @jane')).toEqual([]);
    expect(judged('Priority: 1 - High\nEstimated time: 4 hours\nStory points: 3 (Medium)')).toEqual([]);
    // A line that says more than a field's value is a criterion, judged.
    expect(judged('- Status: the order page is fast and user-friendly')).toHaveLength(1);
  });

  it('does not judge a line tracing the story to the items it covers ("**Covers:** UC15", "Implements: FR-2")', () => {
    expect(judged(`${check}\n\n**Covers:** UC15`)).toEqual([]);
    expect(judged(`${check}\n\nImplements: FR-2, FR-3`)).toEqual([]);
    // A criterion that names an item among its words is still judged.
    expect(judged('- Export: button added for UC15')).toHaveLength(1);
  });
});

describe('an enumeration under a criterion', () => {
  it('reads a long list of names ("Mario", "Luigi", …) as the values a check lists, none judged on its own', () => {
    const names = ['Mario', 'Luigi', 'Peach', 'Daisy', 'Tanooki Mario', 'Cat Peach', 'Yoshi', 'Toad'];
    const text =
      '# Customize a kart\n\nAs a player, I want to customize a kart, so that I can see its final features.\n\n' +
      '## Acceptance criteria\n\n#### 42 drivers should be available to be chosen\n\n' +
      names.map((n, i) => `${i + 1}. ${n}`).join('\n') +
      '\n';
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('output-criterion');
    // A short list of deliverables is still judged item by item.
    const few = text.replace(/\n5\. [^]*$/, '\n');
    expect(lintText(few).findings.filter((f) => f.ruleId === 'output-criterion').length).toBeGreaterThan(0);
  });
});

describe('criteria that complete a lead-in', () => {
  const demo = (leadIn: string) =>
    '## Stock demo\n\n**Who:** store manager\n**Outcome:** see where every item of stock is\n' +
    "**Why:** stock goes missing between jobs\n\n### How we'll know\n\n" +
    `${leadIn}\n\n1. create an item, receive stock into a store location, and see availability change;\n` +
    '2. scan an item’s QR code with a phone and land on that item’s page.\n';
  const rulesOn = (text: string) => lintText(text).findings.map((f) => f.ruleId);

  it('judges each item with the words it completes: what someone can do is checked, not a task done', () => {
    const text = demo('The demo MVP is done when, from an empty database, one person can:');
    expect(rulesOn(text)).not.toContain('output-criterion');
    // The lead-in's last clause is the items' opening words, no criterion of its own.
    expect(parseStories(text)[0]!.criteria.map((c) => c.completes)).toEqual(['one person can', 'one person can']);
  });

  it('judges the items by who can do them, not by the situation the lead-in opens with', () => {
    const text = demo('After following the user guide to reach this page, visitors can:').replace(
      /1\. [^]*$/,
      '- Enter a minimum and maximum number of drug sales.\n- Click Submit.\n',
    );
    // "to reach this page" is how they got there, no target reached: the items are checks, no metric to complete.
    expect(rulesOn(text)).not.toContain('incomplete-metric');
    expect(parseStories(text)[0]!.criteria.map((c) => c.completes)).toEqual(['visitors can', 'visitors can']);
  });

  it('judges what is counted under "we want to know how many users…:" as the measure it names', () => {
    const text =
      '## Signin unblock\n\n**Who:** users whose logins are blocked\n**Outcome:** unblock their login by email\n' +
      "**Why:** blocked users abandon the login\n\n### How we'll know\n\n" +
      'As a high-level success metric, we want to know the following:\n\n' +
      '> Of all login attempts that were blocked, what percentage are completed successfully?\n\n' +
      'As a detailed metric of this feature, we want to know how many users...:\n\n' +
      '* Attempted to login (account.login.attempt)\n* Had unblock codes sent? (account.login.sentUnblockCode)\n';
    expect(rulesOn(text)).not.toContain('output-criterion');
    const criteria = parseStories(text)[0]!.criteria;
    // "… the following:" leads into what follows: no criterion of its own.
    expect(criteria.map((c) => c.text)).not.toContain('As a high-level success metric, we want to know the following:');
    expect(criteria.filter((c) => c.completes).map((c) => c.completes)).toEqual(['how many users', 'how many users']);
  });

  it('reads a sentence pointing at "the following metrics …:" as a lead-in, whatever comes after those words', () => {
    const text =
      '## Advanced search\n\n**Who:** package consumers\n**Outcome:** find the right package on the first page\n' +
      "**Why:** searching again wastes their time\n\n### How we'll know\n\n" +
      'Today we primarily track the following metrics to gauge the success of search on nuget.org:\n\n' +
      '* Clicks on first page %\n* Bounce rate\n';
    const criteria = parseStories(text)[0]!.criteria.map((c) => c.text);
    expect(criteria).toEqual(['Clicks on first page %', 'Bounce rate']);
    expect(rulesOn(text)).not.toContain('output-criterion');
  });

  it('reads "How we\'ll know we\'ve succeeded …:" over a list as the label it says, no criterion of its own', () => {
    const text = demo("How we'll know we've succeeded with our goals for the demo:");
    expect(parseStories(text)[0]!.criteria.map((c) => c.text)).toHaveLength(2);
  });

  it('reads a sentence naming the list it leads into ("The checks the team agreed …:") as no criterion', () => {
    for (const leadIn of [
      'The checks the team agreed for this story:',
      'Suggested user story criteria for meeting the [Definition of Done](/glossary/#done):',
    ]) {
      const text = demo(leadIn);
      expect(parseStories(text)[0]!.criteria.map((c) => c.text)).not.toContain(leadIn);
    }
    // A sentence that checks something of its own over the names that complete it is still a criterion.
    const formats = demo('Store managers can export the stock list in these formats:');
    expect(parseStories(formats)[0]!.criteria.map((c) => c.text)).toContain(
      'Store managers can export the stock list in these formats:',
    );
  });

  it('judges items under any other lead-in by their own words', () => {
    const text = demo('The demo MVP is done when the team has:');
    expect(rulesOn(text).filter((r) => r === 'output-criterion')).toHaveLength(2);
    expect(parseStories(text)[0]!.criteria.every((c) => c.completes === undefined)).toBe(true);
  });
});
