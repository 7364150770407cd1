import { describe, expect, it } from 'vitest';
import { buildWorkspaceIndex, lintDocument, lintText, prepareDocument } from '../index.js';
import { storyKey } from './duplicate-story.js';

// Detail added after the want's words keeps a twin ("… for ward patients in intensive care"); a word narrowing them
// inside ("… for ward intensive care patients") would name other patients.
const story = (n: number, extra = '') =>
  `- As a night-shift nurse, I want to see critical lab results for ward patients${extra}, so that I act ${n}.`;

describe('duplicate-story', () => {
  it('names the closest twin first and points at no more than three of them', () => {
    const text = [story(1), story(2, ' in intensive care'), story(3), story(4), story(5), story(6), ''].join('\n');
    const findings = lintText(text).findings.filter((f) => f.ruleId === 'duplicate-story');
    expect(findings).toHaveLength(6);
    const first = findings[0]!;
    expect(first.message).toMatch(/and 4 more/);
    expect(first.related).toHaveLength(3);
    // Story 2 shares fewer words with story 1 than the others do: it is never the closest twin.
    expect(first.message).not.toContain('intensive care');
    expect(first.related!.map((r) => r.message).join('\n')).not.toContain('intensive care');
  });
});

describe('duplicate-story on a passage, not a want', () => {
  // A paragraph pasted as one want ("I want 0 / I want 1 / …" down thousands of lines): comparing every pair of its
  // words would be quadratic in its length. Its opening words say what it is about; the rest is compared no more.
  const passage = (from: number) => Array.from({ length: 400 }, (_, i) => `term${from + i}`).join(' ');

  it('keys a passage by its opening words only', () => {
    const key = storyKey(passage(0));
    expect(key.size).toBe(120);
    expect(key.has('term0')).toBe(true);
    expect(key.has('term399')).toBe(false);
  });

  it('still pairs a passage with its copy', () => {
    const text = `## One

As a clerk, I want ${passage(0)}.

## Two

As a clerk, I want ${passage(0)}.
`;
    expect(lintText(text).findings.filter((f) => f.ruleId === 'duplicate-story')).toHaveLength(2);
  });
});

describe('duplicate-story on a plan listing stories again', () => {
  it('reads a story listed again word for word under a priority ("# MVP", "# Stretch") as itself, no twin', () => {
    const text = [
      '# User Stories',
      '## Stories of Maude',
      '* As a pet lover, Maude would like to know which hikes are pet-friendly.',
      '* As someone new to the area, Maude would like to see which trails start near her home.',
      '# MVP',
      '* As someone new to the area, Maude would like to see which trails start near her home.',
      '# Stretch',
      '* As a pet lover, Maude would like to know which hikes are pet-friendly.',
    ].join('\n\n');
    expect(lintText(text).findings.filter((f) => f.ruleId === 'duplicate-story')).toEqual([]);
    // Said another way under the priority, it is a second story still.
    const reworded = text.replace(/(# MVP\n\n\* .*)see which trails start/, '$1see the trails that start');
    expect(lintText(reworded).findings.filter((f) => f.ruleId === 'duplicate-story')).toHaveLength(2);
  });

  it('reads a story an overview lists and a section then details, word for word, as one story', () => {
    const text = [
      '| User Story | Assigned to |\n| --- | --- |\n' +
        '| 1.01 As a user, I want to register with my email address and a password so that I can sign in. | Naveen |',
      '## MVP 1:',
      '#### 1.01 As a user, I want to register with my email address and a password so that I can sign in.',
      '| Acceptance Criteria | Yes/No |\n| --- | --- |\n| User is taken to the login page | Yes |',
    ].join('\n\n');
    expect(lintText(text).findings.filter((f) => f.ruleId === 'duplicate-story')).toEqual([]);
  });
});

const paired = (a: string, b: string) =>
  lintText(`- ${a}\n- ${b}\n`).findings.some((f) => f.ruleId === 'duplicate-story');

describe('duplicate-story pairs stories that say the same thing, not stories sharing a template', () => {
  it('leaves apart a template with one slot filled differently', () => {
    expect(
      paired(
        'As an analyst, I want to identify persons in uploaded archive videos of the newsroom.',
        'As an analyst, I want to identify products in uploaded archive videos of the newsroom.',
      ),
    ).toBe(false);
  });

  it('leaves apart a slot filled differently even when its word comes back later in the want', () => {
    // "movies" is in both sets of words: the slot ("movies" / "video games") is told by where the words stand.
    expect(
      paired(
        'As a media consumer, I want recommendations for movies to watch based on other movies I have enjoyed.',
        'As a media consumer, I want recommendations for video games to watch based on other movies I have enjoyed.',
      ),
    ).toBe(false);
    // Seeing and viewing stay one action; a detail added to the same words stays a twin.
    expect(
      paired('As a reader, I want to see a publisher profile.', 'As a reader, I want to view a publisher profile.'),
    ).toBe(true);
    expect(
      paired(
        'As a shopper, I want to see my past orders, so that I can reorder.',
        'As a shopper, I want to see my past orders with their dates, so that I can reorder.',
      ),
    ).toBe(true);
  });

  it('leaves apart a want whose object a word narrows inside the same words: another report, not more detail', () => {
    const cities = 'As a user, I want to sort the cities of the world from largest to smallest population.';
    expect(paired(cities, cities.replace('the cities', 'the capital cities'))).toBe(false);
    // Detail after what both say is still detail of the same want.
    expect(paired(cities, cities.replace('population.', 'population in a report.'))).toBe(true);
  });

  it('pairs the same want under two role labels', () => {
    expect(
      paired(
        'As a DAMS manager, I want to know what collection an object belongs to.',
        'As a visitor, I want to know what collection an object belongs to.',
      ),
    ).toBe(true);
  });

  it('pairs a story with one that only adds detail to it', () => {
    expect(
      paired(
        'As a visitor, I want to see a list of all the summits, so that I can choose one.',
        'As a visitor, I want to see a list of all the summits with their dates, so that I can choose one.',
      ),
    ).toBe(true);
  });

  it('leaves apart a variant that names its own means, and a spike to find out how', () => {
    expect(
      paired(
        'As a researcher, I want to upload files before they are attached to a log book page.',
        'As a researcher, I want to upload files before they are attached to a log book page using the web interface.',
      ),
    ).toBe(false);
    expect(
      paired(
        'As a developer, I want to determine how agencies will generate and validate D files from FABS data.',
        'As an agency user, I want to generate and validate D files from FABS data.',
      ),
    ).toBe(false);
  });

  it('leaves apart another action on the same thing, and an opposite need', () => {
    expect(
      paired(
        'As a researcher, I want to record research publications in the repository with DMP records.',
        'As a researcher, I want to link research publications in the repository with DMP records.',
      ),
    ).toBe(false);
    expect(
      paired(
        'As a trainer, I want to create an event that is charged a listing fee.',
        'As an administrator, I want to create an event that is not charged a listing fee.',
      ),
    ).toBe(false);
    // Asking to join a group and declining such requests are two actions.
    expect(
      paired(
        'As a user, I want to request to join a group, so that I can join it.',
        'As an admin, I want to decline requests to join my group, so that I moderate membership.',
      ),
    ).toBe(false);
    // Scaling in and scaling out, signing up and signing in: the particle turns the action around.
    expect(
      paired(
        'As a cluster user, I want to automate scale-in of VM instances to optimize resource use.',
        'As a cluster user, I want to automate scale out of VM instances based on utilization.',
      ),
    ).toBe(false);
    expect(
      paired(
        'As a visitor, I want to sign up with my work email address.',
        'As a visitor, I want to sign in with my work email address.',
      ),
    ).toBe(false);
    // Wanting a thing and not wanting it: the "not" is in the keyword, and still opposite.
    expect(
      paired(
        'As a matchmaker, I want results that show each person paired with each movie.',
        'As a matchmaker, I do not want results that show each person paired with each movie and each genre.',
      ),
    ).toBe(false);
    // Sharing with other users or with those who are not users: opposite needs too.
    expect(
      paired(
        'As a Solid user I want to be able to share my data with other Solid users so that I can work efficiently.',
        'As a Solid user I want to be able to share my data with non Solid users so that I am not dependent on them.',
      ),
    ).toBe(false);
    // Inviting users of one's own organisation or of any organisation: another scope, another need.
    expect(
      paired(
        'As an organisation admin I want to be able to invite users that also work for my organisation.',
        'As a superuser I want to be able to invite users of any organisation.',
      ),
    ).toBe(false);
    expect(
      paired(
        'As a customer, I want to see the status of my orders from the shop.',
        'As a customer, I want to see the status of all my orders from the shop.',
      ),
    ).toBe(true);
    // A compound of three words is a name of its own, its order included.
    expect(
      paired(
        'As a parent I want to be able to use Speech-to-Text, so that I can compose a message.',
        'As a parent I want to be able to use Text-to-Speech, so that I can understand written information.',
      ),
    ).toBe(false);
    // Seeing and viewing are one way of looking at a thing.
    expect(
      paired(
        "As a consumer, I want to see a publisher's profile, so that I discover their packages.",
        "As a consumer, I want to view a publisher's profile, so that I see who is behind a package.",
      ),
    ).toBe(true);
  });
});

/** Each text an issue of its own, linted in one workspace: the titles of those with a duplicate-story finding. */
function pairedIssues(...texts: string[]): string[] {
  const docs = texts.map((text, i) => prepareDocument(text, `file:///issue-${i}.md`));
  const workspace = buildWorkspaceIndex(docs);
  return docs.flatMap((doc) =>
    lintDocument(doc, { uri: doc.uri, workspace }).findings.some((f) => f.ruleId === 'duplicate-story')
      ? [doc.stories[0]!.title ?? '']
      : [],
  );
}

/** A task of an epic, in the template its issues share: the epic's Goal, then the task's own work. */
const epicTask = (title: string, work: string) =>
  `# ${title}\n\n## Goal\n\nProvide in-app purchase support to the mobile app.\n\n` +
  `## What needs to be done\n\n- ${work}\n- Add a dummy API call for the backend\n`;

describe('duplicate-story on issues', () => {
  it("reads the same tracker item cited twice (a sprint page's Done list and its demo agenda) as one story", () => {
    const cite = (n: number, words: string) =>
      `* [#${n} - As a data analyst, I want ${words}](https://t.org/issues/${n})`;
    const done = cite(1845, 'to be told when my data has been submitted');
    const page = ['## Closed', done, '', '## Shown in the demo', `${done} - Talk through`, ''].join('\n');
    expect(lintText(page).findings.filter((f) => f.ruleId === 'duplicate-story')).toEqual([]);
    // Two items of the tracker saying the same thing are still twins.
    const twins = ['## Closed', done, cite(1846, 'to be told when my data has been submitted'), ''].join('\n');
    expect(lintText(twins).findings.filter((f) => f.ruleId === 'duplicate-story')).toHaveLength(2);
    // Cited from two documents of the workspace, it is one item too.
    const docs = [prepareDocument(page, 'file:///sprint-59.md'), prepareDocument(twins, 'file:///sprint-60.md')];
    const workspace = buildWorkspaceIndex(docs);
    const other = prepareDocument(['## Backlog', done, ''].join('\n'), 'file:///backlog.md');
    const found = lintDocument(other, { uri: other.uri, workspace }).findings.filter(
      (f) => f.ruleId === 'duplicate-story',
    );
    expect(found.map((f) => f.related?.map((r) => r.uri))).toEqual([['file:///sprint-60.md']]);
  });

  it('leaves apart one statement listed twice for two parts of the product ("(Backend)", "(Frontend)")', () => {
    const twice = (a: string, b: string) =>
      [
        `- As Milo, I should be able to create a post on the community page. ${a} (**8 pts**)`,
        `- As Milo, I should be able to create a post on the community page. ${b} (**8 pts**)`,
        '',
      ].join('\n');
    const twins = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'duplicate-story');
    expect(twins(twice('(Backend)', '(Frontend)'))).toEqual([]);
    // Tagged alike, or not at all, they are still twins.
    expect(twins(twice('(Backend)', '(Backend)'))).toHaveLength(2);
    expect(twins(twice('', ''))).toHaveLength(2);
  });

  it('reads a statement naming its item\'s number ("… #3008") and a link to that item as one item cited twice', () => {
    const summary = [
      '**Dev:**',
      '* As a software engineer, I want to be able to test django-admin-508 #3008',
      '* #2473 As a data analyst I want to be notified of approaching data deadlines',
      '### Raft Review',
      '* [#3008 As a software engineer, I want to be able to test django-admin-508](https://t.org/issues/3008)',
      '* [As a data analyst I want to be notified of approaching data deadlines](https://t.org/issues/2473)',
      '',
    ].join('\n\n');
    expect(lintText(summary).findings.filter((f) => f.ruleId === 'duplicate-story')).toEqual([]);
    // Another number is another item of the tracker: two saying the same thing are still twins.
    const twins = summary.replace('django-admin-508 #3008', 'django-admin-508 #3011');
    expect(lintText(twins).findings.filter((f) => f.ruleId === 'duplicate-story')).toHaveLength(2);
  });

  it('leaves apart the chores of one epic that share its Goal: each is the work its title names', () => {
    expect(
      pairedIssues(
        epicTask('[Chore] IAP: Implement Android refund for boosts', 'Implement Android refund for boosts'),
        epicTask('[Chore] IAP: Check the requirements for testing in-app purchase', 'Check the test accounts'),
      ),
    ).toEqual([]);
  });

  it('pairs two chores whose titles say the same once their kind tags are set aside', () => {
    expect(
      pairedIssues(
        epicTask('[Chore] Web: Reorganize Boost navigation links', 'Spec placements of Boost links'),
        epicTask('[Task] Web: Reorganize Boost navigation links', 'Move the Boost links'),
      ),
    ).toEqual(['[Chore] Web: Reorganize Boost navigation links', '[Task] Web: Reorganize Boost navigation links']);
  });

  it('leaves apart issues whose titles name different parts of the product: the difference is explicit', () => {
    const feature = (title: string) =>
      `# ${title}\n\n## Goal\n\nLet boosters create a boost from the Boost console without leaving it.\n`;
    // The design and the build of one feature, one platform and another.
    expect(pairedIssues(feature('UXD: Create Boost flow'), feature('Web: Create Boost flow'))).toEqual([]);
    expect(pairedIssues(feature('Create Boost flow'), feature('Create Boost flow (mobile)'))).toEqual([]);
    expect(pairedIssues(feature('UX&D: Create Boost flow'), feature('Create Boost flow'))).toEqual([]);
    // The same part twice, or a tag that only says it is a story, is no difference.
    expect(pairedIssues(feature('Web: Create Boost flow'), feature('Web: Create Boost flow'))).toHaveLength(2);
    expect(pairedIssues(feature('[Story] Create Boost flow'), feature('Create Boost flow'))).toHaveLength(2);
  });

  it("reads the statements of an issue as parts of what its title names: a design issue's and a build issue's", () => {
    const issue = (title: string) =>
      `# ${title}\n\n## Goal\n\n` +
      'As a user answering an offer, I want to know why the app asks to post on my behalf.\n\n' +
      'As a user answering an offer, I want to see what will be posted before agreeing to it.\n';
    const twins = (...titles: string[]) => {
      const docs = titles.map((title, i) => prepareDocument(issue(title), `file:///issue-${i}.md`));
      const workspace = buildWorkspaceIndex(docs);
      return docs.map(
        (doc) =>
          lintDocument(doc, { uri: doc.uri, workspace }).findings.filter((f) => f.ruleId === 'duplicate-story').length,
      );
    };
    expect(twins('UX&D: Clarify the Twitter connection', 'Clarify the Twitter connection')).toEqual([0, 0]);
    // Under titles naming the same part, the same statements are twins.
    expect(twins('Web: Clarify the Twitter connection', 'Web: Clarify the Twitter connection')).toEqual([2, 2]);
  });

  it('leaves apart one record and several: "has a probation record" / "has multiple probation records"', () => {
    expect(
      paired(
        'As a probation practitioner, I need to know whether a defendant has a probation record.',
        'As a court administrator, I need to know whether a defendant has multiple probation records.',
      ),
    ).toBe(false);
    expect(
      paired(
        'As a researcher, I want to upload a photo to my album.',
        'As a researcher, I want to upload several photos to my album.',
      ),
    ).toBe(false);
  });

  it('reads a name ending in a letter or a number ("Cocktail-Q", "Form-2") as a word of its own', () => {
    expect(
      paired(
        'As a logged in user, I want to delete my Cocktail-Q by clicking a Delete button wherever it is shown.',
        'As a logged in user, I want to delete my Cocktail-A by clicking a Delete button wherever it is shown.',
      ),
    ).toBe(false);
    expect(paired('As a clerk, I want to file a Form-2 for a tenant.', 'As a clerk, I want to file a Form-3.')).toBe(
      false,
    );
    // A word and its particle are still one word: "log-in" is "log in".
    expect(
      paired('As a member, I want a log-in page for my club.', 'As a member, I want a log in page for my club.'),
    ).toBe(true);
  });

  it('sees a title tag changed while the outcomes stayed the same (the index of the last lint is not reused)', () => {
    const feature = (title: string) =>
      `# ${title}\n\n## Goal\n\nLet boosters create a boost from the Boost console without leaving it.\n`;
    const paired = (docs: ReturnType<typeof prepareDocument>[], workspace: ReturnType<typeof buildWorkspaceIndex>) =>
      docs.filter((doc) =>
        lintDocument(doc, { uri: doc.uri, workspace }).findings.some((f) => f.ruleId === 'duplicate-story'),
      ).length;
    const before = [feature('Web: Create Boost flow'), feature('Web: Create Boost flow')].map((text, i) =>
      prepareDocument(text, `file:///issue-${i}.md`),
    );
    const first = buildWorkspaceIndex(before);
    expect(paired(before, first)).toBe(2);
    const after = [before[0]!, prepareDocument(feature('UXD: Create Boost flow'), 'file:///issue-1.md')];
    expect(paired(after, buildWorkspaceIndex(after, first))).toBe(0);
  });

  it("compares nothing of a statement still holding the template's words", () => {
    const unfilled = (title: string) =>
      `# ${title}\n\n**As a** _user_\n<br>**I want** _goal_\n<br>**so** _purpose_\n\n` +
      '**Acceptance criteria**\n\n- The list shows twenty services per page\n';
    expect(pairedIssues(unfilled('Implement page template'), unfilled('Revoke access delegation'))).toEqual([]);
  });
});
