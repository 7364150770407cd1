import type { Root, RootContent } from 'mdast';
import type { Finding, Story } from './types.js';

export interface Directive {
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

/** Which rules are off at one point, after replaying the disable/enable comments before it. */
function silencedAt(directives: readonly Directive[], offset: number, ruleId: string): boolean {
  let allOff = false;
  const off = new Set<string>();
  const backOn = new Set<string>(); // rules re-enabled while all rules are off
  for (const d of directives) {
    if (d.start >= offset) break;
    if (d.kind === 'disable') {
      if (d.rules.length === 0) {
        allOff = true;
        backOn.clear();
      } else if (allOff) d.rules.forEach((r) => backOn.delete(r));
      else d.rules.forEach((r) => off.add(r));
    } else if (d.kind === 'enable') {
      if (d.rules.length === 0) {
        allOff = false;
        off.clear();
        backOn.clear();
      } else {
        d.rules.forEach((r) => off.delete(r));
        if (allOff) d.rules.forEach((r) => backOn.add(r));
      }
    }
  }
  return allOff ? !backOn.has(ruleId) : off.has(ruleId);
}

/** Drops findings silenced by directives. An empty rule list means every rule. */
export function applySuppressions(
  findings: Finding[],
  directives: readonly Directive[],
  stories: readonly Story[],
): Finding[] {
  if (directives.length === 0) return findings;
  const perStory = new Map<number, string[][]>();
  for (const d of directives) {
    if (d.kind !== 'disable-next-story') continue;
    const next = stories.find((s) => s.span.start >= d.end);
    if (next) perStory.set(next.index, [...(perStory.get(next.index) ?? []), d.rules]);
  }
  const matches = (rules: string[], id: string) => rules.length === 0 || rules.includes(id);
  return findings.filter((f) => {
    if (silencedAt(directives, f.span.start, f.ruleId)) return false;
    const storyRules = perStory.get(f.storyIndex);
    return !(storyRules && storyRules.some((rules) => matches(rules, f.ruleId)));
  });
}
