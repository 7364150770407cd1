import { describe, expect, it } from 'vitest';
import { judgeGoal, judgeOutcome, judgeOutcomeFor } from './outcome.js';

describe('judgeOutcome', () => {
  it('reads a widget or a technology opening the want as its verb, not as the thing asked for', () => {
    expect(judgeOutcome('to map lines in my dataset from geographic data')).toBeUndefined();
    expect(judgeOutcome('to add a map to the page')).toMatchObject({ cue: 'map' });
  });

  it('does not count an interaction the person wants fewer of', () => {
    expect(judgeOutcome('validate my data with a minimum of clicks')).toBeUndefined();
    expect(judgeOutcome('validate my data with fewer clicks')).toBeUndefined();
    expect(judgeOutcome('click on the address so that a map opens')).toBeDefined();
  });

  it('reads "when using X" as the situation, not the means', () => {
    expect(judgeOutcome('to review my orders when using Shopify')).toBeUndefined();
    expect(judgeOutcome('to review my orders using Shopify')).toMatchObject({ kind: 'technology' });
  });

  it("reads a passive after the person's verb as what the object is for", () => {
    expect(judgeOutcome('to schedule a message to users to be shown between select times')).toBeUndefined();
    expect(judgeOutcome('the invoices to be archived nightly')).toMatchObject({ kind: 'system' });
  });

  it("never takes a link's address for the means: it says where something is", () => {
    expect(judgeOutcome('see the release notes at https://example.com/notes')).toBeUndefined();
    expect(judgeOutcome('use [cert-manager](https://cert-manager.io/) issued TLS certificates')).toMatchObject({
      cue: 'TLS',
    });
  });

  it('reads clicks that are counted as a measure, not as a way of doing', () => {
    expect(judgeOutcome('better control of their ads to improve their click through rates')).toBeUndefined();
    expect(judgeOutcome('report on how many link clicks their ad drove')).toBeUndefined();
    expect(judgeOutcome('track how often users click into a listing from the search results')).toBeUndefined();
    expect(judgeOutcome('click on the address so that a map opens')).toMatchObject({ kind: 'ui' });
  });

  it('knows a bottom sheet for a widget and pressing Enter for an interaction', () => {
    expect(judgeOutcome('get a confirmation in a bottom sheet to restart the app')).toMatchObject({ kind: 'ui' });
    expect(judgeOutcome('submit the form by pressing enter on the keyboard')).toMatchObject({ kind: 'ui' });
  });

  it('asks what heads the object: "the provenance of the page" is no page', () => {
    expect(judgeOutcome('see the provenance of the page in the search results')).toBeUndefined();
    expect(judgeOutcome('view a dashboard of my sales')).toMatchObject({ kind: 'artifact' });
  });

  it('reads previewing or visualising what will happen as seeing it: the product named is where it goes', () => {
    expect(judgeOutcome('visualize what will be posted to Twitter before agreeing to it')).toBeUndefined();
    expect(judgeOutcome('preview what will be posted to Twitter before agreeing to it')).toBeUndefined();
    expect(judgeOutcome('post my replies to Twitter via the Twitter API')).toMatchObject({ kind: 'technology' });
  });
});

describe('judgeOutcome: the want of real backlogs', () => {
  it('reads the nouns of its lists in the plural too', () => {
    expect(judgeOutcome('have services to support the long term curation of data')).toMatchObject({
      cue: 'services',
    });
    expect(judgeOutcome('promote my work through interactive maps')).toMatchObject({ kind: 'technology' });
  });

  it('counts a file format the result is to come in, not one that is searched', () => {
    expect(judgeOutcome('export a transcript of a game as a HTML file')).toMatchObject({ cue: 'as a HTML file' });
    expect(judgeOutcome('export a description as EAD')).toMatchObject({ kind: 'technology' });
    expect(judgeOutcome('search in PDF files for a phrase')).toBeUndefined();
  });

  it('counts a named product as the actor, but not named people or a capitalised verb', () => {
    expect(judgeOutcome('New Relic to provide useful data across all applications')).toMatchObject({
      kind: 'system',
    });
    expect(judgeOutcome('have Symplectic Elements to communicate')).toMatchObject({ kind: 'system' });
    expect(judgeOutcome('have Team Leads to approve my requests')).toBeUndefined();
    expect(judgeOutcome('Move to the next step')).toBeUndefined();
  });

  it('reads a file format downloaded as the form prescribed, and a storage system as a technology', () => {
    expect(judgeOutcome('download a CSV of the data that is used in any visualisation')).toMatchObject({
      kind: 'technology',
      cue: 'download a CSV',
    });
    expect(judgeOutcome('download a summary of my sales')).toBeUndefined();
    expect(judgeOutcome('store archived data on existing storage systems')).toMatchObject({ cue: 'storage systems' });
  });

  it('reads a named actor telling or helping the person as what the person gets', () => {
    expect(judgeOutcome('have ALFRED to remind people to exercise regularly')).toBeUndefined();
    expect(judgeOutcome('have ALFRED to help to motivate me during the week')).toBeUndefined();
    expect(judgeOutcome('have ALFRED to propose training that promotes complex thinking')).toBeUndefined();
    expect(judgeOutcome('have ALFRED to offer training for specific muscle groups')).toBeUndefined();
    expect(judgeOutcome('have ALFRED to schedule my appointments')).toMatchObject({ kind: 'system' });
  });

  it('reads a quality asked of the system as an outcome', () => {
    expect(judgeOutcome('have the application respond quickly to my actions')).toBeUndefined();
    expect(judgeOutcome('have a tool to perform author authority control')).toMatchObject({ kind: 'artifact' });
  });

  it('reads access, a state and a way to do something as the person’s, not as a thing asked for', () => {
    expect(judgeOutcome('have access to the content files for an object')).toBeUndefined();
    expect(judgeOutcome('have files adequately described')).toBeUndefined();
    expect(judgeOutcome('have a visual way of viewing files uploaded over a time period')).toBeUndefined();
  });

  it('reads a technology in what the person learns as its topic', () => {
    expect(judgeOutcome('learn about how GitHub is used')).toBeUndefined();
    expect(judgeOutcome('use GitHub for our issues')).toMatchObject({ cue: 'GitHub' });
  });

  it('reads a technology in what the person checks, verifies or is told about as its topic', () => {
    expect(
      judgeOutcome('evaluate the completeness of my Kubernetes support matrix in the context of the Kubernetes API'),
    ).toBeUndefined();
    expect(
      judgeOutcome('verify that the features I rely on in Kubernetes are supported on my cluster'),
    ).toBeUndefined();
    expect(
      judgeOutcome('be instructed on how to check my cluster for potential impacts of API removal'),
    ).toBeUndefined();
    expect(judgeOutcome('get notified if the Prometheus servers are acting strange')).toBeUndefined();
    // The means of checking or of being told is still prescribed.
    expect(judgeOutcome('verify my identity using Login.gov')).toMatchObject({ kind: 'technology' });
    expect(judgeOutcome('get notified via Slack')).toMatchObject({ kind: 'technology' });
  });

  it('reads visibility into something as learning about it', () => {
    expect(judgeOutcome('visibility into which APIs that will be removed are currently in use')).toBeUndefined();
    expect(judgeOutcome('have visibility into the API usage of my tenants')).toBeUndefined();
    expect(judgeOutcome('have the API usage of my tenants')).toBeDefined();
  });

  it('reads "using" in a clause of its own as the activity, not as the means', () => {
    expect(
      judgeOutcome('audit that the git-fetch Task I am using in my Pipeline only exposes the SSH key'),
    ).toBeUndefined();
    expect(judgeOutcome('prevent pods from using CSI ephemeral volumes unless I deem the driver safe')).toBeUndefined();
    expect(judgeOutcome('attach volumes using CSI drivers')).toMatchObject({ kind: 'technology' });
  });

  it('does not take an ordinary agent of a passive for the means, but a named one', () => {
    expect(judgeOutcome('receive information from ALFRED by speech technology')).toMatchObject({ kind: 'technology' });
    expect(judgeOutcome('hide any perspective contributed by a plugin')).toBeUndefined();
    expect(judgeOutcome('see the files stored by the database')).toBeUndefined();
    expect(judgeOutcome('have my payments handled by PayPal')).toBeDefined();
    expect(judgeOutcome('receive reports by SFTP')).toMatchObject({ kind: 'technology' });
    expect(judgeOutcome('be notified by email when a build fails')).toMatchObject({ kind: 'technology' });
  });

  it('reads a widget word with an object after it as a verb', () => {
    expect(judgeOutcome('alias (or map) an item from one collection to another')).toBeUndefined();
  });

  it('does not count a particular screen unless it is named as the place', () => {
    expect(judgeOutcome('see how the form looks on a sample page')).toBeUndefined();
    expect(judgeOutcome('find a link on the sponsorships page')).toMatchObject({ kind: 'ui' });
  });

  it("does not count the person's own screen as a place prescribed: it is where their things already are", () => {
    expect(judgeOutcome('include additional details in my profile page about me')).toBeUndefined();
    expect(judgeOutcome('include additional details on the profile page')).toMatchObject({
      kind: 'ui',
      cue: 'on the profile page',
    });
  });

  it('counts speech interaction, video calls and sensors as technologies', () => {
    expect(judgeOutcome('use ALFRED as much as possible with speech interaction')).toMatchObject({
      cue: 'speech interaction',
    });
    expect(judgeOutcome('use video calls in case of emergency')).toMatchObject({ cue: 'video calls' });
    expect(judgeOutcome('do guided exercises while sensors capture my health data')).toMatchObject({ cue: 'sensors' });
  });

  it('counts the system failing in a case the person names as a behaviour chosen for them', () => {
    const want = 'ensure that application creation fails if any of its datasets cannot be created';
    expect(judgeOutcome(want)).toMatchObject({ kind: 'system', cue: 'ensure that application creation fails' });
    expect(judgeOutcome('ensure that the import never fails')).toBeUndefined();
    expect(judgeOutcome('ensure that I do not fail the audit')).toBeUndefined();
  });

  it('counts a command line and speech recognition as technologies, and validation as the system at work', () => {
    expect(judgeOutcome('restore the deleted data package via cli')).toMatchObject({ kind: 'technology' });
    expect(judgeOutcome('search content items using automatic speech recognition')).toMatchObject({
      kind: 'technology',
    });
    expect(judgeOutcome('my data to be validated when I publish it')).toMatchObject({ kind: 'system' });
  });

  it('does not count a technology things come from as the means: it is where they are now', () => {
    expect(judgeOutcome('delete parents from the database')).toBeUndefined();
    expect(judgeOutcome('import data from a Google Spreadsheet')).toBeUndefined();
    expect(judgeOutcome('store the emergency contacts in a database')).toMatchObject({ cue: 'database' });
  });

  it('counts games asked for as things to build', () => {
    expect(judgeOutcome('have some games that show me how good my memory is')).toMatchObject({ cue: 'games' });
    expect(judgeOutcome('play games with my friends')).toBeUndefined();
  });

  it('counts the system behaviour the person asks to be assured of', () => {
    expect(judgeOutcome('be assured that the digital copy I deposit is stored redundantly')).toMatchObject({
      kind: 'system',
    });
    expect(judgeOutcome('be assured that the assets can be taken out of the repository')).toBeUndefined();
  });

  it('does not take the means from "by …ing" an ordinary thing, nor from a past relative clause', () => {
    expect(judgeOutcome('clean up the directory by removing off-line services')).toBeUndefined();
    expect(judgeOutcome('rearrange the hierarchy by dragging an item')).toMatchObject({ kind: 'ui' });
    expect(judgeOutcome('refund money that was processed last week')).toBeUndefined();
  });

  it('reads "make some updates to" as "update"', () => {
    expect(judgeOutcome('make some updates to the SQL codes for clarity')).toMatchObject({ kind: 'task' });
  });

  it("reads choosing a technology as the team's task", () => {
    expect(judgeOutcome('to adopt tools that are intuitive and easy to use')).toMatchObject({ kind: 'task' });
    expect(judgeOutcome('to evaluate and select the appropriate database type')).toMatchObject({ kind: 'task' });
    expect(judgeOutcome('the deployment services we select to be compliant')).toMatchObject({ kind: 'task' });
    expect(judgeOutcome('to select the grants I want to apply for')).toBeUndefined();
  });

  it('reads being told, however it happens, as information the person gets', () => {
    expect(judgeOutcome('be automatically notified when updates are available')).toBeUndefined();
    expect(judgeOutcome('the system to automatically notify me when updates are available')).toBeDefined();
  });

  it('reads a document about a technology as information, not as the technology', () => {
    expect(judgeOutcome('the search functionality to be outlined in the API docs')).toBeUndefined();
    expect(judgeOutcome('search the catalogue through the API')).toBeDefined();
  });

  it('reads a widget that only holds what is asked for as the product, not as a widget asked for', () => {
    expect(judgeOutcome('to have access to the data behind the dashboard')).toBeUndefined();
    expect(judgeOutcome("the dashboard's key insights to be easy to understand")).toBeUndefined();
    expect(judgeOutcome('a dashboard of overdue invoices')).toMatchObject({ kind: 'ui', cue: 'dashboard' });
  });

  it('does not take an example in an aside as the means asked for', () => {
    expect(judgeOutcome('to have access to real data during the challenge (e.g. through an API)')).toBeUndefined();
    expect(judgeOutcome('to have access to real data through an API')).toMatchObject({ kind: 'technology' });
  });

  it('reads "using" after a preposition as the activity and "browse through" as the way in, not as means', () => {
    expect(judgeOutcome('to get help if I have trouble in using ALFRED')).toBeUndefined();
    expect(judgeOutcome('to log in using Active Directory credentials')).toMatchObject({ kind: 'technology' });
    expect(judgeOutcome('to browse through files in a collection')).toBeUndefined();
    // Nor is sorting, searching or sifting through a collection a means: the collection is what is gone through.
    expect(judgeOutcome('to be able to sort through the FAQ efficiently')).toBeUndefined();
    expect(judgeOutcome('to search through past orders')).toBeUndefined();
    expect(judgeOutcome('to share files through Dropbox')).toMatchObject({ kind: 'technology' });
    // What someone works through is the way too.
    expect(judgeOutcome('to capture my score as I work through the card game')).toBeUndefined();
  });

  it('reads signing in with a named provider as the means, and with ordinary credentials as none', () => {
    expect(judgeOutcome('to sign in with Login.gov')).toMatchObject({ kind: 'technology', cue: 'with Login.gov' });
    expect(judgeOutcome('to log in with my account name and password')).toBeUndefined();
    expect(judgeOutcome('to share reports with my team')).toBeUndefined();
  });

  it("reads the system's doing in an indirect question as what the person says or learns", () => {
    expect(judgeOutcome('to indicate where my data will be stored during the project')).toBeUndefined();
    // Getting information about something, or being informed of it, is learning about it: the thing is the topic.
    expect(judgeOutcome('get information about any data field')).toBeUndefined();
    expect(judgeOutcome('get informed about missing fields')).toBeUndefined();
    // "if" asks it as "whether" does: the person chooses, the system's doing is what they choose about.
    expect(judgeOutcome('to choose if unassigned cards should be displayed or not')).toBeUndefined();
    expect(judgeOutcome('my data to be stored in two places')).toMatchObject({ kind: 'system' });
  });

  it('reads a technology word opening the want before a particle as its verb, and before a noun as a noun', () => {
    expect(judgeOutcome('to be able to zoom into visual content')).toBeUndefined();
    expect(judgeOutcome('HDF5 integration')).toMatchObject({ kind: 'technology' });
  });

  it('reads a technology term whose first word opens the want as its verb and the object after it', () => {
    expect(judgeOutcome('to search index cards and other non-public finding aids')).toBeUndefined();
    expect(judgeOutcome('to rebuild the search index every night')).toMatchObject({ kind: 'technology' });
  });

  it('reads the person\'s own thing as theirs, not as a thing to build: "modify my application"', () => {
    expect(judgeOutcome('Modify my Application')).toBeUndefined();
    expect(judgeOutcome('update our weekly report')).toBeUndefined();
    expect(judgeOutcome('modify the application')).toMatchObject({ kind: 'task', cue: 'application' });
  });

  it("reads a participle after the person's own verb as saying which things, not the system at work", () => {
    expect(judgeOutcome('to approve scheduled disposal of data')).toBeUndefined();
    expect(judgeOutcome('transfer files and communication stored in project management software')).toBeUndefined();
    expect(judgeOutcome('use the configured catalog categories in the Developer Catalog')).toBeUndefined();
    expect(judgeOutcome('to confirm the recruiter is set up and working properly')).toMatchObject({ kind: 'system' });
    expect(judgeOutcome('have my files stored in two places')).toMatchObject({ kind: 'system' });
  });

  it('reads a technology the person is told about as the topic, not the means', () => {
    expect(judgeOutcome('be warned if webhooks are slow and risk the user experience')).toBeUndefined();
    expect(judgeOutcome('be notified via a webhook when a build fails')).toMatchObject({ kind: 'technology' });
  });

  it('reads going back to a page as where the person goes, not as a page asked for', () => {
    expect(judgeOutcome('to be able to get back to the home page quickly and easily')).toBeUndefined();
    expect(judgeOutcome('to have a home page that lists my courses')).toMatchObject({ cue: 'home page' });
  });

  it('reads a technology the person does something by as the means: "by IP address"', () => {
    expect(judgeOutcome('to restrict access to some files by IP address')).toMatchObject({
      kind: 'technology',
      cue: 'by IP address',
    });
    expect(judgeOutcome('to sort my files by date')).toBeUndefined();
    expect(judgeOutcome('to reach the reading room files without being filtered by IP address')).toBeUndefined();
  });

  it('counts speech as a way of working the product and a thumbnail as a widget', () => {
    expect(judgeOutcome('to insert my meetings into the calendar using speech')).toMatchObject({
      kind: 'technology',
    });
    expect(judgeOutcome('to see thumbnails of images')).toMatchObject({ kind: 'ui', cue: 'thumbnails' });
  });

  it('counts the parts of a search screen: a drawer, a loading message, pagination', () => {
    expect(judgeOutcome('to open and close the filter drawer reliably')).toMatchObject({ cue: 'filter drawer' });
    expect(judgeOutcome('to see a loading message when searching')).toMatchObject({ cue: 'loading message' });
  });
});

describe('judgeOutcomeFor', () => {
  it("does not count the technology the who names as a means: it is the person's own product", () => {
    const want = 'reliable uptime for the API';
    expect(judgeOutcome(want)).toMatchObject({ cue: 'API' });
    expect(judgeOutcomeFor(want, 'consumer of the API')).toBeUndefined();
    expect(judgeOutcomeFor(want, 'site visitor')).toMatchObject({ cue: 'API' });
  });

  it("does not count a widget the who names either: a map owner's map is their own", () => {
    const want = 'manipulate the fog of war on a map';
    expect(judgeOutcome(want)).toMatchObject({ cue: 'map' });
    expect(judgeOutcomeFor(want, 'game master or map owner')).toBeUndefined();
    expect(judgeOutcomeFor(want, 'player')).toMatchObject({ cue: 'map' });
  });

  it("does not count the person's own work on what the who says they work on as the team's task", () => {
    const want = 'deploy a new version of a dataset type without affecting its instances';
    expect(judgeOutcomeFor(want, 'dataset developer')).toBeUndefined();
    expect(judgeOutcomeFor('upgrade my cluster', 'cluster administrator')).toBeUndefined();
    // A role alone names nothing worked on: the developer deploying is the team at work.
    expect(judgeOutcomeFor(want, 'developer')).toMatchObject({ kind: 'task', cue: 'deploy' });
    expect(judgeOutcomeFor(want, 'site visitor')).toMatchObject({ kind: 'task', cue: 'deploy' });
  });

  it('does not count as a task the doing the who is named for: a host hosts, a publisher publishes', () => {
    expect(judgeOutcomeFor('be able to host a Lingo Bingo game during my webinar', 'host of a webinar')).toBe(
      undefined,
    );
    expect(judgeOutcomeFor('host a game during my webinar', 'attendee')).toMatchObject({ kind: 'task', cue: 'host' });
  });

  it('counts the task when the thing the who works on is only mentioned, or names the people again', () => {
    const select = 'select tools that satisfy both the current and future needs of the project';
    expect(judgeOutcomeFor(select, 'project maintainer')).toMatchObject({ kind: 'task' });
    const host = 'host a public event in which open source contributors are invited to submit code';
    expect(judgeOutcomeFor(host, 'open source contributor')).toMatchObject({ kind: 'task', cue: 'host' });
  });

  it("still judges the rest of a want whose task is the person's own", () => {
    expect(judgeOutcomeFor('upgrade my cluster via a Helm chart', 'cluster administrator')).toMatchObject({
      kind: 'technology',
      cue: 'via a Helm chart',
    });
  });

  it('still finds another means in the same want, at its place in the want', () => {
    const want = 'the API to send me a nightly CSV export';
    const judged = judgeOutcomeFor(want, 'consumer of the API');
    expect(judged).toBeDefined();
    expect(want.slice(judged!.start, judged!.end)).toBe(judged!.cue);
    expect(judged!.cue).not.toBe('API');
  });
});

describe('judgeGoal', () => {
  it("reads a Goal written as an order to the team as the team's work", () => {
    expect(judgeGoal('Move the permalink to the bottom')).toMatchObject({
      kind: 'task',
      cue: 'Move the permalink to the bottom',
    });
    expect(judgeGoal('- Create management console for users to accept requests')).toMatchObject({ kind: 'task' });
    expect(judgeGoal('Record 4sec of device gyroscope and accelerometer data')).toBeDefined();
  });

  it('reads a Goal opening with what people get, or which number moves, as a change for them', () => {
    expect(judgeGoal('Allow users to see how well their boost is doing while it runs')).toBeUndefined();
    expect(judgeGoal('Increase engagement by increasing visits to the Discovery tab')).toBeUndefined();
  });

  it('reads the means a benefit is to be reached by as what is asked, unless it is one more result', () => {
    expect(judgeGoal('Increase accessibility of boost settings by adding a cog to the boost console')).toMatchObject({
      kind: 'system',
      cue: 'by adding a cog to the boost console',
    });
    expect(judgeGoal('Communicate the change through the use of an in-feed notice')).toBeDefined();
    expect(judgeGoal('Increase engagement by increasing visits to the Discovery tab')).toBeUndefined();
    expect(judgeGoal('Avoid confusion when using the term "swap tokens"')).toBeUndefined();
  });

  it("reads knowing and looking as what the person does, not as the team's work", () => {
    expect(judgeGoal('Know by 6 am which orders will miss the first truck')).toBeUndefined();
    expect(judgeGoal('See which of my invoices are overdue')).toBeUndefined();
  });

  it('reads the verb after an adverb: "Clearly communicate …" opens with what people get', () => {
    expect(judgeGoal('Clearly communicate the change to users through the use of an in-feed notice')).toMatchObject({
      kind: 'system',
      cue: 'through the use of an in-feed notice',
    });
    expect(judgeGoal('Clearly communicate the change to users')).toBeUndefined();
    expect(judgeGoal('Quickly move the permalink to the bottom')).toMatchObject({ kind: 'task' });
    expect(judgeGoal('Apply the new colours to the composer')).toMatchObject({ kind: 'task' });
  });

  it('reads a means whose doing has a word before it: "by lazy loading screens"', () => {
    expect(judgeGoal('Improve the startup speed by lazy loading screens')).toMatchObject({
      cue: 'by lazy loading screens',
    });
  });

  it('reads keeping things some way as one more result, as making them so', () => {
    expect(judgeGoal('Avoid worries about ads on your own pages by keeping self-owned pages ad-free')).toBeUndefined();
  });

  it('reads showing people information as what they get, unless what is shown is a widget or a screen', () => {
    expect(
      judgeGoal('Help customers understand their return by displaying the cost per thousand views'),
    ).toBeUndefined();
    expect(
      judgeGoal('Show the return for buyers by reporting on how many link clicks their order drove'),
    ).toBeUndefined();
    expect(judgeGoal('Help customers understand their return by displaying a banner on the home page')).toMatchObject({
      means: true,
    });
  });

  it('reads "add value" as a benefit, not as adding a thing', () => {
    expect(
      judgeGoal('- Add value to the Plus subscription\n- Give customers more control of their content'),
    ).toBeUndefined();
    expect(judgeGoal('Add a value field to the subscription form')).toMatchObject({ kind: 'task' });
  });
});

describe('judgeOutcome of a want written as a noun phrase', () => {
  it('reads the head of the phrase as the thing asked for', () => {
    expect(judgeOutcome('natural language processing tools for appraisal', undefined, 'noun')).toMatchObject({
      kind: 'artifact',
      cue: 'tools',
    });
    expect(judgeOutcome('clear links', undefined, 'noun')).toMatchObject({ cue: 'links', start: 6, end: 11 });
  });

  it('does not read a want of unknown form, or one that opens with a verb, that way', () => {
    expect(judgeOutcome('natural language processing tools for appraisal')).toBeUndefined();
    expect(judgeOutcome('read the latest report', undefined, 'noun')).toBeUndefined();
  });

  it('reads "the ability to …" as asking for the capability, and judges what follows it', () => {
    expect(judgeOutcome('the ability to export reports', undefined, 'noun')).toBeUndefined();
    // What follows is a verb and its object, known to the lists or not: "append" asks for no reports.
    expect(judgeOutcome('the ability to append metadata to my reports', undefined, 'noun')).toBeUndefined();
    expect(judgeOutcome('monthly reports', undefined, 'noun')).toMatchObject({ cue: 'reports' });
    expect(judgeOutcome('the option to export reports as a PDF file', undefined, 'noun')).toMatchObject({
      kind: 'technology',
    });
  });
});
