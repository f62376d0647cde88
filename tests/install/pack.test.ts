/**
 * The classroom install, as docs/teaching.md tells a teacher to do it: `npm pack` in the
 * project, then `npm install --global --omit=dev` of the tarball (here into a temporary prefix),
 * then a plain game played to its end and debriefed, with no development toolchain anywhere.
 * The installed node_modules must stay under 60 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIMIT = 60 * 1024 * 1024;

/** Bytes of every file under a folder (links not followed). */
function sizeOf(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) total += sizeOf(path);
    else total += lstatSync(path).size;
  }
  return total;
}

function run(cmd: string, args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

let work: string;
let prefix: string;
let files: string[];
let bin: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/mandate.js'))) throw new Error('dist/ is missing: run npm run build first');
  work = mkdtempSync(join(tmpdir(), 'mandate-pack-'));
  prefix = join(work, 'prefix');
  // The build already ran (npm test builds first); pack what it made.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  expect(packed.code, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  files = info!.files.map((f) => f.path);
  const tarball = join(work, info!.filename);
  const installed = run(
    'npm',
    ['install', '--global', '--omit=dev', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball],
    { cwd: work },
  );
  expect(installed.code, installed.stderr).toBe(0);
  bin = join(prefix, 'bin', 'mandate');
}, 300_000);

describe('the classroom install', () => {
  it('packs the built game, the compiled story, the docs and the examples, and no sources or tests', () => {
    for (const f of [
      'bin/mandate',
      'dist/mandate.js',
      'story/build/mandate.json',
      'story/scenarios/short.json',
      'docs/teaching.md',
      'docs/scenarios.md',
      'examples/scenarios/hard.json',
      'README.md',
      'package.json',
    ]) {
      expect(files, f).toContain(f);
    }
    // The one script shipped builds the start-up snapshot for the installing Node (postinstall).
    expect(files.filter((f) => /^(src|tests|scripts|bench)\//.test(f))).toEqual(['scripts/snapshot/blob.mjs']);
  });

  it('installs without the development toolchain, in under 60 MB of node_modules', () => {
    const modules = join(prefix, 'lib', 'node_modules', 'mandate', 'node_modules');
    for (const dev of ['typescript', 'vitest', 'esbuild', 'tsx', '@biomejs', 'node-pty', 'playwright-core']) {
      expect(existsSync(join(modules, dev)), dev).toBe(false);
    }
    const size = sizeOf(modules);
    expect(size).toBeLessThan(LIMIT);
    // For the report: what the install weighs.
    console.log(`installed node_modules: ${(size / 1024 / 1024).toFixed(1)} MB`);
  });

  it('plays a plain game to its end, and debriefs it', () => {
    const home = join(work, 'home');
    const log = join(work, 'ana-us.json');
    const played = run(
      bin,
      ['play', '--plain', '--role', 'us', '--scenario', 'short', '--seed', '3', '--player', 'Ana', '--log', log],
      {
        input: '1\n'.repeat(200),
        env: { MANDATE_HOME: home },
      },
    );
    expect(played.stderr).toBe('');
    expect(played.code).toBe(0);
    expect(played.stdout).toMatch(/^ending: [a-z-]+$/m);
    const saved = JSON.parse(readFileSync(log, 'utf8'));
    expect(saved.status).toBe('ended');
    const debrief = run(bin, ['debrief', log], { env: { MANDATE_HOME: home } });
    expect(debrief.code).toBe(0);
    expect(debrief.stdout).toContain('## What really happened');
  });
});
