/**
 * Worker threads for the commands that replay or play many games: `replay --verify` over many
 * logs and `check`. A piscina pool runs the tasks of worker.ts, one thread per core unless
 * `--jobs` says otherwise, and the results come back in the order the tasks were given,
 * whatever order the threads finish in.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { WorkerData, WorkerTasks } from './worker.js';

/** One thread per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The worker's file: dist/worker.js beside the bundle (this module may sit in dist/chunks/, or
 * in the snapshot's dist/mandate.cjs), or worker.ts beside this file when run from the source
 * (tests), which then needs tsx in the thread.
 */
function workerFile(): { filename: string; execArgv: string[] } {
  const here = import.meta.url;
  for (const rel of ['./worker.js', '../worker.js']) {
    const filename = fileURLToPath(new URL(rel, here));
    if (existsSync(filename) && !filename.includes('/src/')) return { filename, execArgv: [] };
  }
  return { filename: fileURLToPath(new URL('./worker.ts', here)), execArgv: ['--import', 'tsx'] };
}

export interface WorkerPool {
  /** Runs `name` of worker.ts over `tasks`; the results are in the tasks' order. */
  run<N extends keyof WorkerTasks>(
    name: N,
    tasks: Parameters<WorkerTasks[N]>[0][],
  ): Promise<Awaited<ReturnType<WorkerTasks[N]>>[]>;
  close(): Promise<void>;
}

/**
 * Starts `threads` workers at once: each loads the story from `data` while the caller goes on
 * with its own preparation. `resourceLimits` caps each thread's heap (Node's worker option).
 */
export function openPool(
  threads: number,
  data: WorkerData,
  resourceLimits?: import('node:worker_threads').ResourceLimits,
): WorkerPool {
  // piscina is CommonJS and loaded on demand: the snapshot's program cannot import(), and the
  // commands that never fan out should not pay for it.
  const PiscinaPool = createRequire(import.meta.url)('piscina') as typeof Piscina;
  const n = Math.max(1, threads);
  const pool = new PiscinaPool({ ...workerFile(), minThreads: n, maxThreads: n, workerData: data, resourceLimits });
  return {
    run: (name, tasks) => Promise.all(tasks.map((task) => pool.run(task, { name }))),
    close: () => pool.destroy(),
  };
}

/** Runs `name` of worker.ts over `tasks` on up to `jobs` threads; the results are in the tasks' order. */
export async function runInWorkers<N extends keyof WorkerTasks>(
  name: N,
  tasks: Parameters<WorkerTasks[N]>[0][],
  options: { jobs: number; data: WorkerData },
): Promise<Awaited<ReturnType<WorkerTasks[N]>>[]> {
  const pool = openPool(Math.min(options.jobs, tasks.length), options.data);
  try {
    return await pool.run(name, tasks);
  } finally {
    await pool.close();
  }
}
