/**
 * Judges whether the want of a story (the "I want" part or the Outcome field) names an
 * output — a UI element, a technology, a technical task, a system behaviour chosen as the
 * means — rather than a change for the person (SPEC §3, "Output or outcome").
 *
 * The judgement reads the want as a verb phrase: what the person wants to *do* or *get*.
 * A person doing something (search, upload, see, pay) is an outcome unless the phrase
 * also prescribes how (a UI element, a named mechanism, "via …"). Asking for a thing
 * (a tool, a page, an integration) or for a system to behave a certain way is an output.
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

const words = (list: string) => list.trim().split(/\s*\|\s*/).map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Lead-ins that carry no meaning of their own: "be able to", "have the ability to". */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:to|really|also|just|simply)\s+)*(?:(?:be\s+able\s+(?:to\s+)?|have\s+the\s+(?:ability|option|possibility|opportunity|means)\s+to\s+|be\s+allowed\s+to\s+|be\s+given\s+the\s+(?:ability|option)\s+to\s+|have\s+a\s+way\s+to\s+|be\s+enabled\s+to\s+))+`,
  'i',
);

const UI = words(`
  button | buttons | dropdown | dropdowns | drop-down | drop down | pull-down | menu | menus | checkbox | check box | checkboxes |
  radio button | toggle | slider | tooltip | popup | pop-up | pop up | modal | dialog | dialogue | banner | sidebar | side bar |
  toolbar | tool bar | navbar | nav bar | breadcrumb | breadcrumbs | carousel | wizard | widget | widgets | icon | icons |
  landing page | home page | homepage | web page | webpage | page | pages | screen | screens | tab | tabs | form | forms | field | fields |
  dashboard | dashboards | chart | charts | graph | graphs | pie chart | map display | timeline display | display | view |
  ui | ux | gui | user interface | interface | layout | theme | template | templates | wysiwyg | editor | link | links |
  hyperlink | search box | search bar | text box | textbox | text field | input field | calendar widget | progress bar | spinner |
  notification badge | push notification | push notifications | email notification | email notifications | splash screen`);

const TECH = words(`
  api | apis | rest | restful | graphql | endpoint | endpoints | database | databases | db | sql | nosql | schema | schemas |
  server | servers | cron | cron job | queue | webhook | webhooks | https | ssl | tls | oauth | ldap | saml | sso | shibboleth |
  rss | rss feed | atom feed | feed | json | xml | yaml | csv file | csv files | pdf file | excel file | spreadsheet file |
  elasticsearch | solr | mongo | mongodb | postgres | postgresql | mysql | redis | kafka | hdf5 | netcdf | fedora | fedora 4 |
  hydra | drupal | wordpress | bootstrap | react | angular | jquery | docker | kubernetes | aws | s3 | azure | gcp | cloud |
  cloud.gov | ubuntu | linux | operating system | unicode | oai-pmh | linked data | sparql | triplestore | cdn | cache | caching |
  index | microservice | microservices | plugin | plug-in | module | script | scripts | library | framework | sdk | cli |
  network drive | web browser | browser | blockchain | machine learning | ml model | ai model | chatbot | bot | algorithm |
  integration | integrations | pipeline | etl | loader | batch job | nightly build | nightly builds | build | builds | ci | repository software`);

const ARTIFACT = words(`
  tool | tools | app | apps | application | applications | platform | system | systems | website | web site | site | portal |
  software | service | feature | functionality | mechanism | interface | report | reports | export | feed | map | dashboard |
  page | view | display | prototype | page edits | edits | frontend | front end | front-end | backend | back end | back-end`);

const TASK_VERBS = words(`
  implement | implementing | migrate | migrating | deploy | deploying | configure | configuring | refactor | refactoring |
  build | building | set up | setup | install | installing | upgrade | upgrading | integrate | integrating | develop | developing |
  code | program | rewrite | re-write | port | provision | host | containerize | containerise | automate | script | index |
  load | sync | synchronize | synchronise | embed | expose | rebuild | re-architect | architect | optimize | optimise | debug |
  log | monitor | instrument | hardcode | hard-code | parse | serialize | normalize | normalise | validate the schema |
  update the database | update the schema | design | redesign | move on to | add a column | create a table | write a script |
  write tests | write unit tests | tag | encrypt | cache | compile | release | ship | launch | roll out | rollout`);

const SYSTEM_PARTICIPLES = words(`
  deployed | migrated | implemented | configured | installed | indexed | loaded | refactored | upgraded | integrated | synced |
  synchronized | synchronised | processed | encrypted | stored | recorded | cached | logged | generated | automated | hosted |
  displayed | shown | rendered | exposed | embedded | triggered | scheduled | validated | derived | mapped | populated |
  made available | sent automatically | emailed | pushed`);

const MECHANISM = /\b(?:via|using|through|by\s+means\s+of|by\s+(?:clicking|tapping|dragging|selecting|entering|scrolling|using)|with\s+(?:a|an|the)\s+(?:button|form|link|click|drop-?down|menu|tool|script|api|plugin|widget))\b/i;
const INTERACTION = /(?<!\b(?:one|a|single|few|two|three|extra)\s)\b(?:click(?:ing|s)?(?:\s+on)?|tap(?:ping)?(?:\s+on)?|double-click|right-click|drag(?:ging)?|drop|swipe|scroll(?:ing)?|hover(?:ing)?|press(?:ing)?\s+(?:a|the)\s+\w+)\b/i;
const AUTOMATIC = /\b(?:automatic(?:ally)?|auto-\w+|nightly|cron|in\s+the\s+background|in\s+the\s+device|on\s+the\s+device)\b/i;
const SYSTEM_SUBJECT = /^(?:the|my|our|this|that|a|an)?\s*(?:[\w-]+\s+){0,4}?(?:system|application|app|site|website|web\s+site|tool|platform|software|server|database|repository|portal|page|service|api|program|loader|engine|it)\s+to\s+/i;
/** "<something> to be <participle>": a property of the system, not a change for the person. */
const TO_BE_PARTICIPLE = new RegExp(String.raw`^(?!(?:be|get)\b)(?:[\w'’-]+\s+){1,8}?(?:to\s+)?(?:be|get)\s+(?:(?:\w+ly)\s+)?(?:${SYSTEM_PARTICIPLES})\b`, 'i');
const HAVE_THING = /^(?:have|get|see|receive|need|want|use|access|create|add|make|provide|build|view)?\s*(?:(?:a|an|the|my|our|some|one|more)\s+)?(?:[\w/-]+\s+){0,4}?/i;

function find(re: RegExp, text: string): { cue: string; start: number; end: number } | undefined {
  const m = re.exec(text);
  return m ? { cue: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

const ui = new RegExp(String.raw`(?<![\w-])(?:${UI})(?![\w-])`, 'i');
const tech = new RegExp(String.raw`(?<![\w-])(?:${TECH})(?![\w-])`, 'i');
const taskAtStart = new RegExp(String.raw`^(?:${TASK_VERBS})\b`, 'i');
const artifactNoun = new RegExp(String.raw`(?<![\w-])(?:${ARTIFACT}|${UI}|${TECH})(?![\w-])`, 'i');

/** Words that, as the verb of the want, say the person does or learns something. */
const PERSON_VERBS = /^(?:see|view|find|know|learn|understand|search|browse|read|download|upload|edit|update|change|create|add|delete|remove|share|send|submit|pay|book|buy|order|track|compare|choose|select|filter|sort|print|export|import|save|access|get|receive|be\s+(?:told|notified|alerted|informed|reminded)|hear|check|review|approve|reject|invite|join|register|sign|log|manage|assign|list|mark|attach|describe|enter|set|mark|rate|comment|post|publish|schedule|plan|cancel|rearrange|move|restrict|limit|declare|indicate|associate|collect|store|insert|locate|secure|recruit|elect|replicate|theme|continue|personalize|link|sponsor|tie|accept|estimate|invite|discover|identify|determine|contact|request|follow|subscribe|unsubscribe|give|leave|return|reuse|embed|preview|add)\b/i;

/** Returns why the want is an output, or undefined when it reads as an outcome. */
export function judgeOutcome(want: string, extraOutputTerms: readonly string[] = []): OutputJudgement | undefined {
  const lead = LEAD_IN.exec(want);
  const offset = lead ? lead[0].length : 0;
  const phrase = want.slice(offset);
  const at = (hit: { cue: string; start: number; end: number } | undefined, kind: OutputKind): OutputJudgement | undefined =>
    hit ? { kind, cue: hit.cue, start: hit.start + offset, end: hit.end + offset } : undefined;

  if (extraOutputTerms.length) {
    const extra = new RegExp(`(?<![\\w-])(?:${extraOutputTerms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'i');
    const hit = at(find(extra, phrase), 'artifact');
    if (hit) return hit;
  }
  const task = at(find(taskAtStart, phrase), 'task');
  if (task) return task;
  const system = at(find(SYSTEM_SUBJECT, phrase), 'system') ?? at(find(TO_BE_PARTICIPLE, phrase), 'system') ?? at(find(AUTOMATIC, phrase), 'system');
  if (system) return system;
  const interaction = at(find(INTERACTION, phrase), 'ui');
  if (interaction) return interaction;
  const mechanism = at(find(MECHANISM, phrase), 'technology');
  if (mechanism) return mechanism;
  const techHit = at(find(tech, phrase), 'technology');
  if (techHit) return techHit;
  const uiHit = at(find(ui, phrase), 'ui');
  if (uiHit && !isIncidentalUi(phrase, uiHit.start - offset)) return uiHit;
  // Asking for a thing rather than to do something: "a tool that…", "have a place to…".
  if (!PERSON_VERBS.test(phrase)) {
    const head = HAVE_THING.exec(phrase);
    const rest = phrase.slice(head ? head[0].length : 0);
    const noun = find(artifactNoun, rest.slice(0, 40));
    if (noun && /^(?:have|get|a|an|the|some|more)\b/i.test(phrase)) {
      return at({ ...noun, start: noun.start + (head?.[0].length ?? 0), end: noun.end + (head?.[0].length ?? 0) }, 'artifact');
    }
  }
  return undefined;
}

/** "find the sign-up button faster": the person's task is to find, the UI word is only its object. */
function isIncidentalUi(phrase: string, at: number): boolean {
  const before = phrase.slice(0, at);
  return /^(?:find|locate|see|notice|understand|know|learn|spot|recognise|recognize|reach|get\s+to|navigate\s+to)\b/i.test(before) && !/\b(?:a|an)\s+$/i.test(before);
}
