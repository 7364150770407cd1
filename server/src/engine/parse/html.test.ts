import { describe, expect, it } from 'vitest';
import { htmlRuns } from './html.js';

const read = (text: string) => {
  const { runs, masked } = htmlRuns(text, 0, text.length);
  return runs.map((r) => ({ text: masked.slice(r.span.start, r.span.end), inList: r.inList }));
};

describe('htmlRuns', () => {
  it('reads the runs of text between block tags, inline markup masked in place', () => {
    const text = '<div>As a <b>returning shopper</b>, I want&nbsp;it</div><div><br></div><p>Second</p>';
    expect(read(text)).toEqual([
      { text: 'As a    returning shopper    , I want      it', inList: false },
      { text: 'Second', inList: false },
    ]);
  });

  it('says which runs are list items, and keeps offsets: the span reads the source', () => {
    const text = '<ul><li>Card saved</li><li><div><b>Works</b> well</div></li></ul>After';
    const { runs } = htmlRuns(text, 0, text.length);
    expect(runs.map((r) => [text.slice(r.span.start, r.span.end), r.inList])).toEqual([
      ['Card saved', true],
      ['Works</b> well', true],
      ['After', false],
    ]);
  });

  it('reads nothing in comments, code, scripts or the summary of a details element', () => {
    expect(read('<div><!-- As a user --></div><pre>I want x</pre><code>y</code>')).toEqual([]);
    expect(read('<details><summary>As a user, I want x</summary></details>')).toEqual([]);
  });

  it("reads a tag to the first '>' after its name, and a '<' no '>' follows as text", () => {
    expect(read('<div>Pay <em class="x" <b>now</b> if 2 <b and <i</div>')).toEqual([
      // `<em class="x" <b>` is one tag (17 characters); `<b and <i</div>` another, which the `</div>` ends.
      { text: `Pay ${' '.repeat(17)}now${' '.repeat(4)} if 2`, inList: false },
    ]);
    expect(read('<p>As a clerk <b I want totals')).toEqual([{ text: 'As a clerk <b I want totals', inList: false }]);
  });

  it('reads a <pre> that sets out text with tags of its own as text: code in one would have its tags escaped', () => {
    const story = '<pre>\n<b>As a</b> patron\n<b>I want to</b> be told\n</pre>';
    expect(read(story)).toEqual([{ text: 'As a     patron\n   I want to     be told', inList: false }]);
    expect(read('<pre>\nconst a = b &lt; c;\n</pre>')).toEqual([]);
  });
});
