/**
 * Classifies a success criterion (SPEC §3): an output or task ("API implemented"), an
 * unmeasurable wish ("Checkout is fast"), or a measurable signal — a quantity, a named
 * metric with a direction, or an observable behaviour ("Dispatchers reassign late drivers
 * without calling support"). Measurable criteria are also checked for a baseline and a
 * timeframe.
 */

export type CriterionKind = 'output' | 'unmeasurable' | 'measurable';

export interface CriterionJudgement {
  kind: CriterionKind;
  /** The word or phrase that decided it (for the message), when there is one. */
  cue?: string;
  hasBaseline: boolean;
  hasTimeframe: boolean;
}

const DELIVERY = String.raw`added|implemented|written|deployed|updated|built|removed|created|shipped|complete|completed|done|closed|reviewed|merged|launched|configured|enabled|designed|published|upgraded|included|live|wired\s+up|signed\s+off|signed|held|trained|backfilled|deprecated|documented|tested|fixed|set\s+up|in\s+place|available|integrated|installed|released|delivered|approved|finished|rolled\s+out|migrated|refactored|passes|pass|passed|green|ready|agreed|created|provisioned|automated|translated|localised|localized|instrumented|tracked|logged|supported|added\s+to\s+\w+|sign-off|signoff|sent\s+out`;
const DELIVERY_WORD = new RegExp(String.raw`^(?:${DELIVERY})$`, 'i');
const LEADING_DELIVERY = new RegExp(String.raw`^(?:${DELIVERY}|integrated\s+with|rolled\s+out\s+to|passes|implement|build|add|create|deploy|write|ship|release|migrate|configure|set\s+up|support|supports|update|remove|fix)\b`, 'i');
const TRAILING_DELIVERY = new RegExp(String.raw`\b(?:${DELIVERY})\s*[.!]?$`, 'i');
const EARLY_DELIVERY = new RegExp(String.raw`^(?:[\w.'’/#-]+\s+){1,4}?(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:${DELIVERY})\b`, 'i');
const CAPABILITY = /^(?:(?:the\s+)?(?:users?|customers?|admins?|people|everyone|visitors?)\s+can\b|(?:the\s+)?(?:system|app|application|site|website|platform|tool|service|api|dashboard|page)\s+(?!is\b|are\b|feels?\b|looks?\b|works?\b|seems?\b)\w+s\b|[\w-]+\s+(?:has|have|includes?|contains?|supports?|shows?|displays?)\s+(?:\d+|an?|the|all)\b|supports?\s+\d+)/i;

const NUMBER = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|halve|halves|halved|double|doubles|doubled|triple|triples|tripled|quarter|third|zero|no\s+(?:p\d|sev|incidents?|errors?|complaints?|tickets?|calls?))\b|%|percent)/i;
const VAGUE_NUMBER = /\b\d+(?:\.\d+)?\s*(?:x|%|times|percent)\s+(?:more\s+|less\s+)?(?:better|faster|easier|nicer|more\s+intuitive|more\s+\w+ful|smoother|simpler|happier|improved|friendlier)\b/i;
const DIRECTION = /\b(?:rise|rises|rising|rose|fall|falls|falling|fell|drop|drops|dropping|dropped|grow|grows|growing|grew|increase|increases|increased|decrease|decreases|decreased|decline|declines|declined|reduce|reduces|reduced|reduction|shrink|shrinks|halve|halves|double|doubles|reach|reaches|exceed|exceeds|go\s+up|goes\s+up|go\s+down|goes\s+down|climb|climbs|stay\s+(?:above|below|under|over)|stays\s+(?:above|below|under|over)|below|above|under|at\s+least|at\s+most|less\s+than|more\s+than|fewer\s+than)\b/i;
const IMPROVE = /\b(?:improve|improves|improved|improving|up|down|higher|lower)\b/i;
const METRIC = /\b(?:rate|rates|conversion|conversions|churn|retention|nps|csat|ces|revenue|mrr|arr|latency|p\d\d|time|times|duration|count|number\s+of|share\s+of|percentage|ratio|tickets?|calls?|complaints?|clicks?|errors?|incidents?|sessions?|sign-?ups?|signups?|orders?|visits?|uptime|downtime|score|scores|cost|costs|spend|returns?|refunds?|requests?|abandonment|bounce|dau|wau|mau|active\s+\w+|adoption|usage|throughput|volume|basket|aov|walks?|reports?|payouts?|applications?|bookings?|renewals?|deliveries|cancellations?|no-shows?)\b/i;
const FEWER_MORE_PLURAL = /\b(?:fewer|more|less)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b(?!\s+(?:is|are)\s+(?:better|easier))/i;
const STATIVE = /^(?:is|are|was|were|be|been|feel|feels|felt|find|finds|found|like|likes|love|loves|understand|understands|trust|trusts|enjoy|enjoys|prefer|prefers|think|thinks|seem|seems|look|looks|appreciate|appreciates|want|wants|know|knows|get|gets|have|has|see|sees|work|works|scale|scales|become|becomes|can|could|will|would|should|must|may)$/i;
const SUBJECT_START = /^(?:(?:the|our|new|returning|first-time|most|all|every)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][\w-]*s|finance|support|staff|everyone|ops|hr|legal|sales|marketing)\s+(?:no\s+longer\s+|never\s+|always\s+|now\s+|stop\s+|start\s+)?([a-z][\w-]*)\b/i;
const VAGUE_WORDS_DEFAULT = /\b(?:fast|faster|quick|quickly|quicker|slow|intuitive|user-friendly|user\s+friendly|developer-friendly|easy|easier|easily|simple|simpler|seamless|seamlessly|smooth|smoothly|well|improved|better|good|great|nice|clean|robust|efficient|effective|optimal|optimized|enhanced|modern|delightful|satisfied|happy|happier|responsive|performant|scalable|reliable|stable|secure|clear|clearer|appropriate|acceptable|sufficient|reasonable|high|professional|consistent|accurate|accessible|streamlined|snappy|personal|engaged|productive|confident|aligned|relevant|friction|visibility|risk|quality|experience|in\s+control|on\s+par|as\s+expected)\b/i;

const BASELINE = /\bfrom\s+(?:[~≈]?\s*[$€£]?\d|today|the\s+current|current|a\s+baseline|baseline|zero|\w+\s+\d)|\b(?:was|were|currently|baseline|today['’]s|compared\s+(?:to|with)|vs\.?|versus|than\s+(?:today|now|last|before)|up\s+from|down\s+from)\b|\(\s*from\s+\d/i;
const TIMEFRAME = new RegExp(
  [
    String.raw`\bby\s+(?:the\s+)?(?:end|start|close|middle)\b`,
    String.raw`\bby\s+(?:the\s+)?(?:q[1-4]|h[12]|fy\d*|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4}|year[- ]end|next\s+\w+|\w+\s+(?:release|close|audit|term|quarter|sprint|launch|review|survey|season|pilot)|christmas|black\s+friday|week\s+\d+|spring|summer|autumn|winter|\d+(?:st|nd|rd|th))\b`,
    String.raw`\bwithin\s+(?:the\s+)?(?:first\s+)?(?:\w+\s+)?(?:weeks?|months?|quarters?|years?|sprints?)\b`,
    String.raw`\bwithin\s+(?:\w+\s+)?(?:days?|hours?)\s+of\s+(?:launch|release|go-live|going\s+live|the\s+change|rollout|roll-out|shipping)\b`,
    String.raw`\b(?:in|during)\s+(?:the\s+)?(?:q[1-4]|first|next|last|\d+\s+(?:days|weeks|months)|coming)\b`,
    String.raw`\bbefore\s+(?:the\s+)?(?:black\s+friday|launch|release|christmas|q[1-4]|\w+\s+\d{4}|end)\b`,
    String.raw`\bthis\s+(?:quarter|month|year|sprint|term|season)\b`,
    String.raw`\b(?:over|for)\s+the\s+(?:next|first)\b`,
    String.raw`\bafter\s+(?:launch|release)\b`,
    String.raw`\buntil\b`,
  ].join('|'),
  'i',
);

/** Strips what fixes add (placeholders and the kept original of an output criterion). */
export function criterionCore(text: string): string {
  return text
    .replace(/^\s*\[[ xX]\]\s*/, '')
    .replace(/\s*\(delivered by:[^)]*\)\s*$/i, '')
    .replace(/<[^<>\n]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `checkbox`: the criterion is a task-list item (`- [ ] …`). A checkbox is how people write
 * a to-do, so an item that is neither a number nor a direction nor a behaviour is an output.
 */
export function judgeCriterion(raw: string, extraVague: readonly string[] = [], checkbox = false): CriterionJudgement {
  const text = criterionCore(raw).replace(/[*_`]/g, '');
  const hasBaseline = BASELINE.test(text);
  const hasTimeframe = TIMEFRAME.test(text);
  const result = (kind: CriterionKind, cue?: string): CriterionJudgement => ({ kind, ...(cue ? { cue } : {}), hasBaseline, hasTimeframe });

  const direction = DIRECTION.exec(text);
  const number = NUMBER.exec(text);
  const output = LEADING_DELIVERY.exec(text) ?? CAPABILITY.exec(text);
  if (output) return result('output', output[0].trim());
  if (!direction) {
    const trailing = TRAILING_DELIVERY.exec(text) ?? EARLY_DELIVERY.exec(text);
    if (trailing && !behaviourVerb(text)) return result('output', trailing[0].trim());
  }

  const extra = extraVague.length ? new RegExp(`\\b(?:${extraVague.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i').exec(text) : null;
  const vagueNumber = VAGUE_NUMBER.exec(text);
  if (vagueNumber) return result('unmeasurable', vagueNumber[0]);
  if (number) return result('measurable', number[0]);
  if (checkbox && !direction && !behaviourVerb(text)) return result('output', '[ ]');
  if (direction && !/^(?:below|above|under|at\s+least|at\s+most)$/i.test(direction[0])) return result('measurable', direction[0]);
  const improve = IMPROVE.exec(text);
  if (improve && METRIC.test(text)) return result('measurable', improve[0]);
  const fewer = FEWER_MORE_PLURAL.exec(text);
  if (fewer && METRIC.test(fewer[0])) return result('measurable', fewer[0]);
  const vague = extra ?? VAGUE_WORDS_DEFAULT.exec(text);
  if (!vague) {
    const verb = behaviourVerb(text);
    if (verb) return result('measurable', verb);
  }
  if (fewer && !vague) return result('measurable', fewer[0]);
  return result('unmeasurable', vague?.[0]);
}

/** "Dispatchers reassign late drivers…": people doing something observable. */
function behaviourVerb(text: string): string | undefined {
  const m = SUBJECT_START.exec(text);
  if (!m) return undefined;
  const verb = m[2]!;
  if (STATIVE.test(verb) || /ly$|ed$/.test(verb) || DELIVERY_WORD.test(verb)) return undefined;
  return verb;
}
