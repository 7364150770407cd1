import { fileURLToPath, pathToFileURL } from 'node:url';

/** file: URIs ⇄ paths, the way VS Code spells them (so index keys match the editor's URIs). */
export const URI = {
  fromPath(path: string): string {
    return pathToFileURL(path).href;
  },
  toPath(uri: string): string {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  },
  isFile(uri: string): boolean {
    return uri.startsWith('file:');
  },
};
