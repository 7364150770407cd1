import { setFlagsFromString } from 'node:v8';

/**
 * A lint run is a batch job that ends soon after its peak, so it keeps its heap compact rather
 * than growing it freely. By default V8 lets the heap grow to four times what it kept at its last
 * full collection; parsing the one-file 10,000-story backlog promotes much short-lived garbage
 * while its live set is still growing, so the run peaked at 350 MB resident with 60–100 MB live.
 * Growing by 25% at most keeps that peak at 235–240 MB (100%: 275–305 MB) for ten more full
 * collections, 0.3–0.8 s of a 9 s run. Only the executable calls this: the flag is process-wide
 * (worker threads included), and `run` also runs inside test runners and other hosts.
 */
export function keepHeapCompact(): void {
  setFlagsFromString('--heap-growing-percent=25');
}
