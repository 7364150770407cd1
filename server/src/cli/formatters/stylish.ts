import { LineIndex, type Severity } from '../../engine/index.js';
import type { FileResult, Formatter } from '../types.js';
import { countSeverities } from './location.js';

// Plain SGR codes, each closed by its own reset so nested styles survive.
const STYLES = {
  dim: ['2', '22'],
  bold: ['1', '22'],
  red: ['31', '39'],
  yellow: ['33', '39'],
  blue: ['34', '39'],
  grey: ['90', '39'],
} as const;
type Style = keyof typeof STYLES;

const SEVERITY_COLOR: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'grey' };

/**
 * SPEC §5: one row per finding, `file:line:col  severity  message  rule` (terminals and
 * editors make `file:line:col` a link), a blank line between files, one summary line.
 */
export const formatStylish: Formatter = (results, options) => {
  const paint = (style: Style, text: string) =>
    options.color && text ? `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : text;
  const blocks = results
    .filter((file) => file.findings.length > 0 || file.error !== undefined)
    .map((file) => formatFile(file, paint));
  if (blocks.length === 0) return '';
  return `${blocks.join('\n')}\n${formatSummary(results, paint)}`;
};

type Paint = (style: Style, text: string) => string;
type Row = { position: string; severity: Severity; message: string; ruleId: string };

function formatFile(file: FileResult, paint: Paint): string {
  const index = new LineIndex(file.text);
  const rows: Row[] = file.findings.map((f) => {
    const { line, character } = index.positionAt(f.span.start);
    return {
      position: `${file.path}:${line + 1}:${character + 1}`,
      severity: f.severity,
      message: f.message,
      ruleId: f.ruleId,
    };
  });
  if (file.error !== undefined)
    rows.unshift({ position: `${file.path}:0:0`, severity: 'error', message: file.error, ruleId: '' });
  // Widths are measured before colouring: escape codes take no room on screen.
  const width = (key: keyof Row) => Math.max(...rows.map((r) => r[key].length));
  const [wp, ws, wm] = [width('position'), width('severity'), width('message')];
  const pad = (text: string, painted: string, w: number) => painted + ' '.repeat(w - text.length);
  const lines = rows.map((r) =>
    [
      pad(r.position, paint('dim', r.position), wp),
      pad(r.severity, paint(SEVERITY_COLOR[r.severity], r.severity), ws),
      r.ruleId ? pad(r.message, r.message, wm) : r.message,
      paint('dim', r.ruleId),
    ]
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatSummary(results: readonly FileResult[], paint: Paint): string {
  const c = countSeverities(results);
  const total = c.error + c.warning + c.info + c.hint;
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.info, 'info')];
  // Hints are rare (off by default); naming them only when present keeps the usual line short.
  if (c.hint > 0) parts.push(plural(c.hint, 'hint'));
  const color: Style = c.error ? 'red' : c.warning ? 'yellow' : c.info ? 'blue' : 'grey';
  let out = `${paint('bold', paint(color, `✖ ${plural(total, 'problem')} (${parts.join(', ')})`))}\n`;
  if (c.fixable > 0) out += `${paint(color, `  ${c.fixable} of them can be fixed with the --fix option.`)}\n`;
  if (c.rewrites > 0) {
    const them = c.rewrites === 1 ? 'it rewrites' : 'they rewrite';
    const available = `${plural(c.rewrites, 'rewrite')} available with --fix --unsafe-fixes`;
    const line = `  ${available} (${them} the author's words: review).`;
    out += `${paint(color, line)}\n`;
  }
  return out;
}
