/** A tag a title opens with: `Spike: …`, `[Chore] …`, `Tech debt - …`, `Web: …`. */
export const TITLE_TAG = /^\s*(?:\[([^\]\n]{1,30})\]|([A-Za-z][A-Za-z ]{0,24}?)\s*(?::|\s-\s))/;

/** A title's opening tags (at most three: "[Story] Web: …"), as written, and the words after them. */
export function splitTitle(title: string): { tags: string[]; rest: string } {
  const tags: string[] = [];
  let rest = title;
  for (let i = 0; i < 3; i++) {
    const m = TITLE_TAG.exec(rest);
    if (!m) break;
    tags.push((m[1] ?? m[2]!).trim());
    rest = rest.slice(m[0].length);
  }
  return { tags, rest };
}
