/** How many list items a document has, for "a fix keeps every list item an item" checks. */
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface Node {
  type: string;
  children?: Node[];
}

const parser = unified().use(remarkParse);

export function listItemCount(text: string): number {
  const count = (node: Node): number =>
    (node.type === 'listItem' ? 1 : 0) + (node.children ?? []).reduce((sum, child) => sum + count(child), 0);
  return count(parser.parse(text) as Node);
}
