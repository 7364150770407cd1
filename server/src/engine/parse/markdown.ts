import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown into mdast; offsets in positions are UTF-16 indices into `text`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
