import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../text/line-index.js';
import type { ConfigFile, ConfigProblem } from './types.js';
import { configValidator } from './validate.js';

const EXPECTED_SEVERITY = ' (expected a severity: "off", "hint", "info", "warning" or "error", or [severity, options])';

export interface ParsedConfig {
  /** The valid part of the configuration; invalid entries are left out so defaults apply. */
  config: ConfigFile;
  problems: ConfigProblem[];
}

/** Parses `.storylint.jsonc` text. Never throws: every problem comes back with its line and column. */
export function parseConfig(text: string, file: string): ParsedConfig {
  // A BOM becomes a space: the parser rejects it, and offsets must stay where they are.
  if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
  const lines = new LineIndex(text);
  const at = (offset: number, message: string): ConfigProblem => {
    const p = lines.positionAt(offset);
    return { file, line: p.line + 1, column: p.character + 1, message };
  };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((e) => at(e.offset, `Invalid JSONC: ${printParseErrorCode(e.error)}.`));
  if (!tree || problems.length > 0)
    return { config: {}, problems: problems.length ? problems : [at(0, 'The configuration is empty.')] };
  if (tree.type !== 'object')
    return { config: {}, problems: [at(tree.offset, 'The configuration must be a JSON object.')] };

  const value = nodeValue(tree) as ConfigFile;
  const validate = configValidator();
  if (validate(value)) return { config: value, problems: [] };
  const config: ConfigFile = structuredClone(value);
  // oneOf reports each failed branch too; its own message is the one a person needs.
  const oneOfPaths = new Set((validate.errors ?? []).filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const schemaErrors = (validate.errors ?? []).filter(
    (e) =>
      e.keyword === 'oneOf' || ![...oneOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)),
  );
  for (const error of schemaErrors) {
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    const targetPath = extra ? [...path, extra] : path;
    const node = findNodeAtLocation(
      tree,
      targetPath.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    );
    const where = (extra ? node?.parent?.children?.[0] : node) ?? tree;
    const name = targetPath.join('.') || '(root)';
    const message = extra
      ? `Unknown ${path.length ? `key in "${path.join('.')}"` : 'key'}: "${extra}".${hint(path, extra)}`
      : `"${name}" ${error.message ?? 'is invalid'}${error.keyword === 'oneOf' ? EXPECTED_SEVERITY : ''}.`;
    if (!problems.some((p) => p.message === message)) problems.push(at(where.offset, message));
    dropPath(config, targetPath);
  }
  return { config, problems };
}

function hint(path: string[], key: string): string {
  if (path[0] === 'rules') return ' See docs/rules/ for the rule ids.';
  if (path.length === 0 && ['rule', 'rulez', 'include', 'exclude'].includes(key))
    return ' Did you mean "rules", "files" or "ignores"?';
  return '';
}

function dropPath(target: unknown, path: string[]): void {
  if (path.length === 0) return;
  let cursor = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = cursor?.[key];
    if (typeof next !== 'object' || next === null) return;
    cursor = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(cursor)) cursor.splice(Number(last), 1);
  else if (cursor) delete cursor[last];
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((p) => [
          p.children![0]!.value as string,
          p.children![1] ? nodeValue(p.children![1]) : undefined,
        ]),
      );
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
