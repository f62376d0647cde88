/**
 * An installed copy from `npm pack`: the tarball carries no blob (one fits a single Node
 * binary); installing builds one for the Node that installs it (postinstall), and the
 * installed command starts from it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

describe('npm pack, then npm install', () => {
  it('installs a command that starts from a snapshot built on install', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-pack-'));
    // --ignore-scripts: pack the dist/ the test run built, without building it again under other tests.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const listing = spawnSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' }).stdout;
    expect(listing).toContain('package/bin/mandate');
    expect(listing).toContain('package/dist/mandate.cjs');
    expect(listing).not.toContain('mandate.blob');

    // The dependencies come from npm's cache, filled when this checkout was installed.
    const prefix = join(dir, 'installed');
    const install = spawnSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(dir, tarball)],
      { encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
    const pkg = join(prefix, 'node_modules/mandate');
    expect(existsSync(join(pkg, 'dist/mandate.blob'))).toBe(true);
    expect(readFileSync(join(pkg, 'dist/mandate.blob.node'), 'utf8')).toBe(`${realpathSync(process.execPath)}\n`);

    const bin = join(prefix, 'node_modules/.bin/mandate');
    const env = {
      ...process.env,
      MANDATE_HOME: join(dir, 'home'),
      NO_COLOR: '1',
      PATH: `${join(process.execPath, '..')}:${process.env.PATH}`,
    };
    // sh -x shows the command the launcher ran.
    const traced = spawnSync('sh', ['-x', bin, 'play', '--role', 'us', '--seed', '2', '--plain'], {
      input: '1\n',
      encoding: 'utf8',
      env,
    });
    expect(traced.status).toBe(0);
    expect(traced.stderr).toMatch(
      /exec \S+ --snapshot-blob \S+\/dist\/mandate\.blob \S+\/dist play --role us --seed 2 --plain/,
    );
    expect(traced.stdout).toContain('── Turn 1 · August 2003 ──');
    expect(traced.stdout).toContain('continue with: mandate resume');
  }, 180_000);
});
