/**
 * Judges whether the want of a story (the "I want" part or the Outcome field) names an
 * output — a UI element, a technology, a technical task, a system behaviour chosen as the
 * means — rather than a change for the person (SPEC §3, "Output or outcome").
 *
 * The want is read as a verb phrase. A person doing or learning something (search,
 * upload, see, pay) is an outcome unless the phrase also prescribes how: a UI widget, a
 * named mechanism ("via Shibboleth"), an interaction ("click on"). Asking for a thing (a
 * tool, a dashboard, an integration), for a technical task (migrate, deploy), or for the
 * system to behave a certain way ("the system to send…", "data loaded") is an output.
 * Words the person wants to avoid ("without a paper form") never count.
 */

export type OutputKind = 'ui' | 'technology' | 'task' | 'system' | 'artifact';

export interface OutputJudgement {
  kind: OutputKind;
  /** What gave it away, for the message. */
  cue: string;
  /** Offsets of the cue in the judged text. */
  start: number;
  end: number;
}

const alt = (list: string) => list.trim().split(/\s*\|\s*/).map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+')).join('|');
const wordRe = (list: string, flags = 'i') => new RegExp(String.raw`(?<![\w-])(?:${alt(list)})(?![\w-])`, flags);

/** Lead-ins that carry no meaning of their own: "be able to", "have the ability to". */
const LEAD_IN = /^(?:(?:to|really|also|just|simply|then)\s+)*(?:(?:be\s+able\s+(?:to\s+)?|be\s+able\s+|have\s+the\s+(?:ability|option|possibility|opportunity|means)\s+to\s+|be\s+allowed\s+to\s+|be\s+given\s+the\s+(?:ability|option)\s+to\s+|have\s+a\s+way\s+to\s+|be\s+enabled\s+to\s+|easily\s+|quickly\s+))+/i;

/** Widgets and screens: naming one prescribes the solution whatever the verb. */
const STRONG_UI = wordRe(`
  button | buttons | dropdown | dropdowns | drop-down | drop down | pull-down | drop-down menu | navigation menu | menu item |
  menu bar | context menu | checkbox | check box | checkboxes | radio button | toggle | slider | tooltip | popup | pop-up |
  pop up | modal | dialog box | banner | sidebar | side bar | toolbar | tool bar | navbar | nav bar | breadcrumbs | carousel |
  wizard | widget | widgets | icon | icons | landing page | home page | homepage | search page | results page | admin page |
  splash screen | dashboard | dashboards | chart | charts | graph | graphs | pie chart | map display | timeline display |
  ui | ux | gui | wysiwyg | wysiwyg editor | search box | search bar | text box | textbox | text field | input field |
  progress bar | spinner | countdown timer | timer | step counter | new tab | tab | tabs | link in the menu | hyperlink |
  push notification | push notifications | email digest | barcode scanner | qr code | admin view | map`);
/** Screens and parts of screens that are also ordinary words: they count when asked for. */
const WEAK_UI = wordRe(`page | pages | screen | screens | form | forms | field | fields | view | display | interface |
  layout | theme | template | templates | editor | link | links | list view | web page | webpage`);
const STRONG_TECH = wordRe(`
  api | apis | rest api | restful | graphql | endpoint | endpoints | database | databases | db | sql | nosql | schema |
  schemas | server | servers | cron | cron job | message queue | webhook | webhooks | https | ssl | tls | oauth | ldap |
  saml | sso | shibboleth | rss | rss feed | atom feed | json | xml | yaml | csv file | csv files | as a csv | as csv |
  pdf attachments | elasticsearch | solr | mongo | mongodb | postgres | postgresql | mysql | redis | kafka | hdf5 | netcdf |
  fedora | fedora 4 | hydra | drupal planet | wordpress | bootstrap | react | angular | jquery | docker | kubernetes | aws |
  s3 | azure | gcp | cloud.gov | ubuntu | operating system | unicode | oai-pmh | linked data | sparql | triplestore | cdn |
  microservice | microservices | plugin | plug-in | sdk | network drive | web browser | blockchain | machine learning |
  chatbot | integration | integrations | etl | loader | batch job | nightly build | nightly builds | frontend | front end |
  front-end | backend | back end | back-end | configuration | ip address | authentication | twitter | facebook | slack |
  stripe | stripe connect | apple pay | google pay | paypal | salesforce | sharepoint | dropbox | github | jira | zoom |
  whatsapp | google maps | google | xhtml | css | html | javascript | ids | id | record ids | sample file | table | rule table |
  validation rule | email attachments | attachments | by email | via email | by sms | via sms | sms | text message |
  an email | email notification | email notifications | email alert | email alerts | emails | derivation logic |
  validation logic | subdomain | domain name | url | queue | replication |
  revision control | version control | test file | sample file | data load | api key`);
/** Things to build: asking to "have" one is asking for an output. */
const ARTIFACT = wordRe(`tool | tools | app | apps | application | applications | platform | system | systems | website |
  web site | site | portal | software | place to store | place where | repository software | report | reports | feed |
  export | widget | display | view | map | service | timeline | file | files`);

const KNOWING_VERB = /^(?:know|understand|learn|see|view|find(?:\s+out)?|read|hear|review|browse|search|locate|discover|list|describe|compare|check|track|follow|get\s+a\s+sense|be\s+(?:told|notified|alerted|informed|aware|reminded|assured)|receive|access|download|upload|create|edit|update|import|export|collect|restrict|personalize|personalise|link|assign|select|associate|enter|insert|continue|tag|set|mark|attach|rearrange|secure|theme|define|add|make|manage|share|print|save|submit|send|book|pay|order|invite|estimate|accept|change|delete|remove|sort|filter|post|publish|schedule|cancel|renew|rebook|register|sign|log\s+in|login)\b/i;
/** `log` is a task ("log better") unless the person logs in. */
const LOG_TASK = /^log(?!\s+(?:in|on|out|into|onto)\b)\b/i;
const ALWAYS_TASK = wordRe(`implement | implementing | migrate | migrating | deploy | deploying | configure | configuring |
  refactor | refactoring | install | installing | upgrade | upgrading | integrate | integrating | provision | containerize |
  containerise | rewrite | re-write | port | host | index | reindex | re-index | sync | synchronize | synchronise | debug |
  hardcode | hard-code | serialize | re-architect | embed | expose | move on to | derive | derived | design | redesign |
  re-design | restyle | refactor`);
/** Verbs that are a task only with a technical object: "build an API" but "build a shortlist". */
const TECH_OBJECT_VERB = /^(?:develop|build|set\s+up|setup|create|code|write|update|add|use|provide|run|store|automate|monitor|cache|encrypt|load|process|tag|map|support|change|modify|fix|remove|replace|enable|disable|turn\s+on|turn\s+off)\b/i;
const SYSTEM_PARTICIPLES = alt(`deployed | migrated | implemented | configured | installed | indexed | loaded | refactored |
  upgraded | integrated | synced | synchronized | synchronised | processed | encrypted | stored | recorded | cached |
  logged | generated | automated | hosted | rendered | exposed | embedded | triggered | scheduled | derived | mapped |
  populated | monitored | displayed | pushed | emailed | generated automatically | propagated | set up | queued |
  replicated`);
const HAVE_SOMETHING_DONE = new RegExp(String.raw`^(?:have\s+|get\s+)?(?:(?:the|all|my|our|a|an|each|every)\s+)?(?:[\w'’.-]+\s+){0,7}?(?:be\s+|to\s+be\s+|are\s+|is\s+)?(?:\w+ly\s+)?(?:${SYSTEM_PARTICIPLES})\b`, 'i');
/** "… be displayed", "… is stored redundantly": the system doing something, whatever verb leads in. */
const PASSIVE_SYSTEM = new RegExp(String.raw`(?<!\b(?:not|cannot|can't|never)\s+)\bbe\s+(?:\w+ly\s+)?(?:${SYSTEM_PARTICIPLES})\b`, 'i');
/** "have the repository queue my collection", "the header box to show …": a system as the actor. */
const SYSTEM_ACTOR = /^(?:have\s+)?(?:the|my|our)\s+(?:[\w+.-]+\s+){0,3}?(?:repository|system|server|database|loader|box|header|validations?)\s+(?:to\s+(?!be\b)[a-z]+|(?!to\b|be\b|is\b|are\b|run\b|work\b)[a-z]+)\b/i;
const SYSTEM_SUBJECT = /^(?:the|my|our|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:system|application|app|site|website|web\s+site|tool|platform|software|server|database|repository|portal|service|api|program|loader|engine)\s+to\s+(?!be\b|load\b|work\b|run\b|respond\b|perform\b|feel\b|look\b)\w+/i;
const AUTOMATIC = /\b(?:automatic(?:ally)?|auto-\w+|nightly|continuously|in\s+the\s+background|in\s+the\s+device|on\s+the\s+device)\b/i;
const INTERACTION = /(?<!\b(?:one|a|single|few|two|three|extra|without|no)\s)\b(?:click(?:ing|s)?(?:\s+on)?|tap(?:ping)?\s+on|double-click|right-click|drag(?:ging)?|swipe|scroll(?:ing)?\s+(?:down|to)|hover(?:ing)?\s+over|fill(?:ing)?\s+(?:out|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}form|^email|^e-mail|^text\s+(?=the|my|a)|^tweet)\b/i;
const MECHANISM = /(?<!\b(?:that|which)\s+(?:was|were|is|are|has\s+been)\s+\w+\s+)\b(?:via|using|through|by\s+means\s+of|by\s+[a-z]+ing(?:\s+(?:them|him|her|us|me))?)\s+((?:[\w'’.-]+\s*){1,6})/i;
/** A named product as the destination, at the end of the want: "publish Data Packages to CKAN". */
const NAMED_DESTINATION = /^(?:publish|push|post|send|sync|syndicate|deploy|migrate|upload|mirror|replicate|export|move)\b.*\b(?:to|into)\s+(?:the\s+)?([A-Z][\w.-]*[A-Za-z0-9](?:\s+[A-Z][\w.-]*)?)\s*$/;
/** Code identifiers (`FundingAgencyCode`, `publishStatus`) name the system's internals. */
/** Looking at or using a screen or a tool is asking for that screen or tool: "view a dashboard", "access the planning system". */
const USE_A_THING = /^(?:view|see|access|use|open|navigate\s+to|go\s+to|have|get|interact\s+with)\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:dashboard|display|view|map|page|screen|form|portal|tool|app|application|system|platform|software|interface|editor|widget|feed|integration|plugin)s?\b/i;
/** Saying where on screen something goes prescribes the UI: "on the homepage", "in the sidebar". */
const UI_PLACEMENT = /\b(?:on|in|from|at\s+the\s+top\s+of)\s+(?:the|my|a|each|every)\s+(?:[\w-]+\s+){0,2}?(?:page|screen|homepage|home\s+page|dashboard|tab|sidebar|menu|toolbar|header|footer|form|modal|popup|pop-up|panel|widget)s?\b/i;
const CAMEL_CASE = /\b(?:[A-Z][a-z]+(?:[A-Z][a-z]+){2,}|[a-z]+(?:[A-Z][a-z]+)+)\b/;
/** Cues the person wants to be rid of do not describe the solution. */
const AVOIDED = /\b(?:without|instead\s+of|rather\s+than|no\s+longer|not|never|avoid|stop)\s+(?:[\w'’-]+\s+){0,4}$/i;

interface Hit {
  cue: string;
  start: number;
  end: number;
}

function find(re: RegExp, text: string): Hit | undefined {
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  for (const m of text.matchAll(new RegExp(re.source, flags))) {
    if (AVOIDED.test(text.slice(0, m.index))) continue;
    return { cue: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Returns why the want is an output, or undefined when it reads as an outcome. */
export function judgeOutcome(want: string, extraOutputTerms: readonly string[] = []): OutputJudgement | undefined {
  const lead = LEAD_IN.exec(want);
  const offset = lead ? lead[0].length : 0;
  const phrase = want.slice(offset).replace(/[*_`]/g, ' ');
  const hit = (h: Hit | undefined, kind: OutputKind): OutputJudgement | undefined =>
    h ? { kind, cue: h.cue, start: h.start + offset, end: h.end + offset } : undefined;

  if (extraOutputTerms.length) {
    const extra = hit(find(wordRe(extraOutputTerms.join(' | ')), phrase), 'artifact');
    if (extra) return extra;
  }
  const knowing = KNOWING_VERB.test(phrase);
  // Code identifiers name the system's internals whatever the verb.
  const camel = find(CAMEL_CASE, phrase);
  if (camel) return hit(camel, 'technology');
  const passive = find(PASSIVE_SYSTEM, phrase);
  if (passive) return hit(passive, 'system');
  const task = find(ALWAYS_TASK, phrase.slice(0, 30)) ?? find(LOG_TASK, phrase);
  if (task && task.start < 3) return hit(task, 'task');
  if (TECH_OBJECT_VERB.test(phrase)) {
    const object = find(STRONG_TECH, phrase.slice(0, 60)) ?? (!knowing ? find(ARTIFACT, phrase.slice(0, 40)) : undefined);
    if (object) return hit(object, 'task');
  }
  if (!knowing) {
    const system = find(SYSTEM_SUBJECT, phrase) ?? find(SYSTEM_ACTOR, phrase) ?? find(HAVE_SOMETHING_DONE, phrase) ?? find(AUTOMATIC, phrase);
    if (system) return hit(system, 'system');
  }
  const interaction = find(INTERACTION, phrase);
  if (interaction) return hit(interaction, 'ui');
  const mechanism = MECHANISM.exec(phrase);
  if (mechanism && !AVOIDED.test(phrase.slice(0, mechanism.index))) {
    const means = mechanism[1]!;
    if (/\b[A-Z]/.test(means) || STRONG_TECH.test(means) || ARTIFACT.test(means) || STRONG_UI.test(means) || WEAK_UI.test(means)) {
      return hit({ cue: mechanism[0].trim(), start: mechanism.index, end: mechanism.index + mechanism[0].trimEnd().length }, 'technology');
    }
  }
  const thing = find(USE_A_THING, phrase);
  if (thing) return hit(thing, 'artifact');
  const placement = find(UI_PLACEMENT, phrase);
  if (placement) return hit(placement, 'ui');
  const destination = NAMED_DESTINATION.exec(phrase);
  if (destination) return hit({ cue: destination[0].trim(), start: destination.index, end: destination.index + destination[0].trimEnd().length }, 'technology');
  const ui = find(STRONG_UI, phrase);
  if (ui && !isIncidental(phrase, ui.start)) return hit(ui, 'ui');
  const tech = find(STRONG_TECH, phrase);
  if (tech && (!knowing || tech.start < 25)) return hit(tech, 'technology');
  if (!knowing) {
    // Asking for a thing rather than to do something: "a tool that…", "have a place to…".
    if (/^(?:have|get|a|an|some|more|the\s+(?:new\s+)?\w+\s+(?:page|view|screen|display))\b/i.test(phrase)) {
      const thing = find(ARTIFACT, phrase.slice(0, 50)) ?? find(WEAK_UI, phrase.slice(0, 50));
      if (thing) return hit(thing, 'artifact');
    }
  }
  return undefined;
}

/** "find the sign-up button faster": the person's task is to find; the widget is only what they look for. */
function isIncidental(phrase: string, at: number): boolean {
  return /^(?:find|locate|notice|spot|recognise|recognize|reach|get\s+to|navigate\s+to)\b/i.test(phrase) && !/\b(?:a|an)\s+$/i.test(phrase.slice(0, at));
}
