import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { judgeCriterion, type CriterionKind } from './criterion.js';

const kind = (text: string) => judgeCriterion(text).kind;
const needsBaselineOrDate = (text: string) => {
  const j = judgeCriterion(text);
  return j.metric && !(j.hasBaseline && j.hasTimeframe);
};

describe('the kinds of criterion (SPEC §3)', () => {
  const cases: [string, CriterionKind][] = [
    ['9 in 10 new hires finish their paperwork before day one', 'outcome-signal'],
    ['Support tickets about payments fall', 'outcome-signal'],
    ['Checkout p95 under 2 s', 'outcome-signal'],
    ['Number of monthly active editors', 'outcome-signal'],
    // A KPI defined by its measure, with its article: "The percentage of testers who would use …".
    [
      '**Readiness Rate:** The percentage of testers who would use the letter for a real application.',
      'outcome-signal',
    ],
    ['The total is shown at the bottom of the basket', 'acceptance-check'],
    ['Target: Achieve 75-80% accuracy with context (up from 67% baseline)', 'outcome-signal'],
    // A number aimed at: a target the product's users reach, as a PRD's benchmarks state it.
    ['Achieve a minimum 4-star rating on app stores.', 'outcome-signal'],
    ['**User Feedback:** Achieve a minimum 4-star rating on app stores.', 'outcome-signal'],
    ['Aim for an average of 1 post per user per day and 3 interactions per post.', 'outcome-signal'],
    ['**User Adoption:** Measured by download numbers and active accounts.', 'outcome-signal'],
    // A target written as a comparison with a number, or as none at all.
    ['**Accuracy**: >90% successful NL2SQL translation on business queries', 'outcome-signal'],
    ['**User Satisfaction**: >4.5/5 rating in user feedback surveys', 'outcome-signal'],
    ['**Security**: Zero successful SQL injection attacks', 'outcome-signal'],
    // The number to watch, named by the verb that watches it.
    ['**Active Users:** Measure the number of active users on the app.', 'outcome-signal'],
    ['**Number of Downloads**: Track how many times the app has been downloaded from the app store.', 'outcome-signal'],
    ['Monitor daily and monthly active users (DAU/MAU) to understand engagement.', 'outcome-signal'],
    ['Track the bug in the issue tracker', 'task'],
    ['Monitor the deployment for an hour', 'task'],
    ['Patients who get the day-5 reminder collect within 48 hours: from 22% to 50% by the end of Q4', 'outcome-signal'],
    ['Drivers complete the vehicle check before leaving the depot', 'outcome-signal'],
    // A measure named with the value it must reach: a threshold, as a metrics list writes it.
    ['**Net Promoter Score (NPS)**: Target >50', 'outcome-signal'],
    ['**Task Success Rate**: Target >90%', 'outcome-signal'],
    // Test coverage held to a value is a gate on the work (a definition of done), not a change in the world.
    ['Router endpoint coverage: 100%', 'task'],
    ['Backend service coverage >95% on critical modules', 'task'],
    ['Unit test coverage > 80%', 'task'],
    // A measure that moves in a relative clause says which code the check is about.
    ['Code whose test coverage falls below a certain threshold will be blocked from merging', 'acceptance-check'],
    ['**Time to Value**: New user first success <24 hours', 'outcome-signal'],
    // Done "automatically", it is what the product does, not work reported done.
    ['All issues and PRs are automatically added to the relevant project boards', 'acceptance-check'],
    ['All issues are added to the project board', 'task'],
    ['DB migrations are automatically configured through scripts', 'task'],
    // Only the verb it stands before: the ERD documented is work, whatever updates it afterwards.
    ['An ERD is documented in a public place, and the ERD is automatically updated with the data model', 'task'],
    // What the team will see or track moving is the signal, not work of its own.
    ['We see an uptick in conversion from our website (after we advertise SSO)', 'outcome-signal'],
    ['We track SSO usage growing in analytics.', 'outcome-signal'],
    ["We're measuring how many live forms and questions use the select from a list of options", 'outcome-signal'],
    ['We are tracking how many users finish the form', 'outcome-signal'],
    ['We publish the guide', 'task'],
    // "We'll know this is successful when …" says what follows is the signal.
    [
      "We'll know this is successful when 5 target customers have adopted this tool, and given positive feedback.",
      'outcome-signal',
    ],
    // A measure named by its head: a share, a maximum.
    ['% of completions accepted', 'outcome-signal'],
    ['maximum number of reminders', 'outcome-signal'],
    ['% memory used on the app', 'outcome-signal'],
    ['\\# of registered users (in admin tool or New Relic?)', 'outcome-signal'],
    ['Avg time spent on each report', 'outcome-signal'],
    // A question of how many or how often names the measure; other questions are a template's prompts.
    ['How often do form creators try to add more than 4 file upload questions?', 'outcome-signal'],
    ['How many forms use a file upload question', 'outcome-signal'],
    ['We want to know how many users return within a week', 'outcome-signal'],
    // A capability with its subject left unsaid, as "Users can …" is.
    ['Able to generate Material Analysis and Labour Analysis', 'acceptance-check'],
    ['Can login to created accounts', 'acceptance-check'],
    ['Cannot login to deleted accounts', 'acceptance-check'],
    ["Can't see deleted items", 'acceptance-check'],
    ['Can easily find the button', 'vague'],
    ['Max number of messages in the queue at any point', 'outcome-signal'],
    // Measures named alone, as a metrics list names them.
    ['Website traffic', 'outcome-signal'],
    ['Number/Percent of scans completed', 'outcome-signal'],
    ['Success/failure counts for each of the pipeline steps', 'outcome-signal'],
    ['minimum RPS for registering reminders', 'outcome-signal'],
    // An absence to check is no thing to make exist.
    ['There are no known defects.', 'acceptance-check'],
    ['There is a runbook for the service', 'task'],
    // A template's instruction, set in italics as templates set them, fills in nothing.
    ['_Include links to Domo or Google Analytics Dashboards/Reports_', 'vague'],
    ['_**Limit 5-6 KPIs per product**__', 'vague'],
    ['Performance targets', 'vague'],
    // A label over sub-items, its version and all.
    ['Web Performance v0.2:', 'vague'],
    // People more or less likely to do something: a direction of their behaviour.
    ['Veterans are less likely to call for support.', 'outcome-signal'],
    ['Applicants are more likely to finish the form on their first visit', 'outcome-signal'],
    ['Veterans, their caregivers, and their advocates use the search tools more.', 'outcome-signal'],
    // The reason given for a change is no part of what is watched: "easier" says why people click.
    [
      'Users click on calls to action more frequently because they are easier to recognize on the page.',
      'outcome-signal',
    ],
    // A template's prompt asks a question and an unfilled slot says nothing: neither is observable.
    ["_What are the most important metrics that track with this product/initiative's success?_", 'vague'],
    ['Key result:', 'vague'],
    ['TBD', 'vague'],
    ['Tapping a cropped image shows the full image', 'acceptance-check'],
    ['Users can sign out', 'acceptance-check'],
    ['The option appears in the menu', 'acceptance-check'],
    ['Users can change the size of a map', 'acceptance-check'],
    ['Export of 5,000 invoices completes in under 10 seconds', 'acceptance-check'],
    ['Render the error message under the field', 'acceptance-check'],
    ['Matchmaking initiates within 500ms of tapping "Play"', 'acceptance-check'],
    ['Project save operations complete within 2 seconds for typical documents', 'acceptance-check'],
    ['Tests completed within 2 days', 'task'],
    ['Answers lock after first tap (no changing selection)', 'acceptance-check'],
    ['Votes update in real-time', 'acceptance-check'],
    ['Prices refresh in real time', 'acceptance-check'],
    // "Live" after a noun says it shipped: "New onboarding screens live" is work reported done.
    ['New onboarding screens live', 'task'],
    ['Shows recipe preview (ingredients, instructions summary)', 'acceptance-check'],
    ['Credentials never appear in logs or output', 'acceptance-check'],
    ['API implemented', 'task'],
    ['Tests written', 'task'],
    ['Docs updated', 'task'],
    ['Deployed to production', 'task'],
    ['Store the invoices in Cassandra', 'task'],
    ['New flow is documented', 'task'],
    ['A runbook has been drafted and shared with support', 'task'],
    ['Checkout is fast', 'vague'],
    ['The dashboard is intuitive', 'vague'],
    ['Works well on mobile', 'vague'],
    ['Performance is improved', 'vague'],
    ['Functional requirements:', 'vague'],
    [
      'If the scheduler finds that the service has been removed, the access grant is deleted from the database',
      'acceptance-check',
    ],
    ['Once the review passes, deploy the service to production', 'task'],
    // What the product does after an event or on one, as after a when-clause.
    ['After user confirmation, delete the recipe from the database.', 'acceptance-check'],
    ["On typing 'help', provide a short list of each command", 'acceptance-check'],
    ['After the release, deploy the docs site', 'task'],
    ['After submissions have been received, submissions are reviewed by a feedback panel', 'task'],
    ['Permalink at bottom of post', 'acceptance-check'],
    ['As a user, if I refresh the page, the list of clones keeps its order', 'acceptance-check'],
    ['Discoverability', 'vague'],
    ['Consumability of content', 'vague'],
  ];
  for (const [text, expected] of cases) it(`"${text}" is ${expected}`, () => expect(kind(text)).toBe(expected));

  it('asks no baseline of a threshold complete in itself: "< 2 seconds for all endpoints", "Zero data loss"', () => {
    for (const text of ['**API Response Time**: < 2 seconds for all endpoints', '**Data Integrity**: Zero data loss']) {
      expect(kind(text)).toBe('outcome-signal');
      expect(needsBaselineOrDate(text)).toBe(false);
    }
  });

  it('reads a verb of aiming as a target only with a number to aim at', () => {
    expect(kind('Achieve consistency across the screens')).not.toBe('outcome-signal');
    expect(kind('Achieve 99.9% uptime')).toBe('outcome-signal');
  });

  it('reads a demo\'s steps by what the watcher then sees ("… and see if it appears"), as a scenario by a Then', () => {
    expect(kind('Write the message, send it and see if it appears in the chat window.')).toBe('acceptance-check');
    expect(kind('Open the report and check that the totals match the ledger')).toBe('acceptance-check');
    // Steps alone are work to do; so is a check of the team's own gate.
    expect(kind('Write the message and send it to the team')).toBe('task');
    expect(kind('Run the unit tests and ensure that they all pass.')).toBe('task');
  });

  it('reads the product’s verb in the bare form as behaviour to check, after a place or a moment too', () => {
    expect(kind('Show notice to everyone until they dismiss it')).toBe('acceptance-check');
    expect(kind('In the service detail pane, display a warning icon and the reason')).toBe('acceptance-check');
    expect(kind('On composer, when pressing Post, ensure there is a confirm modal')).toBe('acceptance-check');
    // Compound nouns that open with such a verb are not asks.
    expect(kind('Load test with 500 concurrent users passes')).not.toBe('acceptance-check');
    expect(kind('Store the invoices in Cassandra')).toBe('task');
  });

  it('keeps a subject and its verb before a colon ("Header displays:"): a clause, not a label to drop', () => {
    expect(kind('Header displays: Agent name, avatar, status indicator')).toBe('acceptance-check');
    expect(kind('Error handling: Show retry button if send fails')).toBe('acceptance-check');
    expect(kind('Deliverable: Runbook drafted')).toBe('task');
  });

  it('reads the Then of a scenario as the product’s behaviour, never as work to do', () => {
    const scenario =
      'Given a user is on the feed, when the user scrolls to the last ranked post, then begin loading posts by date';
    expect(kind(scenario)).toBe('acceptance-check');
    expect(kind('Begin loading posts by date')).toBe('task');
  });

  it('ignores a checkbox: the box says nothing about the content', () => {
    expect(kind('[ ] Users can sign out')).toBe('acceptance-check');
    expect(kind('[x] Checkout is fast')).toBe('vague');
    expect(kind('[ ] Button added')).toBe('task');
  });

  it('reads a judgement on a behaviour with an object as something to check', () => {
    expect(kind('The page shows a clear error that names the missing field')).toBe('acceptance-check');
    expect(kind('Page loads quickly')).toBe('vague');
  });

  it('quotes the vague word, not the verb before it', () => {
    expect(judgeCriterion('Users find it intuitive').cue).toBe('intuitive');
  });

  it('reads a verb no list knows by agreement with its subject and the object after it', () => {
    expect(kind('The tooltip explains the badge')).toBe('acceptance-check');
    expect(kind('Deleting a workspace removes its boards')).toBe('acceptance-check');
    expect(kind('Invoices sent after midnight carry the next day’s date')).toBe('acceptance-check');
    // No agreement, no verb: a deliverable with an infinitive stays a task.
    expect(kind('Buttons to open the menu')).toBe('task');
    expect(kind('Migration script for existing records')).toBe('task');
  });

  it('finds the main verb after a relative clause or a participle on the subject', () => {
    expect(kind("Orders marked 'locker' show a locker number on the receipt")).toBe('acceptance-check');
    expect(kind('Pages that fail validation display a banner')).toBe('acceptance-check');
    expect(kind('Tenants who opted out get no reminders')).toBe('acceptance-check');
    expect(kind('Archived boards no longer appear in search results')).toBe('acceptance-check');
  });

  it('lets a verb of the product beat a subject that only looks like people ("orders", "folders")', () => {
    expect(kind('Orders for a locker show a locker number on the receipt')).toBe('acceptance-check');
    expect(kind('Folders list their files by date')).toBe('acceptance-check');
    expect(kind('Drivers complete the vehicle check before leaving the depot')).toBe('outcome-signal');
  });

  it("reads the team's work reported done as a task, whatever its subject names", () => {
    // "docs" before a participle is the subject's noun ("User docs completed"), not what a user does.
    expect(kind('User docs completed, reviewed and published (for user-facing changes)')).toBe('task');
    // Having something written, reviewed or documented is the work done.
    expect(kind('Your code has the necessary tests written')).toBe('task');
    // So is having a thing made: "have a published summary".
    expect(kind('**Key Result:** Staging and CI each have a published technical administration summary')).toBe('task');
    // A pull request or a commit is the team's own artefact.
    expect(kind('Pull request/commit includes bug number or JIRA number')).toBe('task');
    expect(kind('Failing CI blocks release/merge')).toBe('task');
    expect(kind('All linters are running cleanly in the CI environment')).toBe('task');
    expect(kind('The page has a banner at the top')).toBe('acceptance-check');
    expect(kind('The protocol has a name that is approved by the UX lead')).toBe('task');
    expect(kind('The report has a chart updated daily')).toBe('acceptance-check');
    expect(kind('Users read the docs before calling support')).toBe('outcome-signal');
  });

  it('reads what a person must or cannot do as the check it is, a condition on the person included', () => {
    // "when logged out" says when, inside the subject: the predicate is still "cannot access".
    expect(kind('User when logged out cannot access their user info.')).toBe('acceptance-check');
    // What the product makes a user do is behaviour to check, not work for the team.
    expect(kind('User must use new password to sign in afterwards.')).toBe('acceptance-check');
    expect(kind('The service must use OAuth 2')).toBe('task');
    expect(kind('Developers must use the shared linter config')).toBe('task');
  });

  it('reads what a person has done as a check, what was done to them or signed off by them as a task', () => {
    // A use case's postconditions: where the person is when the story works.
    expect(kind('The user has summarized metadata and the names of the files it is based on.')).toBe(
      'acceptance-check',
    );
    expect(kind('The user has completed onboarding')).toBe('acceptance-check');
    expect(kind('Stakeholders have been informed')).toBe('task');
    expect(kind('The Product Owner has reviewed the story')).toBe('task');
    expect(kind('The team has deployed the service')).toBe('task');
  });

  it("reads a definition of done's gate on the code as a task: reviewed, formatted, built, free of lint", () => {
    // Work done on the code, whatever the participle: the code is the team's own artefact.
    expect(kind('Code is pair-programmed or peer-reviewed (e.g. use pull-requests)')).toBe('task');
    expect(kind('The source code is formatted correctly')).toBe('task');
    // The code building or linting clean is the work's gate, its subject left unsaid as a checklist leaves it.
    expect(kind('Builds without errors')).toBe('task');
    expect(kind('There are no linting errors and warnings')).toBe('task');
    expect(kind('No linting errors')).toBe('task');
    // The product's own absences, and what it does to code, stay checks; a judgement on the code stays vague.
    expect(kind('There are no known defects')).toBe('acceptance-check');
    expect(kind('Code which fails any of these checks will be blocked from merging into `main`')).toBe(
      'acceptance-check',
    );
    expect(kind('`VButton` code component follows the design documentation specs.')).toBe('acceptance-check');
    expect(kind('Code quality is high')).toBe('vague');
    expect(kind('Builds take under 10 minutes')).toBe('outcome-signal');
  });

  it("reads an OKR's objective as vague: its key results are what is measured", () => {
    expect(kind('**Objective:** Continuity of process')).toBe('vague');
    expect(kind('Objective: Make explicit the channels of interfacing internally')).toBe('vague');
    expect(kind('Objective: Grow the community to 500 members by June')).toBe('outcome-signal');
  });

  it('reads a change named as a noun ("Reduction in …") as a direction, one counting nothing vague', () => {
    expect(kind('Reduction in release process duration')).toBe('outcome-signal');
    expect(needsBaselineOrDate('Reduction in release process duration')).toBe(true);
    expect(kind('Improvement in onboarding')).toBe('vague');
    expect(kind('Improvement in the 30-day retention rate')).toBe('outcome-signal');
    // So is the change named after what improves: "Usability improvements", "Latency improvements".
    expect(kind('Performance improvements when combined into a single process')).toBe('vague');
    expect(kind('Usability improvements to the search page')).toBe('vague');
    expect(kind('Latency improvements')).toBe('outcome-signal');
    expect(kind('Performance improvements of 20% on page load')).toBe('outcome-signal');
  });

  it('reads a change the product refuses ("must not be decreased") as a rule to check, not a move to measure', () => {
    expect(kind('Scores must not be decreased.')).toBe('acceptance-check');
    expect(kind('Prices must never be raised.')).toBe('acceptance-check');
    expect(kind('An error should be thrown indicating that scores must not be decreased.')).toBe('acceptance-check');
    // A change asked for, or a measure that must not move ("Error rate does not increase"), is still a direction.
    expect(kind('The price must be reduced.')).toBe('outcome-signal');
    expect(kind('Error rate does not increase.')).toBe('outcome-signal');
  });

  it('reads active users, counted or named alone, as a measure', () => {
    expect(kind('10 daily active users')).toBe('outcome-signal');
    expect(kind('Monthly active users')).toBe('outcome-signal');
    expect(needsBaselineOrDate('1000 weekly active members')).toBe(true);
    expect(kind('Active users can edit their profile')).toBe('acceptance-check');
  });

  it('counts nothing with the digits of a name ("ERC20 tokens", "S3 buckets")', () => {
    expect(needsBaselineOrDate('Request ERC20 tokens from wallet and chat')).toBe(false);
    expect(kind('Request ERC20 tokens from wallet and chat')).not.toBe('outcome-signal');
    expect(needsBaselineOrDate('Requests grow by 20 a week')).toBe(true);
  });

  it('reads a count of people, or of what they do, as a target to reach', () => {
    expect(kind('200 people signed up to the A-Frame Slack channel')).toBe('outcome-signal');
    expect(kind('100 new followers to the Nightly Twitter account')).toBe('outcome-signal');
    expect(kind('400 people are introduced to and starting to build with A-Frame')).toBe('outcome-signal');
    expect(kind('At least 200 add-on testers at events')).toBe('outcome-signal');
    // A count of what people do with the product: installs, shares, registrations.
    expect(kind('500 Nightly installs')).toBe('outcome-signal');
    expect(kind('500 social shares with #MozActivate, #WebVRCamp')).toBe('outcome-signal');
    expect(kind('1,000 registrations for the beta')).toBe('outcome-signal');
    // People named after what they do ("definition contributors"), not people a system holds at once.
    expect(kind('10 definition contributors')).toBe('outcome-signal');
    expect(kind('10,000 concurrent users')).not.toBe('outcome-signal');
    expect(kind('1 million users')).not.toBe('outcome-signal');
    expect(needsBaselineOrDate('500 Nightly installs')).toBe(true);
    // Not the verb of one person, nor things the team makes.
    expect(kind('The user installs the app from the store')).not.toBe('task');
    expect(kind('400 individual add-on tests')).not.toBe('outcome-signal');
    expect(needsBaselineOrDate('100 new followers to the Nightly Twitter account')).toBe(true);
    // The team's own people are no target, nor is a count alone or a count of things made.
    expect(kind('10,000 users')).not.toBe('outcome-signal');
    expect(kind('2 reviewers approved the pull request')).not.toBe('outcome-signal');
    expect(kind('2 developers reviewed the code')).toBe('task');
    expect(kind('3 screens designed')).toBe('task');
  });

  it('reads a measure named in bold and defined after it as a measure', () => {
    expect(kind('**Onboarding time** Time until new engineers are productive, measured as days to their 10th PR')).toBe(
      'outcome-signal',
    );
    expect(kind('**Context switching** We measure the number of different tools an engineer has to use')).toBe(
      'outcome-signal',
    );
    expect(kind('**Deploys to production** How many times an engineer pushes changes into production')).toBe(
      'outcome-signal',
    );
    // A bold lead over work to do is that work, and a scenario is judged by its Then.
    expect(kind('**Tests** Unit tests are written for every new component')).toBe('task');
    expect(kind('**Error handling implemented** for common failure cases')).toBe('task');
    expect(kind('**Given** I know how many items I have **When** I open the cart **Then** the cart lists them')).toBe(
      'acceptance-check',
    );
  });

  it('reads a setting on by default as the product’s state, not as work done', () => {
    expect(kind('The DHT is enabled by default in js-ipfs')).toBe('acceptance-check');
    expect(kind('Feature flag enabled')).toBe('task');
  });

  it('reads a phrasal verb opening the item as an order ("Write down …", "Set up …"), not a subject', () => {
    expect(kind('**Key Result:** Write down implicit team norms')).toBe('task');
    expect(kind('Set up monitoring alerts for the payment service')).toBe('task');
    expect(kind('Update notifications are sent within a minute')).toBe('acceptance-check');
  });

  it('reads an order to find something out as a task, the question it asks included', () => {
    expect(kind('Investigate why the build fails')).toBe('task');
    expect(kind('Determine what to do with Blurhash.')).toBe('task');
    expect(kind('Explore whether we can implement an image loader strategy without engine changes')).toBe('task');
    expect(kind('Evaluate design and what we want to do')).toBe('task');
    // What the product determines, or a person explores, is not the team's order.
    expect(kind('The service determines the region from the address')).toBe('acceptance-check');
    expect(kind('Shows why the payment failed')).not.toBe('task');
  });

  it('reads no predicate in a clause opened after a preposition ("a scenario of when the cluster fails")', () => {
    expect(kind('have a backup and recovery scenario of when the Scheduler cluster permanently fails')).toBe('task');
    expect(kind('The banner shows when the cluster fails')).toBe('acceptance-check');
  });

  it("reads a definition of done's gate on the work as a task: criteria met, a decision made", () => {
    expect(kind('Acceptance criteria are demonstrably met')).toBe('task');
    expect(kind('Acceptance Criteria in related issue are met')).toBe('task');
    expect(kind('Acceptance criteria are verified and fulfilled')).toBe('task');
    expect(kind('All UX requirements are satisfied')).toBe('task');
    expect(kind('Decision is made to move to the Backlog or Icebox columns, or close')).toBe('task');
    expect(kind('A decision has been made on where the code will live')).toBe('task');
    // A lead-in to the requirements listed under it says nothing itself; what people or the product do stays theirs.
    expect(kind('The following user experience (UX) requirements are satisfied:')).toBe('vague');
    expect(kind('Teachers are satisfied')).toBe('vague');
    expect(kind('Payments are made within 2 seconds of checkout')).not.toBe('task');
    expect(kind('Support staff answer the first contact before the adoption criteria are met')).not.toBe('task');
  });

  it('reads what several groups of people do as their behaviour, a verb that also names a count included', () => {
    expect(kind('Veterans, their caregivers, and their advocates visit a facility for assistance')).toBe(
      'outcome-signal',
    );
    expect(kind('Residents and visitors call in to report a repair')).toBe('outcome-signal');
    expect(kind('Students and teachers open their feedback within a day')).toBe('outcome-signal');
    // Counts of what people do, named as nouns, are measures still; a count's noun after one person is no verb.
    expect(kind('Member visits and page views')).toBe('outcome-signal');
    expect(kind('Partner calls are logged in the CRM')).not.toBe('outcome-signal');
    // Doing it more or less often is a direction to measure from a baseline by a date.
    expect(needsBaselineOrDate('Users click on calls to action more frequently because they stand out')).toBe(true);
    expect(needsBaselineOrDate('Users click on calls to action')).toBe(false);
  });

  it('never takes a thing named like people ("colors", "errors") for the people a change is for', () => {
    expect(kind('A colors screen should be added to the storybook screens')).toBe('task');
  });

  it('reads a means chosen with "uses" or "adopts" as a task', () => {
    expect(kind('The portal adopts the shared design system')).toBe('task');
    expect(kind('The service uses OAuth for sign-in')).toBe('task');
  });

  it('reads "make clear" as what the product tells people, not as a thing to make', () => {
    expect(kind('It should make clear the benefits of a Firefox Account')).toBe('acceptance-check');
    expect(kind('The page must make it obvious which plan is active')).toBe('acceptance-check');
    // Making a thing is still work: "It should make a new build for each platform".
    expect(kind('It should make a new build for each platform')).toBe('task');
  });

  it('reads what the product does once a time has passed as its behaviour ("remove … after 24 hours")', () => {
    expect(kind('It should remove expired cards from display after 24 hours')).toBe('acceptance-check');
    // After a step of the work, or said of the team, it is work.
    expect(kind('It should remove the legacy endpoint after the migration')).toBe('task');
    expect(kind('We should remove the feature flag after 2 weeks')).toBe('task');
  });

  it('reads a thing tied to an event as the product’s behaviour', () => {
    expect(kind('Warning banner if the session expires')).toBe('acceptance-check');
    expect(kind('Error message when the upload fails')).toBe('acceptance-check');
  });

  it('does not read a condition on the work, a hedge, a question or "check if" as a thing on an event', () => {
    expect(kind('Move the ticket to the backlog, if it fits')).toBe('task');
    expect(kind('Prune the stale branches, if any remain')).toBe('task');
    expect(kind('Check if the options come from the backend')).toBe('task');
    expect(kind('Are there any failed jobs when the flag is on?')).toBe('task');
  });

  it('does not take a subject that names the work for the product', () => {
    expect(kind('This milestone represents the public launch of the site')).toBe('task');
  });

  it('judges the sentence after a short label, not the label as its subject', () => {
    expect(kind('Data model: Deployed to the shared cluster')).toBe('task');
    expect(kind('Reminders: The app sends a reminder the day before')).toBe('acceptance-check');
    expect(kind('Components in phase 1 should have class documentation')).toBe('acceptance-check');
  });

  it('reads what the team says it does as its own work', () => {
    expect(kind('We have a checklist written for new starters')).toBe('task');
    expect(kind('We publish the guide on the wiki')).toBe('task');
    expect(kind('We can see the new field in the report')).toBe('acceptance-check');
    expect(kind('We see a 20% rise in sign-ups')).toBe('outcome-signal');
  });

  it('does not read a vague word inside a name', () => {
    expect(kind('Anyone can open the wiki at simpler.grants.gov')).toBe('acceptance-check');
  });

  it('reads no judgement in "as well" (also) or in a verb with its particle ("slow down")', () => {
    expect(kind('The spawn rate of the stingers should be low as well.')).toBe('acceptance-check');
    expect(kind('Time slow down')).toBe('task');
    expect(kind('Works well on mobile')).toBe('vague');
    expect(kind('The game is not slow')).toBe('vague');
  });
});

describe('what incomplete-metric asks a baseline and a timeframe of', () => {
  it('asks it of a measure with a target or a direction', () => {
    expect(needsBaselineOrDate('Conversion on the returns page rises to 20%')).toBe(true);
    expect(needsBaselineOrDate('Support tickets about payments fall')).toBe(true);
    expect(judgeCriterion('Calls fall from 400 to 100 a week')).toMatchObject({
      hasBaseline: true,
      hasTimeframe: false,
    });
  });

  it('not of thresholds, steps, times of day, counts inside behaviour, formats or versions', () => {
    for (const text of [
      'Export of 5,000 invoices completes in under 10 seconds',
      'Given my order is scheduled for 7:00',
      'When the courier is 5 minutes away',
      'A form with 12 fields',
      'Dates are ISO 8601',
      'The app runs on Android 14',
      // A number word in a compound counts nothing.
      'The app shows a one-time code and a two-factor prompt',
    ])
      expect(needsBaselineOrDate(text), text).toBe(false);
  });

  it('is satisfied by a baseline and a date', () => {
    expect(needsBaselineOrDate('Calls about missed pick-ups fall from 1,200 to 700 a month by 30 June')).toBe(false);
  });
});

describe('Given/When/Then scenarios', () => {
  const story = (criteria: string) =>
    '## Pick up a waiting order\n\n**Who:** shopper with an order at the counter\n' +
    "**Outcome:** be reminded that my order is waiting\n**Why:** people leave without it\n\n### How we'll know\n\n" +
    `${criteria}\n\n**If we don't:** orders pile up\n`;
  const criterionFindings = (text: string) =>
    lintText(text)
      .findings.filter((f) => /criterion|metric/.test(f.ruleId))
      .map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);

  it('judges a scenario by its Then part, never its Given or When lines', () => {
    const text = story(
      'Scenario: reminder\n\n- **Given** my order is scheduled for 7:00\n- **When** it is 6:55\n' +
        '- **Then** the app is intuitive\n- **And** the order is ready',
    );
    expect(criterionFindings(text)).toEqual(['unmeasurable-criterion **Then** the app is intuitive']);
  });

  it('reads scenario lines that are not list items the same way', () => {
    const text = story('Given my order is scheduled for 7:00\nWhen it is 6:55\nThen deployed to production');
    expect(criterionFindings(text)).toEqual(['output-criterion Then deployed to production']);
  });

  it('reads "Scenario 1:" and "<br />Given:" steps as one scenario, judged by its Then alone', () => {
    // A course template's Definitions of Done: "Scenario 1: …" over "<br />Given: …" lines.
    const text = story(
      'Scenario 1: User filtering the data correctly with one filter\n<br />Given: The user is on the Courses page\n' +
        '<br />When: The user adds 2 filters, then clicks the perform query button\n' +
        '<br />Then: The table lists only the courses that satisfy the filters\n\n' +
        'Scenario 2: No column\n<br />Given: no column is selected\n' +
        '<br />Then: There is an error saying "Please select a column" on the screen\n\n' +
        'Scenario 3: Deploying\n<br />Given: a release\n<br />Then: deployed to production',
    );
    expect(criterionFindings(text)).toEqual(['output-criterion <br />Then: deployed to production']);
  });

  it('reads the list a Then leads into ("Then the system:") as part of that Then, not as criteria of their own', () => {
    const text =
      '## Place an order\n\nAs an investor, I want to place an order in one step, so that I catch the price.\n\n' +
      '#### Scenario: Validate lot size\n\n**Given** the user enters a quantity  \n**When** it is not a multiple ' +
      'of 100  \n**Then** the system:\n- Shows error: "Quantity must be a multiple of 100 shares"\n' +
      '- Disables "Place Order" button\n- Highlights quantity field in red\n';
    expect(criterionFindings(text)).toEqual([]);
    // After the scenario, a criterion of its own is judged again.
    const after = story('- Given 3 orders wait\n- Then the app shows:\n- a badge\n\nDashboard implemented');
    expect(criterionFindings(after)).toEqual(['output-criterion Dashboard implemented']);
  });

  it('judges only the Then of a scenario under its own heading, never the lines that set its scene', () => {
    const scenario = (lines: string) =>
      '## Place an order\n\nAs an investor, I want to place an order in one step, so that I catch the price.\n\n' +
      `#### Scenario: All fields valid\n\n${lines}\n`;
    const scene =
      '**Given** an order form with:\n- Symbol: VNM (selected)\n- Quantity: 1000 (valid, multiple of 100)\n' +
      '- Price: 68.5 (within ceiling/floor)  \n**When** all fields are valid  \n**Then** the system:\n' +
      '- Enables the "Place Order" button\n- Displays estimated cost: "68,500,000 VND"';
    expect(criterionFindings(scenario(scene))).toEqual([]);
    expect(
      criterionFindings(scenario('- **WHEN** the release is approved\n- **THEN** deployed to production')),
    ).toEqual(['output-criterion **THEN** deployed to production']);
  });

  it('never asks the Then of a scenario for a baseline or a timeframe: its numbers belong to the scenario', () => {
    const scenario =
      'Scenario: export a quarter\n  Given I have 40 invoices in Q1\n  When I export Q1\n' +
      '  Then one ZIP with 40 PDFs downloads';
    expect(criterionFindings(story(scenario))).toEqual([]);
    const oneItem = '- Given 40 invoices in Q1, when I export Q1, then one ZIP with 40 PDFs downloads';
    expect(criterionFindings(story(oneItem))).toEqual([]);
    expect(judgeCriterion('Then one ZIP with 40 PDFs downloads').metric).toBe(false);
  });

  it('never lints Gherkin in a code fence', () => {
    const text = story(
      '- Orders collected on the day rise from 70% to 90% by June\n\n```gherkin\nGiven x\nThen the app is fast\n```',
    );
    expect(criterionFindings(text)).toEqual([]);
  });
});
