import { setFlagsFromString } from 'node:v8';

/**
 * A lint run is a batch job that ends soon after its peak, so it keeps its heap compact rather
 * than growing it freely. By default V8 lets the heap grow to four times what it kept at its last
 * full collection before collecting again; parsing the one-file 10,000-story backlog promotes
 * much short-lived garbage, so its peak held 2.5 times what was live (350 MB resident). Growing
 * by 100% at most takes the peak to 280–290 MB for three more full collections (about 0.35 s
 * of 9 s). Only the executable calls this: the flag is process-wide, and `run` also runs inside
 * test runners and other hosts.
 */
export function keepHeapCompact(): void {
  setFlagsFromString('--heap-growing-percent=100');
}
