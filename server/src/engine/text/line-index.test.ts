/**
 * LineIndex turns the engine's UTF-16 offsets into LSP line/character positions and back
 * (SPEC §2: positions are correct for CRLF files, BOMs, tabs, emoji and CJK text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { LineIndex, lineStartOf } from './line-index.js';

/** True when `offset` sits between the `\r` and the `\n` of one line break: no position names it. */
const insideCrlf = (text: string, offset: number) => text[offset - 1] === '\r' && text[offset] === '\n';

describe('LineIndex.positionAt and offsetAt', () => {
  it('counts lines from zero and characters from the start of the line', () => {
    const lines = new LineIndex('ab\ncd\n');
    expect(lines.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(lines.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(6)).toEqual({ line: 2, character: 0 });
    expect(lines.lineCount).toBe(3);
  });

  it('round-trips every offset of a text mixing line breaks, tabs, emoji and CJK', () => {
    const text = '\uFEFF# 支払い 😀\r\n\tWho:\t看護師 👩‍⚕️\rlone CR\n\r\n𠀀 end';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (insideCrlf(text, offset)) continue;
      expect(lines.offsetAt(lines.positionAt(offset))).toBe(offset);
    }
  });

  it('round-trips every position of every line, up to the end of its content', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const lines = new LineIndex(text);
    for (let line = 0; line < lines.lineCount; line++) {
      const length = lines.lineEnd(line) - lines.lineStart(line);
      for (let character = 0; character <= length; character++) {
        expect(lines.positionAt(lines.offsetAt({ line, character }))).toEqual({ line, character });
      }
    }
  });

  it('treats \\r\\n as one line break', () => {
    const text = 'ab\r\ncd';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(2);
    expect(lines.positionAt(text.indexOf('c'))).toEqual({ line: 1, character: 0 });
    expect(lines.lineEnd(0)).toBe(2);
    expect(lines.eol).toBe('\r\n');
  });

  it('treats a lone \\r as a line break, as LSP does', () => {
    const text = 'ab\rcd\ref';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(3);
    expect(lines.positionAt(text.indexOf('e'))).toEqual({ line: 2, character: 0 });
    expect(lines.offsetAt({ line: 1, character: 1 })).toBe(text.indexOf('d'));
  });

  it('puts the end of a CRLF line before its \\r', () => {
    const text = 'ab\r\ncd';
    const lines = new LineIndex(text);
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(text.slice(lines.lineStart(0), lines.lineEnd(0))).toBe('ab');
  });

  it('counts a BOM at the start as the first character: offset 0 is the BOM', () => {
    const text = '\uFEFFabc';
    const lines = new LineIndex(text);
    expect(lines.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(text.indexOf('a'))).toEqual({ line: 0, character: 1 });
    expect(lines.offsetAt({ line: 0, character: 1 })).toBe(1);
  });

  it('counts a tab as one character', () => {
    const text = '\t\tx';
    expect(new LineIndex(text).positionAt(text.indexOf('x'))).toEqual({ line: 0, character: 2 });
  });

  it('counts an emoji outside the BMP as two UTF-16 code units', () => {
    const text = '😀x\n👩‍⚕️y';
    const lines = new LineIndex(text);
    expect(lines.positionAt(text.indexOf('x'))).toEqual({ line: 0, character: 2 });
    // Woman (2) + zero-width joiner (1) + staff of Aesculapius (1) + variation selector (1).
    expect(lines.positionAt(text.indexOf('y'))).toEqual({ line: 1, character: 5 });
  });

  it('counts a CJK character of the BMP as one code unit and one outside it as two', () => {
    const text = '看護師x 𠀀y';
    const lines = new LineIndex(text);
    expect(lines.positionAt(text.indexOf('x'))).toEqual({ line: 0, character: 3 });
    expect(lines.positionAt(text.indexOf('y'))).toEqual({ line: 0, character: 7 });
  });

  it('clamps offsets and positions that lie outside the text', () => {
    const text = 'ab\ncd';
    const lines = new LineIndex(text);
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(999)).toEqual({ line: 1, character: 2 });
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
    expect(lines.offsetAt({ line: 7, character: 0 })).toBe(text.length);
    expect(lines.offsetAt({ line: 0, character: -3 })).toBe(0);
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
  });

  it('uses \\n as the line break of a text that has no \\r\\n', () => {
    expect(new LineIndex('a\nb').eol).toBe('\n');
    expect(new LineIndex('a\rb').eol).toBe('\n');
    expect(new LineIndex('').eol).toBe('\n');
  });

  it('round-trips any offset of any text built from line breaks, tabs, BOMs, emoji and CJK', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\r', '\r\n', '\uFEFF', '😀', '👩‍⚕️', '看', '𠀀', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const lines = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const position = lines.positionAt(offset);
          expect(position.line).toBeLessThan(lines.lineCount);
          if (!insideCrlf(text, offset)) expect(lines.offsetAt(position)).toBe(offset);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('finding positions in a real document', () => {
  it('puts a finding on exactly the flagged word of a CRLF file with emoji and CJK before it', () => {
    const text = [
      '# 支払い 😀',
      '',
      '**Who:** 看護師 on the night shift 👩‍⚕️',
      '**Outcome:** 😀 検査 be told about several critical lab results',
      '**Why:** patients are treated sooner',
      '',
    ].join('\r\n');
    const finding = lintText(text).findings.find((f) => f.ruleId === 'ambiguous-language');
    expect(finding).toBeDefined();
    expect(text.slice(finding!.span.start, finding!.span.end)).toBe('several');
    const lines = new LineIndex(text);
    const line3 = '**Outcome:** 😀 検査 be told about '.length;
    expect(lines.positionAt(finding!.span.start)).toEqual({ line: 3, character: line3 });
    expect(lines.positionAt(finding!.span.end)).toEqual({ line: 3, character: line3 + 'several'.length });
  });

  it('counts the BOM in the character of a finding on the first line', () => {
    const text =
      '\uFEFF# 支払い 😀\r\n\r\n**Who:** night-shift nurse\r\n' +
      '**Outcome:** be told when a lab result is critical\r\n**Why:** patients are treated sooner\r\n';
    const finding = lintText(text).findings.find((f) => f.ruleId === 'missing-success');
    expect(finding).toBeDefined();
    // The story has no success signals: the finding sits on its title, after the BOM and "# ".
    expect(text.slice(finding!.span.start, finding!.span.end)).toBe('支払い 😀');
    const lines = new LineIndex(text);
    expect(lines.positionAt(finding!.span.start)).toEqual({ line: 0, character: 3 });
    expect(lines.positionAt(finding!.span.end)).toEqual({ line: 0, character: 9 });
  });

  it('puts a finding after a BOM on exactly the flagged word', () => {
    const text = '\uFEFFAs a nurse, I want several alerts, so that patients are treated sooner.\n';
    const finding = lintText(text).findings.find((f) => f.ruleId === 'ambiguous-language');
    expect(finding).toBeDefined();
    expect(text.slice(finding!.span.start, finding!.span.end)).toBe('several');
    expect(new LineIndex(text).positionAt(finding!.span.start)).toEqual({ line: 0, character: 20 });
  });
});

describe('lineStartOf', () => {
  it('starts every line where LineIndex does, a lone CR ending a line too', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '😀'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const lines = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          if (insideCrlf(text, offset)) continue;
          expect(lineStartOf(text, offset)).toBe(lines.lineStart(lines.positionAt(offset).line));
        }
      }),
    );
  });

  it('stops at its floor', () => {
    expect(lineStartOf('one two', 6, 4)).toBe(4);
  });
});
