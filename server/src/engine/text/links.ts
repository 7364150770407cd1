/**
 * Words that are only links or HTML tags: "[home](index.md) • [ideas](ideas.md)", a bar of links to other pages
 * ("[👈 Back to README](../README.md)"), a screenshot linked to itself ("[![](images/a.png)](images/a.png)": the image
 * goes first, then the link around it) and a video set in HTML (`<video src="demo.webm"></video>`) — navigation, no
 * prose of its own.
 */
export const isOnlyLinksOrTags = (words: string): boolean => {
  const link = /!?\[[^\[\]\n]*\]\([^()\s]*\)/g;
  const tag = /<\/?[A-Za-z][^<>]*>/g;
  return /\]\(|</.test(words) && !/[\p{L}\p{N}]/u.test(words.replace(link, '').replace(link, '').replace(tag, ''));
};
