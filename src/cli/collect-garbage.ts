/**
 * A full garbage collection on demand, for the class report's main thread. It folds thousands
 * of game summaries that arrive from worker threads and are dropped at once; V8 sizes a main
 * thread's heap for the machine's memory and lets that garbage pile up to several times what
 * is live before it collects (a report over 10,000 logs held about 20 MB and grew past 60), so
 * the report's peak memory followed the number of logs after all. Collecting every few hundred
 * games keeps the heap at what the report holds, for a few milliseconds each time.
 *
 * Node gives gc() only to a process started with --expose-gc; setting the flag at run time and
 * taking gc from a new context is how jest's leak detector (jest-leak-detector) gets it too.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Only this function needed the flag: other code of the process sees no global gc.
  setFlagsFromString('--no-expose-gc');
  return gc;
}
