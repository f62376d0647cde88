// Builds Mandate's V8 start-up snapshot, dist/mandate.blob, from dist/mandate.cjs, with the
// Node that runs this script, and records which Node binary that was (dist/mandate.blob.node):
// bin/mandate starts from the snapshot only under that same binary, since a blob fits one Node
// version only. `npm run build` runs this; so does installing the package (postinstall, with
// --if-built), so that an installed copy gets a snapshot for the Node that installed it.
// Plain JavaScript, no dependencies: an installed package has no dev tools.
//
//   node scripts/snapshot/blob.mjs             build it; exit 1 and say why when it fails
//   node scripts/snapshot/blob.mjs --if-built  the same when dist/ exists, never failing an install
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const entry = `${dist}mandate.cjs`;
const blob = `${dist}mandate.blob`;
const stamp = `${dist}mandate.blob.node`;
const optional = process.argv.includes('--if-built');

function build() {
  if (!existsSync(entry)) return optional ? null : `${entry} is missing: run npm run build`;
  // The stamp goes first and comes back last: a half-built blob is never trusted.
  rmSync(stamp, { force: true });
  rmSync(blob, { force: true });
  const partial = `${blob}.${process.pid}`;
  // The build runs in a bare environment, from dist/: what modules read while they load must
  // not depend on who built the package (see scripts/snapshot/bundle.ts).
  const env = {};
  for (const key of ['PATH', 'LD_LIBRARY_PATH', 'SYSTEMROOT']) if (process.env[key]) env[key] = process.env[key];
  const r = spawnSync(process.execPath, ['--snapshot-blob', partial, '--build-snapshot', entry], {
    cwd: dist,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(partial)) {
    rmSync(partial, { force: true });
    const why = (r.stderr ?? '')
      .split('\n')
      .filter((l) => l && !/Warning|may still work|issue tracker|trace-warnings/.test(l));
    return `node --build-snapshot failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}): ${why.slice(0, 5).join(' / ')}`;
  }
  renameSync(partial, blob);
  writeFileSync(stamp, `${realpathSync(process.execPath)}\n`);
  return null;
}

let problem;
try {
  problem = build();
} catch (e) {
  problem = e instanceof Error ? e.message : String(e);
}
if (problem) {
  process.stderr.write(`mandate: no start-up snapshot (the game starts without it, only slower): ${problem}\n`);
  if (!optional) process.exitCode = 1;
}
