import type { Root, RootContent } from 'mdast';
import type { Finding, Story } from './types.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-story';
  rules: string[];
  start: number;
  end: number;
}

const DIRECTIVE = /<!--\s*storylint-(disable-next-story|disable|enable)\b([^>]*?)-->/g;

/** Finds `<!-- storylint-… -->` comments in HTML nodes (never inside code). */
export function findDirectives(tree: Root, text: string): Directive[] {
  const out: Directive[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'html') {
      const base = node.position!.start.offset!;
      const source = text.slice(base, node.position!.end.offset!);
      for (const m of source.matchAll(DIRECTIVE)) {
        out.push({
          kind: m[1] as Directive['kind'],
          rules: m[2]!.split(/[\s,]+/).filter(Boolean),
          start: base + m.index,
          end: base + m.index + m[0].length,
        });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  return out;
}

/** Drops findings silenced by directives. An empty rule list means every rule. */
export function applySuppressions(findings: Finding[], directives: Directive[], stories: readonly Story[]): Finding[] {
  if (directives.length === 0) return findings;
  const ranges: { rules: string[]; start: number; end: number }[] = [];
  const open: { rules: string[]; start: number }[] = [];
  const perStory = new Map<number, string[][]>();
  for (const d of directives) {
    if (d.kind === 'disable') open.push({ rules: d.rules, start: d.end });
    else if (d.kind === 'enable') {
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i]!;
        if (d.rules.length === 0 || o.rules.length === 0 || d.rules.some((r) => o.rules.includes(r))) {
          ranges.push({ rules: o.rules, start: o.start, end: d.start });
          open.splice(i, 1);
        }
      }
    } else {
      const next = stories.find((s) => s.span.start >= d.end);
      if (next) perStory.set(next.index, [...(perStory.get(next.index) ?? []), d.rules]);
    }
  }
  for (const o of open) ranges.push({ rules: o.rules, start: o.start, end: Number.POSITIVE_INFINITY });
  const matches = (rules: string[], id: string) => rules.length === 0 || rules.includes(id);
  return findings.filter((f) => {
    if (ranges.some((r) => f.span.start >= r.start && f.span.start < r.end && matches(r.rules, f.ruleId))) return false;
    const storyRules = perStory.get(f.storyIndex);
    return !(storyRules && storyRules.some((rules) => matches(rules, f.ruleId)));
  });
}
