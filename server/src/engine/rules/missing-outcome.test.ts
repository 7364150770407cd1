import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';

const fired = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'missing-outcome');

describe('missing-outcome', () => {
  it('says why a story written in a code block reads as empty: code is template text (SPEC §2)', () => {
    const text = [
      '# Job board',
      '## User Story',
      '```\nAS A recruiter\nI WANT a site where I can post about job opportunities\nSO THAT I can find candidates\n```',
      '## Acceptance Criteria',
      '```\nGIVEN a job board\nWHEN I visit it\nTHEN I see the postings\n```',
    ].join('\n\n');
    const found = lintText(text).findings.filter((f) => /empty/.test(f.message));
    expect(found.map((f) => f.ruleId).sort()).toEqual(['missing-outcome', 'missing-success']);
    for (const f of found) expect(f.message).toMatch(/in a code block, which is read as template text/);
    // An element left empty says nothing of code.
    expect(fired('# Job board\n\n## User Story\n\n## Why\n\nCandidates.\n')[0]!.message).not.toMatch(/code/);
  });

  it("stays quiet when an issue's own title asks for something, even after an area tag", () => {
    for (const title of [
      'Prompt shoppers to reorder from their last basket',
      'Mob: Allow decimals in tip amounts',
      'OSS - allow members of the programme to buy support at a discount',
      'Revise the welcome banner copy',
      'Logos should link to the matching section of the comparison page',
      '07 — Record a counter sale, cash and M-Pesa, split across payment lines',
      '3. Prompt shoppers to reorder',
    ]) {
      const body = 'Regulars rebuild the same basket every week by hand.';
      const text = `# ${title}\n\n${body}\n\n## Acceptance criteria\n\n- a reorder button on past orders\n`;
      expect(fired(text)).toEqual([]);
    }
  });

  it("stays quiet when a backlog item's own heading asks for something, after its ticket key", () => {
    const backlog = [
      '# Backlog — Issue Tracker',
      '## Open items',
      '### INFRA-5 — Move runtime artefacts into `.omega/runtime/`',
      '**Priority: mid**\n\nThe folder mixes authored and generated files.',
      'Acceptance criteria:\n- Sessions live under runtime',
      '### SESSION-3 Resume a session strictly',
      'A resumed session replays its history.\n\nAcceptance criteria:\n- A broken history stops the resume',
    ].join('\n\n');
    expect(fired(backlog)).toEqual([]);
    // A heading naming a topic asks for nothing.
    expect(fired(backlog.replace('Resume a session strictly', 'Strict session resumption'))).toHaveLength(1);
  });

  it('stays quiet when a heading at any depth asks for something, as use cases in a spec are named', () => {
    const spec = [
      '# Use cases for openDS',
      '## Use cases for science',
      '### Use case S1: Provide a universal way of discovery of specimens',
      'Open Digital Specimens aim to make specimens easily findable. It should provide one mechanism for all.',
      '### Use case S12: Linking taxonomic knowledge with type specimens',
      'As a curator, I want to maintain these links so that they do not rot.',
    ].join('\n\n');
    expect(fired(spec)).toEqual([]);
    // So does its first paragraph when it asks, under a heading naming a topic.
    expect(fired(spec.replace('Provide a universal way of', 'Universal'))).toEqual([]);
    // A use case named by its topic, whose fields say who and why and nothing asks, states no outcome.
    const fields = spec.replace(
      'Open Digital Specimens aim to make specimens easily findable. It should provide one mechanism for all.',
      '**Who:** a collection curator\n**Why:** specimens are hard to find',
    );
    expect(fired(fields.replace('Provide a universal way of', 'Universal'))).toHaveLength(1);
  });

  it("reads a keyed backlog item's body as an issue's: its first paragraph may suggest what is wanted", () => {
    const item = (body: string) =>
      ['# Marking tool backlog', '## Elaborated', '### IMP-1 - Configurable folders for marked files', body].join(
        '\n\n',
      );
    for (const body of [
      'Markers open files from anywhere today. As a result it is suggested that the tool features a set folder.',
      'The results page looks plain. It would be very valuable if the page were pre-rendered from the rubric.',
      'The rubric tool is outdated. It would be more appropriate to build a friendlier rubric editor.',
      'There is no documentation for the tool. An initial landing page should be created for it.',
      'When finalising the document, write a separate file containing the marks.',
    ])
      expect(fired(item(body)), body).toEqual([]);
    // How things are, with nothing asked: the topic of the heading is still no outcome.
    expect(fired(item('The current solution uses a single folder. Other universities use several.'))).toHaveLength(1);
    // An obligation told of today's tool is how things are, not what is asked.
    expect(fired(item('Each time the tool is selected, the value must be specified.'))).toHaveLength(1);
  });

  it("stays quiet when the first words under an issue's title ask for something", () => {
    const text = '# FE: Default value of validity\n\nChange the default validity to 3 hours instead of 1.\n';
    expect(fired(text)).toEqual([]);
    const topic = '# Default value of validity\n\nForecasters complain about the validity period.\n';
    expect(fired(topic)).toHaveLength(1);
  });

  it("stays quiet when an issue's first paragraph past the export's property lines says what the team will do", () => {
    const issue = (ask: string) =>
      '# CHK-231 Saved cards at checkout\n\n**Status:** Todo  \n**Priority:** High\nLabels: Feature\n\n' +
      `Returning shoppers on mobile re-type their card at every checkout. ${ask}\n\n` +
      '**Why:** a third of mobile shoppers abandon at the payment step.\n';
    expect(fired(issue('We should let them pay with the card saved last time.'))).toEqual([]);
    expect(fired(issue("We'd like to offer the card saved last time."))).toEqual([]);
    // How things are, with no one asking for anything, states no outcome.
    expect(fired(issue('They have to find their card every time.'))).toHaveLength(1);
  });

  it('stays quiet on a requirement whose first sentence says what the product shall or must do, at any depth', () => {
    for (const ask of [
      'The system SHALL validate log rotation settings during startup.',
      'The export must include every invoice of the quarter.',
    ]) {
      const text =
        '# Logging\n\n## Requirements\n\n### Requirement: Rotation\n\n' +
        `${ask}\n\n#### Scenario: Negative size\n\n- **WHEN** the size is -1\n- **THEN** startup fails\n`;
      expect(fired(text), ask).toEqual([]);
    }
    // A report's requirement listed after it ("… requires the following columns:") specifies it too; what something
    // requires today tells how things are.
    const report = (body: string) => `# Product Backlog\n\n## Country Report\n\n${body}\n\n▪ Code\n\n▪ Name\n`;
    expect(fired(report('A country report requires the following columns:'))).toEqual([]);
    expect(fired(report('The current report requires two clicks.'))).toHaveLength(1);
  });

  it("stays quiet on a requirement said in its Description property ('**Description**: System shall …')", () => {
    const text =
      '# 3.2 Non-Functional Requirements\n\n## NFR-007A: Mental Health Data Privacy\n\n' +
      '**Priority**: Critical | **Verification**: Inspection\n' +
      '**Description**: System shall protect mental wellness data with enhanced privacy controls.\n\n' +
      '**Requirements**:\n\n- Mental wellness data encrypted separately\n\n' +
      '**Rationale**: Mental health data is sensitive and needs extra protection to encourage honest logging.\n';
    expect(fired(text)).toEqual([]);
    // A description that says how things are asks for nothing.
    expect(fired(text.replace('System shall protect', 'Today nobody protects'))).toHaveLength(1);
  });

  it('stays quiet on a feature whose listed Description says whom it lets do what ("Allows creators to …")', () => {
    const feature = (description: string) =>
      '# System Specifications\n\n## Features\n\n### FEAT-001: Idea Management System\n\n' +
      `- **Description**: ${description}\n- **Priority**: High\n\n#### Acceptance Criteria\n\n` +
      '1. Creators can create ideas with a title of at most 100 characters\n';
    expect(fired(feature('Allows creators to create, edit and delete content ideas'))).toEqual([]);
    expect(fired(feature('Lets the audience vote on ideas with points'))).toEqual([]);
    // A description of what the thing is asks for nothing.
    expect(fired(feature('A table of ideas with their votes'))).toHaveLength(1);
  });

  it('stays quiet when a Description under the title says what people will be able to do', () => {
    const prd = (description: string) =>
      `# Recipe sharing\n\n## Description\n\n${description}\n\n## Acceptance Criteria\n\n- A recipe keeps its steps.\n`;
    for (const said of [
      'Home cooks can save recipes from any site and share them with friends.',
      'Members will be able to pause their subscription for up to three months.',
      'A home cook is able to save a recipe from any site. Then it shows in their book.',
      'Add a share button to every recipe.',
    ])
      expect(fired(prd(said)), said).toEqual([]);
    // What the product is made for, said of it in its overview.
    const useCase = prd(
      'The "Staffing" web application is designed to help small organizations manage event staffing.',
    ).replace('## Description', '_Modified July 11, 2019_\n\n## Overview');
    expect(fired(useCase)).toEqual([]);
    // A brief's tagline under its title, and the team saying what it will make for whom.
    for (const said of [
      'An app to track and budget your personal finances',
      'A platform that lets students swap textbooks on campus.',
      'We will be creating a cross platform app that will help users visualize their spending.',
    ])
      expect(fired(`# PennyTrax\n\n${said}\n\n## Team\n\nFour students.\n`), said).toEqual([]);
    expect(fired('# PennyTrax\n\nAn app written in Kotlin.\n\n## Team\n\nFour students.\n')).toHaveLength(1);
    // How things are today, or what people cannot do, asks for nothing.
    for (const said of [
      'Home cooks can currently only save recipes as bookmarks.',
      "Home cooks can't share a recipe without copying it by hand.",
      'Home cooks are not able to share a recipe.',
      'Home cooks lose recipes in their bookmarks.',
    ])
      expect(fired(prd(said)), said).toHaveLength(1);
    // Under Background, what people can do is the situation, not the ask.
    const background = prd('Home cooks can save recipes from any site.').replace('Description', 'Background');
    expect(fired(background)).toHaveLength(1);
    // A Summary heading with an emoji before its name, as GitHub templates write it, is still the summary.
    for (const heading of ['## :memo: Summary', '## 📝 Summary'])
      expect(fired(prd('Add a share button to every recipe.').replace('## Description', heading)), heading).toEqual([]);
  });

  it("stays quiet on a Gherkin feature's heading over its narrative, at any level", () => {
    const feature = [
      '[cancel]: - "#result = cancel(#months)"',
      '## Feature: A user cancels the deposit',
      'A customer is able to cancel the deposit earlier. In such case they receive the full amount.',
      '## Scenario: Calculate the amount transferred after the cancellation',
      'Given a one year long time deposit\n\nWhen I cancel the deposit after 6 months\n\nThen I have 100 pounds',
      '',
    ].join('\n\n');
    expect(fired(feature)).toEqual([]);
    // A narrative that only tells how things are asks for nothing.
    expect(fired(feature.replace('A customer is able to', 'Customers sometimes'))).toHaveLength(1);
  });

  it('stays quiet when the first paragraph wishes for something ("It would be convenient if …")', () => {
    const issue = (wish: string) =>
      `# Notification on new versions\n\nToday one has to check the release page. ${wish}\n\n` +
      '## Motivation\n\nUsers update late.\n';
    expect(fired(issue('It would be convenient if the shell itself notified the user on startup.'))).toEqual([]);
    expect(fired(issue('It would be nice to see the new version in the banner.'))).toEqual([]);
    expect(fired(issue('It will be good to show the new version in the banner.'))).toEqual([]);
    // A judgement of how things are wishes for nothing.
    expect(fired(issue('It would be hard to miss a release on the page.'))).toHaveLength(1);
  });

  it('stays quiet when an item opens describing the thing wanted and what people can do with it, at any depth', () => {
    const board = (description: string) =>
      '# Feature Requests — Post-Migration\n\nCaptured ideas, not commitments.\n\n' +
      `## FR-001 — Supporter portal (view-only)\n\n${description}\n\n` +
      '**Notes and open questions**\n\n- Source of truth\n';
    for (const said of [
      'A logged-in, view-only portal where members, donors, and volunteers can see their own contributions.',
      'A shared calendar that volunteers will be able to subscribe to from their phones.',
      'A board where coordinators can notify every volunteer of a change at once.',
    ])
      expect(fired(board(said)), said).toEqual([]);
    // A thing that people cannot use, or a description with no one doing anything, asks for nothing.
    for (const said of [
      "A portal where members can't see their contributions.",
      'A portal where members can only see their own name.',
      'A portal built on WordPress with a Stripe integration.',
    ])
      expect(fired(board(said)), said).toHaveLength(1);
  });

  it('still fires under a title that only names a topic, at any depth', () => {
    const topic = '# Clinic waiting times\n\n**Who:** parent booking a vaccination\n**Why:** the phone line is busy\n';
    expect(fired(topic)).toHaveLength(1);
    const nested = '## Reminders\n\n**Who:** parent booking a vaccination\n**Why:** slots are missed\n';
    expect(fired(nested)).toHaveLength(1);
    // A sub-heading asking for something says what is wanted, as an issue's title does.
    expect(fired(nested.replace('Reminders', 'Add reminders'))).toEqual([]);
  });

  it('fires on an empty Goal over a filled solution: the rewrite leaves a placeholder, not nothing', () => {
    const text =
      '# Clinic waiting times\n\n**Who:** parent booking a vaccination\n\n## Goal\n\n' +
      '## Proposed solution\n\nAdd a callback button to the booking page.\n';
    expect(fired(text)).toHaveLength(1);
    const rules = lintText(text).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('output-focused');
  });

  it('stays quiet on a spec whose user stories, each a story of its own, state its outcomes', () => {
    const spec =
      '# Developer tools\n\n## Goals\n\n### User stories\n\n' +
      '- As an **open source contributor**, I want:\n  - to run the API locally, so that I can test my changes\n\n' +
      '## Definition of done\n\n- [ ] the API runs locally in one command\n';
    expect(fired(spec)).toEqual([]);
    // Without the stories the empty Goals heading is still a missing outcome.
    expect(fired(spec.replace(/### User stories[^]*?\n\n## Definition/, '## Definition'))).toHaveLength(1);
  });
});
