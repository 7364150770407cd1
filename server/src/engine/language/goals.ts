/**
 * Splits a want that bundles several goals ("export, print and share reports") into one
 * goal each ("export reports", "print reports", "share reports"). Returns undefined for a
 * single goal, including a compound object ("find centres and their hours") and a means
 * with its end ("enter my zip code and get a list of facilities").
 */

const LEAD_IN = /^(?:(?:to|either|be\s+able\s+to|have\s+the\s+(?:ability|option)\s+to|have\s+an?\s+(?:method|way|option)\s+to|be\s+allowed\s+to)\s+)+/i;
const VERBS = new Set(
  `create edit delete update add remove view see export import print share download upload search filter sort book pay cancel
   track manage approve reject invite assign find compare save submit send receive archive restore rename tag comment rate
   review publish unpublish schedule change modify copy move merge set know learn access list browse select mark attach describe
   register log accept estimate enter define configure customize customise duplicate hide show reorder rearrange annotate
   record monitor request renew return reuse link unlink follow subscribe unsubscribe pause resume stop start close open reopen
   lock unlock block unblock invite preview sign check validate verify store organize organise group ungroup deposit replicate
   buy order refund claim dispute report message email notify contact join leave vote play
   administer administrate configure maintain control generate validate elect upgrade migrate categorise categorize
   annotate chase escalate resolve reset invite reconcile approve end terminate extend`.split(/\s+/),
);
/** Second verbs that are the end of the first, not a goal of their own. */
const END_VERBS = new Set(['get', 'receive', 'see', 'obtain', 'have', 'be', 'find', 'make', 'keep']);

export function splitGoals(want: string): string[] | undefined {
  const lead = LEAD_IN.exec(want)?.[0] ?? '';
  const phrase = want.slice(lead.length).replace(/[.\s]+$/, '');
  if (/[()]/.test(phrase)) return undefined;
  const parts = phrase.split(/\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and\s+also|as\s+well\s+as|and\/or|and|or|&)\s+/i).filter((p) => p.length > 0);
  if (parts.length < 2) return undefined;
  const firstWords = parts.map((p) => p.split(/\s+/)[0]!.toLowerCase());
  if (!firstWords.every((w) => VERBS.has(w) || END_VERBS.has(w))) return undefined;
  if (parts.length === 2 && END_VERBS.has(firstWords[1]!) && parts[0]!.includes(' ')) return undefined;
  if (firstWords.some((w) => END_VERBS.has(w)) && parts.length === 2) return undefined;
  if (new Set(firstWords).size < parts.length) return undefined;
  // "export, print and share reports": the object is written once, at the end.
  const last = parts[parts.length - 1]!;
  const object = last.split(/\s+/).slice(1).join(' ');
  const goals = parts.map((p) => (p.includes(' ') || !object ? p : `${p} ${object}`));
  return goals.map((g) => lead + g);
}
