import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll } from '../fix/apply-edits.js';
import { lintText } from '../lint.js';

/** The output-focused finding on `text`, if any. */
const findingOf = (text: string) => lintText(text).findings.find((f) => f.ruleId === 'output-focused');

/** The output-focused rewrite of `text`, applied alone. */
function rewrite(text: string): string {
  const finding = findingOf(text);
  expect(finding?.fix).toBeDefined();
  return applyEdits(text, finding!.fix!.edits);
}

describe('output-focused message', () => {
  it('quotes the means from its own line of a Goal written as a list, not on into the next item', () => {
    const text =
      '# Bakery site\n\n## Goal\n\n1. Customers reach the bakery via email or Instagram\n2. Customers see prices\n';
    expect(findingOf(text)?.message).toContain('("via email or Instagram")');
  });

  it('quotes the words as one line of single spaces, whatever emphasis the author put around them', () => {
    const text = 'As a volunteer, I want to sign in using **OAuth2** and **MFA**, so that my account is safe.\n';
    expect(findingOf(text)?.message).toContain('("using OAuth2 and MFA")');
  });
});

describe('output-focused rewrite of a Goal section', () => {
  it('moves a Goal written as a list into Proposed solution as the same list', () => {
    const text = [
      '# Template update',
      '',
      '## Goal',
      '',
      '- Update the GitLab template to match mobile needs.',
      '- Review the entire template',
      '',
      '## Acceptance criteria',
      '',
      '- [ ] Release managers find every release step in the template',
      '',
    ].join('\n');
    const fixed = rewrite(text);
    // Run into the label's line, "- Update …" would stop being an item.
    expect(fixed).toContain(
      '**Proposed solution:**\n\n- Update the GitLab template to match mobile needs.\n- Review the entire template\n',
    );
    expect(fixed).toContain('## Goal\n\n<what changes for them?>');
    const solution = lintText(fixed).stories[0]!.elements.solution!;
    expect(solution.text).toBe('- Update the GitLab template to match mobile needs.\n- Review the entire template');
  });

  it('keeps a one-item Goal list an item', () => {
    const text = '# Superminds console\n\n## Goal\n\n- Create a management console for Supermind requests\n';
    expect(rewrite(text)).toContain('**Proposed solution:**\n\n- Create a management console for Supermind requests');
  });

  it('moves a nested list out to the field as the first item stood', () => {
    const text = [
      '# Search API',
      '',
      '## Summary',
      '',
      '* **What**',
      '  * **Expand the data model** beyond the single opportunity table',
      '  * **Enhance the Search API** endpoint to allow most basic search',
      '* **Why**',
      '  * Allows us to expand from a title field to filters',
      '',
    ].join('\n');
    const fixed = rewrite(text);
    expect(fixed).toContain(
      '**Proposed solution:**\n\n* **Expand the data model** beyond the single opportunity table\n' +
        '* **Enhance the Search API** endpoint to allow most basic search\n\n',
    );
  });

  it('leaves a one-line want on the label line', () => {
    const text = 'As a shopper, I want a dropdown to pick a store, so that I collect my order nearby.\n';
    expect(rewrite(text)).toContain('**Proposed solution:** a dropdown to pick a store');
  });

  it('keeps a Goal’s benefit as the outcome and moves only the means it names', () => {
    const text = [
      '# Highlight comments',
      '',
      '## Goal',
      '',
      'Increase reach and engagement for Minds+ subscribers by highlighting their comments in comment threads.',
      '',
      "## How we'll know",
      '',
      '- Replies to Minds+ comments rise from 2 to 3 per comment by the end of May',
      '',
    ].join('\n');
    const fixed = rewrite(text);
    expect(fixed).toContain('## Goal\n\nIncrease reach and engagement for Minds+ subscribers.\n');
    expect(fixed).toContain('**Proposed solution:** By highlighting their comments in comment threads');
    const after = lintText(fixed);
    // The benefit is the outcome and its aim the why: nothing asks for them again.
    expect(after.stories[0]!.elements.outcome!.text).toBe('Increase reach and engagement for Minds+ subscribers.');
    const left = after.findings.map((f) => f.ruleId);
    for (const id of ['output-focused', 'missing-outcome', 'missing-why']) expect(left).not.toContain(id);
  });
});

describe('output-focused rewrite of a request that gives its reason', () => {
  it('keeps the reason as the why and moves the rest of the request', () => {
    const text = [
      '# Cash in Supermind onboarding',
      '',
      '## Goal',
      '',
      'Remove references to cash in the Supermind onboarding modals, ' +
        'since sending cash is not supported in the iOS app.',
      '',
    ].join('\n');
    const fixed = rewrite(text);
    expect(fixed).toContain('**Why:** Since sending cash is not supported in the iOS app.\n');
    expect(fixed).toContain('**Proposed solution:** Remove references to cash in the Supermind onboarding modals\n');
    expect(fixed).toContain('## Goal\n\n<what changes for them?>');
    const left = lintText(fixed).findings.map((f) => f.ruleId);
    // The story still had its why; the rewrite must not make it ask for one.
    expect(left).not.toContain('missing-why');
  });

  it('keeps a reason on the first line of a Goal of several paragraphs, and moves the rest with the request', () => {
    const text = [
      '# Admin reports',
      '',
      '## Goal',
      '',
      'Fix the admin report queue so that it loads in under a second.',
      '',
      'See the Sentry issue for the slow query.',
      '',
    ].join('\n');
    const fixed = rewrite(text);
    expect(fixed).toContain('**Why:** So that it loads in under a second.\n');
    expect(fixed).toContain(
      '**Proposed solution:**\n\nFix the admin report queue\n\nSee the Sentry issue for the slow query.\n',
    );
    expect(lintText(fixed).findings.map((f) => f.ruleId)).not.toContain('missing-why');
  });

  it('offers no rewrite when the why is read from the request’s prose and no clause of it can be kept apart', () => {
    // Moved whole into Proposed solution, the reason would go with it and missing-why would ask for it.
    const text = [
      '# Export button',
      '',
      '## Goal',
      '',
      'Move the export button, which makes exports faster for admins, to the toolbar.',
      '',
      'See the mockups in the design file.',
      '',
    ].join('\n');
    expect(findingOf(text)).toBeDefined();
    expect(findingOf(text)!.fix).toBeUndefined();
  });

  it('leaves the reason in the request when the story gives its why elsewhere', () => {
    const text = [
      '# Live metrics',
      '',
      '## Goal',
      '',
      'Implement live updating metrics on posts to increase real time engagement',
      '',
      '**Why:** creators leave when their posts look dead',
      '',
    ].join('\n');
    expect(rewrite(text)).toContain(
      '**Proposed solution:** Implement live updating metrics on posts to increase real time engagement',
    );
  });
});

describe('output-focused rewrite naming the persona', () => {
  const goal = (personas: string) =>
    [
      '# Multiple images',
      '',
      '## Personas',
      '',
      personas,
      '',
      '## Goal',
      '',
      'Support posts with multiple images',
      '',
    ].join('\n');

  it('quotes the one persona a Personas list names, without its bullet or its full stop', () => {
    expect(rewrite(goal('- Core Minds creators.'))).toContain('<what changes for the Core Minds creators?>');
  });

  it('names a persona called by name as it is written: "for Milo", not "for the Milo"', () => {
    const story = '- As Milo, I should be able to see a sign-up page (UI)\n';
    expect(findingOf(story)?.message).toContain('Say what changes for Milo;');
    expect(rewrite('- As a Milo fan, I want a sign-up page, so that I join.\n')).toContain('for the Milo fan?>');
  });

  it('says "them" when the role is in code and what is left is no name ("As an `Admin`, …")', () => {
    expect(findingOf('- As an `Admin`, I should be able to click a button `add admin`.\n')?.message).toContain(
      'Say what changes for them;',
    );
    expect(findingOf('- As a `General User`, on the home page I should see a tab of links.\n')?.message).toContain(
      'Say what changes for them;',
    );
  });

  it('says "them" for a list of several personas, or an empty item', () => {
    expect(rewrite(goal('- New users\n- Creators'))).toContain('<what changes for them?>');
    expect(rewrite(goal('-'))).toContain('<what changes for them?>');
    // A task item left empty names nobody either: not "the [ ]".
    expect(rewrite(goal('- [ ] '))).toContain('<what changes for them?>');
  });

  it('says "them" for a stand-in ("N/A"), and puts no "the" before a whole population', () => {
    expect(rewrite(goal('N/A'))).toContain('<what changes for them?>');
    expect(rewrite(goal('Everyone on Minds'))).toContain('<what changes for everyone on Minds?>');
    expect(rewrite(goal('All users'))).toContain('<what changes for all users?>');
  });
});

describe('output-focused rewrite of a statement written a part to a paragraph', () => {
  it('rewrites the want in its own paragraph and leaves the who and the why where they are', () => {
    const text =
      '## Export\n\n**_As a_** night nurse\n\n**_I want_** a button to export\n\n**_So that_** I act in time.\n';
    const rewritten = rewrite(text);
    const kept = ['## Export', '**_As a_** night nurse', '**_I want_** <what changes for the night nurse?>'];
    expect(rewritten.startsWith([...kept, '**_So that_** I act in time.\n'].join('\n\n'))).toBe(true);
    expect(rewritten).toContain('**Proposed solution:** a button to export');
    // Fixed with every other fix, the why is still read: no ", so that …" is added to the want.
    const fixed = fixAll(text, (t) => lintText(t).findings).text;
    expect(fixed).not.toContain(', so that');
    expect(lintText(fixed).stories[0]!.elements.why?.text).toBe('I act in time');
  });
});

describe('output-focused on a Problem section', () => {
  const problem = (title: string, ...lines: string[]) =>
    [`# ${title}`, '', '## Problem to solve', '', ...lines, ''].join('\n');
  const snippets = 'Snippets must be copy/pasted out of GitLab into a file when they are needed elsewhere';
  const tooltips = 'Label tooltips hold links, and a tooltip disappears as soon as the pointer leaves the label.';

  it('reports the means it names but offers no rewrite: a situation is no request to move', () => {
    const text = problem('Snippets in the editor', `${snippets}.`);
    expect(findingOf(text)).toBeDefined();
    expect(findingOf(text)!.fix).toBeUndefined();
  });

  it('leaves one that says what the situation costs: it describes a problem, and names where things stand', () => {
    expect(
      findingOf(problem('Snippets in the editor', `${snippets}, which makes reuse slow and error prone.`)),
    ).toBeUndefined();
  });

  it('leaves one that asks for nothing: the screen it names is where things stand, not a request', () => {
    expect(findingOf(problem('Links in label tooltips', tooltips))).toBeUndefined();
  });

  it('judges the whole section once a sentence of it asks', () => {
    expect(
      findingOf(problem('Links in label tooltips', tooltips, 'The links should open in a popover instead.')),
    ).toBeDefined();
  });
});

describe('output-focused on a Goal that tells how things are', () => {
  const goal = (...lines: string[]) => ['# Readable sizes', '', '## Goal', '', ...lines, ''].join('\n');

  it('leaves one that opens with the situation and asks for nothing', () => {
    const situation = 'Right now, we show disk usage and `cloneDiffSize` in bytes in the API responses.';
    expect(findingOf(goal(situation, '', 'For humans, a readable size is much more convenient.'))).toBeUndefined();
    // Once it asks, it is judged.
    expect(findingOf(goal(situation, '', 'The API responses should show the sizes in a dropdown.'))).toBeDefined();
  });
});

describe('output-focused on a section that holds story statements', () => {
  const section = (...lines: string[]) => ['# Connecting an account', '', '## Goal', '', ...lines, ''].join('\n');

  it('judges what each statement wants, not the who or what runs on after it', () => {
    const text = section(
      'As a user replying to a request, I want to know why we ask to post on my behalf when I connect with Twitter.',
      '',
      'As an owner of an object on the map, I can update and delete the object. No one else can.',
    );
    expect(findingOf(text)).toBeUndefined();
  });

  it('reads the statements line by line whatever the line ends: CRLF or a lone CR', () => {
    const lines = [
      'As a user replying to a request, I want to know why we ask to post on my behalf.',
      '',
      'As an editor, I want a dropdown to pick the category.',
    ];
    for (const eol of ['\r\n', '\r']) {
      expect(
        findingOf(
          section(...lines)
            .split('\n')
            .join(eol),
        )?.message,
      ).toContain('"dropdown"');
    }
  });

  it('reports the statement that asks for a widget', () => {
    const text = section(
      'As a user replying to a request, I want to know why we ask to post on my behalf.',
      '',
      'As an editor, I want a dropdown to pick the category.',
    );
    expect(findingOf(text)?.message).toContain('"dropdown"');
  });
});

describe('output-focused never reads template text', () => {
  const section = (name: string, ...middle: string[]) =>
    [
      '# Export',
      '',
      `## ${name}`,
      '',
      'People should take their data with them.',
      '',
      ...middle,
      '',
      'People should leave with everything they made.',
      '',
    ].join('\n');

  it('leaves a widget named in an HTML comment or a fenced code block between the paragraphs', () => {
    for (const name of ['Goal', 'Problem to solve', 'Outcome']) {
      expect(findingOf(section(name, '<!-- Use a dropdown in the settings page -->'))).toBeUndefined();
      expect(findingOf(section(name, '```', 'dropdown: settings page', '```'))).toBeUndefined();
    }
  });

  it('leaves a story statement written in a comment: it states nothing', () => {
    expect(findingOf(section('Goal', '<!-- As an admin, I want a dropdown to pick the format. -->'))).toBeUndefined();
  });

  it('still reads a code identifier written as inline code in the request', () => {
    expect(findingOf(section('Goal', 'The export should fill `publishStatus` for every item.'))).toBeDefined();
  });
});

describe('output-focused on a want written as a noun phrase', () => {
  it('reports the thing a statement names with no article to tell ("I want visual appraisal tools")', () => {
    const finding = findingOf('As an archivist, I want visual appraisal tools for digital records.');
    expect(finding?.message).toContain('a thing to build ("tools")');
  });

  it('leaves a technology the want is measured against ("as easy to install as a Google Analytics tracker")', () => {
    const story =
      'As a repository admin, I would like the tracking snippet to be as easy to install as a google analytics ' +
      "tracker, so I don't need extra infrastructure.";
    expect(findingOf(story)).toBeUndefined();
    // Asked for, it is the means.
    expect(findingOf('As a repository admin, I want a google analytics tracker, so that I see visits.')).toBeDefined();
  });

  it('leaves the same words after "I want to": there the want opens with a doing', () => {
    expect(findingOf('As an archivist, I want to appraise digital records in visual tools.')).toBeUndefined();
    expect(findingOf('As an archivist, I want to read appraisal reports.')).toBeUndefined();
  });

  it('reads a bare verb after "I can" or "I should" as the want\'s doing, not as a noun phrase', () => {
    expect(findingOf('As a manager, I can approve tools for my team.')).toBeUndefined();
    expect(findingOf('As a manager, I should approve tools for my team.')).toBeUndefined();
    expect(findingOf('As a manager, I need approval tools for my team.')).toBeDefined();
  });

  it('leaves a noun phrase whose head is no thing to build, or one that asks things to be some way', () => {
    expect(findingOf('As an archivist, I want access to content files that comprise an object.')).toBeUndefined();
    expect(findingOf('As an archivist, I want faster appraisal of digital records.')).toBeUndefined();
    expect(findingOf('As a visitor, I want pages to load fast.')).toBeUndefined();
  });
});
