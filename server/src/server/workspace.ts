import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import picomatch from 'picomatch';
import { URI } from './uri.js';
import { discoverFiles, loadConfig, optsIn, readStoryFile, type LoadedConfig } from '../node/index.js';
import {
  buildWorkspaceIndex,
  DEFAULT_VOCABULARY,
  LineIndex,
  prepareDocument,
  preparedWith,
  type StoryDocument,
  type Vocabulary,
  type WorkspaceIndex,
} from '../engine/index.js';

/**
 * What the server knows beyond one document: the story files of the workspace folders
 * (from disk, replaced by the editor's text while a file is open), their configuration,
 * and the index built from them (personas, duplicates, symbols).
 */
export class Workspace {
  private readonly documents = new Map<string, StoryDocument>();
  private readonly lines = new Map<string, LineIndex>();
  private readonly configs = new Map<string, LoadedConfig>();
  /** The editor's version of each open document's text held here (absent: the text on disk). */
  private readonly versions = new Map<string, number>();
  private index: WorkspaceIndex | undefined;
  private lastIndex: WorkspaceIndex | undefined;
  /**
   * Counts the changes of the documents held: a lint is current only while it is the same,
   * since duplicates and personas read every document.
   */
  generation = 0;

  constructor(public folders: string[]) {}

  /** The configuration that applies to a file: the nearest `.storylint.jsonc` of its folder. */
  configFor(fsPath: string): LoadedConfig {
    const folder =
      this.folders.filter((f) => fsPath.startsWith(f)).sort((a, b) => b.length - a.length)[0] ?? dirname(fsPath);
    let loaded = this.configs.get(folder);
    if (!loaded) {
      loaded = loadConfig(folder);
      this.configs.set(folder, loaded);
    }
    return loaded;
  }

  /**
   * A configuration file changed: read the configurations again, and the files on disk whose
   * word lists (section names) changed with them. Open documents are read again when next linted.
   */
  forgetConfigs(): void {
    this.configs.clear();
    for (const [uri, doc] of this.documents) {
      if (this.versions.has(uri)) continue;
      const vocabulary = this.vocabularyFor(uri);
      if (!preparedWith(doc, vocabulary))
        this.set(uri, doc.text, prepareDocument(doc.text, uri, undefined, vocabulary));
    }
  }

  /** The word lists a document is read with: its folder configuration's. */
  vocabularyFor(uri: string): Vocabulary {
    try {
      return this.configFor(URI.toPath(uri)).config.vocabulary;
    } catch {
      return DEFAULT_VOCABULARY;
    }
  }

  /** A story file by the configured globs (relative to the configuration's folder) or by front matter. */
  isStoryFile(fsPath: string, text: string, files?: string[]): boolean {
    const loaded = this.configFor(fsPath);
    const patterns = files?.length ? files : loaded.config.files;
    const path = relative(loaded.root, fsPath).split('\\').join('/');
    return (!path.startsWith('..') && picomatch(patterns, { dot: true })(path)) || optsIn(text);
  }

  /** Reads every story file of every folder; unreadable and binary files are skipped. */
  scan(): void {
    for (const folder of this.folders) {
      const { config } = this.configFor(folder);
      for (const file of discoverFiles([], folder, config, folder).files) {
        // Unreadable, binary and oversized files are simply not indexed.
        const read = readStoryFile(file);
        if ('text' in read) this.set(URI.fromPath(file), read.text);
      }
    }
  }

  /** Holds a document's text: from disk, or (with `version`) the editor's. */
  set(uri: string, text: string, doc?: StoryDocument, version?: number): StoryDocument {
    const prepared = doc ?? prepareDocument(text, uri, undefined, this.vocabularyFor(uri));
    this.documents.set(uri, prepared);
    if (version === undefined) this.versions.delete(uri);
    else this.versions.set(uri, version);
    this.lines.delete(uri);
    this.index = undefined;
    this.generation++;
    return prepared;
  }

  /** The editor version of the text held for `uri`; undefined when it is the text on disk or none. */
  versionOf(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** A file changed on disk (not open in the editor). */
  reload(uri: string): void {
    const path = URI.toPath(uri);
    try {
      const text = readFileSync(path, 'utf8');
      if (this.isStoryFile(path, text)) this.set(uri, text);
      else this.delete(uri);
    } catch {
      this.delete(uri);
    }
  }

  delete(uri: string): void {
    if (this.documents.delete(uri)) {
      this.index = undefined;
      this.generation++;
    }
    this.versions.delete(uri);
    this.lines.delete(uri);
  }

  all(): StoryDocument[] {
    return [...this.documents.values()];
  }

  get(uri: string): StoryDocument | undefined {
    return this.documents.get(uri);
  }

  linesOf(uri: string): LineIndex | undefined {
    let lines = this.lines.get(uri);
    const doc = this.documents.get(uri);
    if (!lines && doc) {
      lines = new LineIndex(doc.text);
      this.lines.set(uri, lines);
    }
    return lines;
  }

  workspaceIndex(): WorkspaceIndex {
    // The last index lends its duplicate searches when no compared text changed (typing in a story's title, say).
    this.index ??= buildWorkspaceIndex(this.all(), this.lastIndex);
    this.lastIndex = this.index;
    return this.index;
  }
}
