/**
 * `mandate host`: opens a class session on this machine. Students join with `mandate join`;
 * every log they send is stored, atomically, in the host's folder (`games/ID.json`), and the
 * teacher follows the class on the dashboard. Restarted on the same folder, the host keeps its
 * code, token and games, so the students' games carry on.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type MemoAsk, withMemos } from '../../engine/memo.js';
import {
  buildClassReport,
  type RejectedLog,
  storyBriefing,
  storyInfo,
  type VerifiedGame,
} from '../../engine/report/index.js';
import { BUILT_IN_SCENARIOS, isBuiltInScenario } from '../../engine/scenario.js';
import { ClassState, newClassCode, newToken } from '../../host/class-state.js';
import { defaultBindAddress, isLocalAddress } from '../../host/network.js';
import { Pairs } from '../../host/pairs.js';
import { HostServer } from '../../host/server.js';
import {
  ClassFolderError,
  type ClassRecord,
  gamesDir,
  lockClassFolder,
  readClass,
  writeClass,
} from '../../storage/class-folder.js';
import { collectLogFiles } from '../../storage/log-files.js';
import { LogLockedError } from '../../storage/log-lock.js';
import { dataDir, safeFilePart } from '../../storage/paths.js';
import { UserError } from '../errors.js';
import { print } from '../output.js';
import { renderReport } from '../render/index.js';
import { builtInStorySource } from '../story-source.js';
import { loadGames } from './report-io.js';

export interface HostOptions {
  folder?: string;
  port?: number;
  bind?: string;
  scenario?: string;
  seed?: number;
  memos?: MemoAsk;
  name?: string;
  /** The host seats every student at a desk of a linked pair (students need no --pair). */
  pairs?: boolean;
  /** Commander's --no-announce. */
  announce?: boolean;
}

/** The class's folder: `--folder`, else `classes/NAME` in the data folder. */
function folderFor(opts: HostOptions): string {
  if (opts.folder) return resolve(opts.folder);
  const day = new Date().toISOString().slice(0, 10);
  return join(dataDir(), 'classes', safeFilePart(opts.name ?? day, day));
}

/** The class report over the games so far, as an HTML page. */
function reportOf(folder: string): string {
  const source = builtInStorySource();
  const { files, problems } = collectLogFiles([gamesDir(folder)]);
  const games: VerifiedGame[] = [];
  const rejected: RejectedLog[] = problems.map((p) => ({ file: p.file, reason: p.problem }));
  for (const file of files) {
    const r = loadGames(file, source.json);
    if (r.ok) games.push(...r.games);
    else rejected.push(r.rejected);
  }
  const report = buildClassReport({
    games,
    rejected,
    story: storyInfo(source.json),
    timeline: storyBriefing(source.json).timeline,
    capital: source.labels.capital,
    names: true,
    now: new Date(),
  });
  return renderReport(report, 'html');
}

export async function hostCommand(opts: HostOptions): Promise<number> {
  const scenario = opts.scenario ?? 'full';
  if (!isBuiltInScenario(scenario)) throw new UserError(`--scenario ${scenario}: a class plays full or short`);
  const bind = opts.bind ?? defaultBindAddress();
  if (!isLocalAddress(bind)) {
    throw new UserError(
      `--bind ${bind}: a class host binds to a local-network address only (10.x, 172.16-31.x, 192.168.x, 127.x)`,
    );
  }
  const folder = folderFor(opts);
  mkdirSync(folder, { recursive: true });
  try {
    lockClassFolder(folder);
  } catch (e) {
    if (e instanceof LogLockedError) throw new UserError(`${folder}: another mandate host is using this folder`);
    throw e;
  }
  let record: ClassRecord | null;
  try {
    record = readClass(folder);
  } catch (e) {
    if (e instanceof ClassFolderError) throw new UserError(e.message);
    throw e;
  }
  const reopened = record !== null;
  if (!record) {
    record = {
      format: 'mandate-class',
      version: 1,
      name: opts.name ?? 'Class',
      code: newClassCode(),
      token: newToken(),
      scenario,
      seed: opts.seed ?? null,
      memos: opts.memos ?? null,
      createdAt: new Date().toISOString(),
      games: [],
      pairs: [],
      ...(opts.pairs ? { hostPairs: true } : {}),
    };
    writeClass(folder, record);
  } else if (opts.pairs && !record.hostPairs) {
    // A class opened again with --pairs: the students who join from now on are paired.
    record.hostPairs = true;
    writeClass(folder, record);
  }
  const state = new ClassState(folder, record);
  const source = builtInStorySource();
  const classScenario = withMemos(BUILT_IN_SCENARIOS[record.scenario as 'full' | 'short'], record.memos ?? undefined);
  const pairs = new Pairs(
    folder,
    record,
    { json: source.json, parsed: source.parsed?.() ?? source.json },
    classScenario,
  );
  const host = new HostServer({ state, pairs, report: async () => reportOf(folder) });
  let address: import('node:net').AddressInfo;
  try {
    address = await host.listen(opts.port ?? 8470, bind);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(
      `cannot listen on ${bind}:${opts.port ?? 8470}: ${err.code === 'EADDRINUSE' ? 'the port is in use (try --port)' : err.message}`,
    );
  }
  const base = `http://${address.address}:${address.port}`;
  const stopAnnouncing =
    opts.announce === false
      ? null
      : (await import('../../host/announce.js')).announce(`Mandate ${record.name} ${record.code}`, address.port);
  print(
    `${[
      `Mandate class "${record.name}" is ${reopened ? 'open again' : 'open'} (${record.scenario} scenario${record.seed === null ? '' : `, seed ${record.seed}`}).`,
      `  Class code: ${record.code}`,
      `  Students:   mandate join --code ${record.code} --player NAME${stopAnnouncing ? '' : ` ${base}`}`,
      record.hostPairs ? '  Pairs:      the host seats the students two by two, one desk each' : '',
      `  Address:    ${base}`,
      `  Dashboard:  ${base}/dashboard?token=${record.token}`,
      `  Logs:       ${gamesDir(folder)}`,
      reopened ? `  ${record.games.length} games carry on from before.` : '',
      'Ctrl+C closes the class; every log that reached the host is already saved.',
      '',
    ]
      .filter((l) => l !== '')
      .join('\n')}\n`,
  );
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await stopAnnouncing?.();
  await host.close();
  return 0;
}
