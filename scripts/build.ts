/**
 * `npm run build`: compile the story, then bundle the CLI into dist/ with esbuild.
 * The bundle is split so plain mode and the commands that never draw a screen do not load
 * React and Ink, and the ink compiler loads only for `--story FILE.ink` and `check`.
 * Then the start-up snapshot: a CommonJS bundle of the same program (dist/mandate.cjs) and the
 * V8 heap built from it (dist/mandate.blob), which bin/mandate starts from (scripts/snapshot/).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileStory } from './compile-story.js';
import { fastStringWidth } from './fast-string-width.js';
import { bundleSnapshotEntry } from './snapshot/bundle.js';

if (!compileStory()) {
  process.stderr.write('story: compilation failed\n');
  process.exit(1);
}

const stubs = { 'react-devtools-core': fileURLToPath(new URL('./stubs/react-devtools-core.js', import.meta.url)) };

rmSync('dist', { recursive: true, force: true });
await build({
  // worker.js: what the worker threads of check and replay --verify run (src/cli/workers/).
  entryPoints: { mandate: 'src/cli/bin.ts', worker: 'src/cli/workers/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  alias: stubs,
  plugins: [fastStringWidth()],
  define: {
    'process.env.NODE_ENV': '"production"',
    // Ink's layout engine (yoga) decodes its inline WebAssembly with fetch() when fetch exists,
    // and touching Node's fetch loads undici: about 15 ms of start-up for a data: URL. The game
    // never uses the network, so the bundle sees no fetch and yoga decodes the base64 itself.
    fetch: 'undefined',
  },
  banner: {
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __mandateRequire } from 'node:module';",
      "import { fileURLToPath as __mandateFileURLToPath } from 'node:url';",
      'const require = __mandateRequire(import.meta.url);',
      'const __filename = __mandateFileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join('\n'),
  },
  logLevel: 'warning',
});

await bundleSnapshotEntry('dist/mandate.cjs', stubs);
const blob = spawnSync(process.execPath, [fileURLToPath(new URL('./snapshot/blob.mjs', import.meta.url))], {
  stdio: 'inherit',
});
if (blob.status !== 0) process.exit(1);
