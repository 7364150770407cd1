import { describe, expect, it } from 'vitest';
import { tableBodyCells } from './table.js';

const cellsOf = (text: string) =>
  tableBodyCells(text, 0, text.length)?.cells.map((s) => text.slice(s.start, s.end)) ?? [];

describe('tableBodyCells', () => {
  it('gives the body cells of a table, trimmed, without its header', () => {
    const text = '| # | User story |\n|---|:---|\n| 1 | As a shopper, I want … |\n| 2 |  |';
    expect(cellsOf(text)).toEqual(['1', 'As a shopper, I want …', '2']);
  });

  it('reads rows without outer pipes, and escaped pipes stay in their cell', () => {
    const text = 'Title | Story\n--- | ---\nSaved card | Pay by card \\| cash';
    expect(cellsOf(text)).toEqual(['Saved card', 'Pay by card \\| cash']);
  });

  it('finds the table after a line of prose the paragraph holds, and ends it at a line with no pipe', () => {
    const text = 'Requirements below.\n| a | b |\n|---|---|\n| x | y |\nNot a row';
    expect(cellsOf(text)).toEqual(['x', 'y']);
    expect(tableBodyCells(text, 0, text.length)?.start).toBe(text.indexOf('| a'));
  });

  it("leaves out the cells under a column named for the reason: they give their row's why, no story", () => {
    const text =
      '| ID | As a.. | I want to be able | So that |\n|:-:|:-:|:-:|:-:|\n' +
      '| US04 | User | to edit my profile | I can update my details |\n| US05 | | to log out | |';
    expect(cellsOf(text)).toEqual(['US04', 'User', 'to edit my profile', 'US05', 'to log out']);
    expect(cellsOf('| Story | Why |\n|---|---|\n| As a nurse, I want alerts | I can act fast |')).toEqual([
      'As a nurse, I want alerts',
    ]);
  });

  it('finds no table without a delimiter row, nor in a quote', () => {
    expect(cellsOf('| a | b |\n| x | y |')).toEqual([]);
    expect(cellsOf('| a | b |\n> |---|---|\n> | x | y |')).toEqual([]);
    expect(cellsOf('a\n---')).toEqual([]);
  });
});
