/**
 * docs/performance.md says plain mode starts fast because a new game loads neither React (nor
 * Ink) nor the schema library (zod). Here the built game is run with every module it loads
 * recorded, and the parts of the bundle that hold React and zod are recognised by their code.
 * The same recording of a command that does read a log (and so needs zod) shows the check
 * can fail.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, tempHome } from '../helpers/cli.js';
import { finishedLog, writeJson } from '../logs/fixtures.js';

const RECORDER = fileURLToPath(new URL('./record-modules.mjs', import.meta.url));
const DIST = join(BIN, '..');

/** What each library leaves in the code of the bundle part that holds it. */
const MARKERS = {
  react: 'react.transitional.element',
  ink: 'ink-text',
  zod: 'ZodError',
} as const;
type Library = keyof typeof MARKERS;

/** The files of dist/ that hold each library. */
function bundleParts(): Record<Library, string[]> {
  const files = [BIN, ...readdirSync(join(DIST, 'chunks')).map((f) => join(DIST, 'chunks', f))];
  const out = { react: [], ink: [], zod: [] } as Record<Library, string[]>;
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    for (const lib of Object.keys(MARKERS) as Library[]) if (code.includes(MARKERS[lib])) out[lib].push(file);
  }
  return out;
}

/** Runs the built game with `args` and returns the libraries whose bundle parts it loaded. */
function librariesLoaded(args: string[], input = ''): { libraries: Library[]; modules: string[] } {
  const home = tempHome();
  const log = join(home, 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, MANDATE_HOME: home, MANDATE_MODULE_LOG: log, NO_COLOR: '1' },
  });
  expect(r.stderr).not.toMatch(/Error|at .*\.js/);
  const modules = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u));
  const parts = bundleParts();
  const libraries = (Object.keys(parts) as Library[]).filter((lib) => parts[lib].some((f) => modules.includes(f)));
  return { libraries, modules };
}

describe('the modules a command loads', () => {
  it('finds React, Ink and zod in the bundle, each in its own part', () => {
    const parts = bundleParts();
    for (const lib of Object.keys(parts) as Library[]) expect(parts[lib].length, lib).toBeGreaterThan(0);
    expect(parts.zod.some((f) => parts.react.includes(f))).toBe(false);
  });

  it('plain mode plays a new game without loading React, Ink or zod', () => {
    const { libraries, modules } = librariesLoaded(['play', '--role', 'us', '--seed', '1', '--plain'], '1\n2\n');
    expect(modules).toContain(BIN);
    expect(modules.length).toBeGreaterThan(2);
    expect(libraries).toEqual([]);
  });

  it('a command that reads a log loads zod (so the check above can fail), and still no React', () => {
    const file = writeJson(tempHome(), 'game.json', finishedLog());
    expect(librariesLoaded(['replay', '--verify', file]).libraries).toEqual(['zod']);
  });
});
