/**
 * Story texts for the generated backlogs. Templated stories are value-form stories from a few
 * templates with varied words (the shape the engine handles fastest); varied stories mix the
 * forms real backlogs hold, so every parser path and rule gets its share of the time.
 * Each story starts with a `## ` heading and ends with one newline; lines end with `\n`.
 */
import type { Prng } from './prng.js';

/**
 * Who and outcome are built from parts (200 people, about a million outcomes) so that, as in a real
 * backlog, few stories are near-duplicates: drawing from a dozen whole sentences would make every
 * story the twin of hundreds, and the duplicate check (and its diagnostics) would dominate.
 */
const ROLES = [
  'returning shopper',
  'carer who collects prescriptions',
  'night-shift nurse',
  'store manager',
  'first-time patient',
  'finance clerk',
  'delivery driver',
  'support agent',
  'warehouse picker',
  'parent',
  'pharmacist',
  'student',
  'landlord',
  'tenant',
  'commuter',
  'school administrator',
  'volunteer coordinator',
  'field engineer',
  'small-business owner',
  'user',
] as const;

const QUALIFIERS = [
  '',
  ' with a saved card',
  ' on a rural route',
  ' working late shifts',
  ' who uses a screen reader',
  ' new to the area',
  ' with three children',
  ' paid monthly',
  ' on a pay-as-you-go phone',
  ' closing the month',
] as const;

const VERBS = [
  'pay for',
  'track',
  'reorder',
  'cancel',
  'book',
  'find',
  'compare',
  'share',
  'renew',
  'dispute',
  'approve',
  'change',
  'get a reminder about',
  'hand over',
] as const;

const OBJECTS = [
  'a repeat prescription',
  'an invoice',
  'a delivery slot',
  'a refund',
  'a collection time',
  'the monthly statement',
  'a subscription',
  'a return',
  'a click and collect order',
  'the shift rota',
  'a holiday request',
  'an expense claim',
  'a parking permit',
  'a school trip payment',
  'a gym class',
  'a hospital appointment',
  'a broadband fault',
  'a parcel',
  'a tax return',
  'a repair visit',
  'a loan application',
  'an insurance claim',
  'a table booking',
  'a train ticket',
  'a library book',
  'a vet appointment',
  'a council tax bill',
  'a tenancy deposit',
  'a volunteer shift',
  'a water meter reading',
] as const;

const CONTEXTS = [
  '',
  ' without calling the store',
  ' from my phone',
  ' in under a minute',
  ' before it runs out',
  ' without a paper form',
  ' on the way home',
  ' during a work break',
  ' without creating an account',
  ' in my own language',
  ' at night',
  ' without re-entering my details',
  ' in one place',
  ' before the deadline',
  ' with one hand',
  ' while abroad',
] as const;

/** Outputs dressed as outcomes, as real backlogs have them: the rules have something to say. */
const OUTPUTS = [
  (o: string) => `have a dashboard of every ${o.replace(/^(a|an|the) /, '')}`,
  (o: string) => `export ${o} as a CSV file`,
  (o: string) => `click on a button to download ${o}`,
  (o: string) => `migrate ${o} to the new schema`,
] as const;

function persona(r: Prng): string {
  return `${r.pick(ROLES)}${r.next() < 0.3 ? ` in the ${name(r)} team` : r.pick(QUALIFIERS)}`;
}

/**
 * Names of products, services, places and teams (Tallis, Corvo, …) from syllables: 400 of them,
 * a few common and most rare, as proper nouns are in a real backlog. They give stories the rare
 * words that tell them apart; without them 10,000 stories would share a vocabulary of 250 words,
 * and the duplicate check would meet a worst case no real backlog has.
 */
const SYLLABLES = [
  'bra',
  'kel',
  'mor',
  'tan',
  'vi',
  'lo',
  'sen',
  'dru',
  'ca',
  'fen',
  'ha',
  'jor',
  'pen',
  'quil',
  'ru',
  'sto',
  'thal',
  'wen',
  'ya',
  'zim',
] as const;
const ENDINGS = [
  'ris',
  'do',
  'wick',
  'ton',
  'lis',
  'va',
  'mere',
  'by',
  'ro',
  'sa',
  'gate',
  'lan',
  'ford',
  'nik',
  'ora',
  'vel',
  'mont',
  'dale',
  'ix',
  'wyn',
] as const;
const PLACES = ['app', 'portal', 'clinic', 'branch', 'depot', 'office'] as const;

function name(r: Prng): string {
  // u² skews the pick: the first names come up often, the last ones seldom.
  const i = Math.floor(r.next() ** 2 * SYLLABLES.length * ENDINGS.length);
  const word = `${SYLLABLES[i % SYLLABLES.length]}${ENDINGS[Math.floor(i / SYLLABLES.length)]}`;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** Words that narrow an object down ("an overdue invoice"), a few common and most rare. */
const ADJECTIVES = [
  'overdue',
  'urgent',
  'shared',
  'weekly',
  'cancelled',
  'second',
  'disputed',
  'international',
  'paper',
  'joint',
  'recurring',
  'emergency',
  'provisional',
  'duplicate',
  'archived',
  'seasonal',
  'discounted',
  'delayed',
  'express',
  'bulk',
  'annual',
  'temporary',
  'corporate',
  'family',
  'student',
  'replacement',
  'refunded',
  'partial',
  'priority',
  'standing',
  'draft',
  'offline',
  'accessible',
  'bilingual',
  'contactless',
  'rescheduled',
  'subsidised',
  'flagged',
  'unsigned',
  'estimated',
] as const;

function object(r: Prng): string {
  const plain = r.pick(OBJECTS);
  if (r.next() < 0.4) return plain;
  const adjective = ADJECTIVES[Math.floor(r.next() ** 2 * ADJECTIVES.length)]!;
  return a(`${adjective} ${plain.replace(/^(a|an|the) /, '')}`);
}

function outcome(r: Prng): string {
  const where = r.next() < 0.6 ? ` in the ${name(r)} ${r.pick(PLACES)}` : '';
  if (r.next() < 0.1) return `${r.pick(OUTPUTS)(object(r))}${where}`;
  return `${r.pick(VERBS)} ${object(r)}${where}${r.pick(CONTEXTS)}`;
}

const REASONS = [
  'checkout takes too long on my phone and I give up',
  'wasted trips cost me an afternoon off work',
  'running out of tablets for two days is a clinical risk',
  'late payments cost us interest every month',
  'queues at the counter make patients leave',
  'handovers lose notes and patients wait',
  'I do not trust the app to get it right',
  'it is better',
  'we need it',
] as const;

const METRICS = [
  'Checkout abandonment',
  'Complaints about orders not ready',
  'Median time to pay',
  'Calls to the store',
  'Share of repeats ordered on time',
  'Refund requests handled by phone',
  'Missed delivery slots',
] as const;

const VAGUE = [
  'Users find it easier',
  'Checkout feels fast',
  'The report is user-friendly',
  'Fewer complaints',
] as const;

const CONSEQUENCES = [
  'we keep losing about 1,100 mobile baskets a month',
  'stores keep answering "is it ready yet?" calls',
  'pharmacists keep phoning patients on Friday afternoons',
  'the month-end close stays three days late',
  'nothing changes',
] as const;

const SITUATIONS = [
  'my order is late',
  'I am at the counter and the order is not ready',
  'a repeat is about to run out',
  'I close the month',
  'a patient calls about a refund',
  'I start my shift',
] as const;

const FEATURES = ['dashboard', 'export button', 'dark mode', 'SSO login', 'settings page', 'search bar'] as const;

const AREAS = ['checkout', 'the order list', 'the refund form', 'the login page', 'the report export'] as const;

const WHEN = ['by the end of Q3', 'by the end of Q4', 'within 8 weeks of launch', 'by June'] as const;

/** A title from the story's number, so headings stay unique and the CLI's duplicate index has work to do. */
/** "a" or "an" before a phrase, so the sentences read as a person wrote them. */
const a = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;

const title = (i: number, words: string) => `## ${words.charAt(0).toUpperCase()}${words.slice(1)} (#${i + 1})\n`;

function criterion(r: Prng): string {
  const from = r.int(20, 60);
  const to = r.int(5, from - 5);
  return `${r.pick(METRICS)} falls from ${from}% to ${to}% ${r.pick(WHEN)}`;
}

function valueForm(r: Prng, i: number): string {
  const who = persona(r);
  const want = outcome(r);
  const why = r.pick(REASONS);
  const sentence = r.pick([
    `As ${a(who)}, I want to ${want}, so that ${why}.`,
    `As ${a(who)}, I want to ${want} so that ${why}.`,
    `As ${a(who)} I want to ${want}, because ${why}.`,
  ]);
  const lines = [title(i, want), `${sentence}\n`, "### How we'll know\n", `- ${criterion(r)}\n- ${r.pick(VAGUE)}\n`];
  if (r.next() < 0.7) lines.push(`**If we don't:** ${r.pick(CONSEQUENCES)}\n`);
  return lines.join('\n');
}

function labelled(r: Prng, i: number): string {
  const want = outcome(r);
  return [
    title(i, want),
    `**Who:** ${persona(r)}\n**Outcome:** ${want}\n**Why:** ${r.pick(REASONS)}\n`,
    "### How we'll know\n",
    `- ${criterion(r)}\n- ${criterion(r)}\n`,
    `**Assumptions:**\n\n- Most shoppers abandon at the card step — validate with a funnel analysis\n`,
  ].join('\n');
}

function classicOneLiner(r: Prng, i: number): string {
  const feature = `${r.pick(FEATURES)} for ${r.pick(OBJECTS).replace(/^(a|an|the) /, '')}s`;
  return `${title(i, feature)}\nAs ${a(persona(r))}, I want ${a(feature)} so that ${r.pick(REASONS)}.\n`;
}

function jobStory(r: Prng, i: number): string {
  const want = outcome(r);
  return `${title(i, want)}\nWhen ${r.pick(SITUATIONS)}, I want to ${want}, so I can get on with my day.\n`;
}

/** Issue-template-like: bold field labels, then acceptance criteria as checkboxes in Given/When/Then. */
function issueTemplate(r: Prng, i: number): string {
  const want = outcome(r);
  return [
    title(i, want),
    `**As a** ${persona(r)}\n**I want** to ${want}\n**So that** ${r.pick(REASONS)}\n`,
    '### Acceptance criteria\n',
    [
      `- [ ] Given ${a(persona(r))}, when they open ${r.pick(AREAS)}, then they can ${want}`,
      `- [x] Given ${r.pick(SITUATIONS)}, when I retry, then the page loads in under ${r.int(1, 5)} s`,
      `- [ ] ${r.pick(VAGUE)}`,
    ].join('\n') + '\n',
    `Estimate: ${r.int(1, 13)} points · Labels: \`${r.pick(['frontend', 'backend', 'ux'])}\`\n`,
  ].join('\n');
}

function bugReport(r: Prng, i: number): string {
  const area = r.pick(AREAS);
  return [
    title(i, `bug: ${area} shows an error`),
    '**Steps to reproduce**\n',
    `1. Open ${area}\n2. Enter ${r.int(2, 40)} items\n3. Press "Continue"\n`,
    `**Expected:** the next step opens\n**Actual:** "Something went wrong" (code ${r.int(400, 599)})\n`,
    '```text\n' + `at submit (${area.replace(/\W+/g, '-')}.ts:${r.int(10, 400)})\n` + '```\n',
  ].join('\n');
}

const VARIED: readonly [weight: number, make: (r: Prng, i: number) => string][] = [
  [30, valueForm],
  [15, labelled],
  [15, classicOneLiner],
  [10, jobStory],
  [20, issueTemplate],
  [10, bugReport],
];

export type StoryKind = 'templated' | 'varied';

/** The i-th story of a backlog of the given kind, drawn from `r`. */
export function story(kind: StoryKind, r: Prng, i: number): string {
  if (kind === 'templated') return valueForm(r, i);
  let roll = r.next() * 100;
  for (const [weight, make] of VARIED) {
    if (roll < weight) return make(r, i);
    roll -= weight;
  }
  return valueForm(r, i);
}
