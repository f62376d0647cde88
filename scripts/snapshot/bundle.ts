/**
 * The CommonJS bundle the start-up snapshot is built from (dist/mandate.cjs; blob.mjs turns it
 * into dist/mandate.blob). Node 20 builds a snapshot from one CommonJS file only, and V8 saves
 * the heap as the entry left it: whatever a module read from its surroundings while it loaded
 * is the build's, not the player's. So every package the entry loads at build time is on a
 * reviewed list (EVALUATED_AT_BUILD), and the few that read their surroundings at load are
 * patched here (PATCHES) to read them again when the snapshot starts. A package new to the
 * list fails the build until someone has read it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { fastStringWidth } from '../fast-string-width.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const RUNTIME = here('./runtime.js');

/**
 * Packages whose modules the snapshot entry evaluates at build time, each read for what it
 * does at load. Everything else (the commands, storage, env-paths, write-file-atomic, the ink
 * compiler) loads when a command runs, as in the ES module bundle.
 */
/** Modules of src/storage that touch no disk at load or ever (error wording), safe in the heap. */
const PURE_STORAGE = new Set(['src/storage/fs-errors.ts']);

const EVALUATED_AT_BUILD: Record<string, string> = {
  react: 'pure',
  'react-reconciler': 'pure',
  scheduler: 'keeps setTimeout/setImmediate/performance, which survive the snapshot',
  ink: 'patched: stdio defaults of its contexts, is-in-ci, the error overview’s cwd, DEV mode (see PATCHES)',
  '@alcalzone/ansi-tokenize': 'patched: Intl.Segmenter',
  'ansi-escapes': 'reads TERM, TERM_PROGRAM, TMUX at load, for sequences Ink never uses (links, images, cursor save)',
  'ansi-regex': 'pure',
  'ansi-styles': 'pure',
  '@inkjs/ui':
    'builds its default theme at load (figures), nothing else; the memo field (TextInput) uses none of its symbols',
  asciichart: 'pure',
  'auto-bind': 'pure',
  chalk: 'patched: its colour level is detected again at start',
  'cli-boxes': 'pure',
  'cli-cursor': 'pure at load',
  'cli-spinners': 'pure (data)',
  'cli-truncate': 'pure',
  'code-excerpt': 'pure',
  commander: 'requires child_process at load; reads the environment only when parsing',
  'convert-to-spaces': 'pure',
  deepmerge: 'pure',
  'emoji-regex': 'pure',
  environment: 'platform flags (the blob is per platform)',
  'es-toolkit': 'pure',
  figures:
    'picks Unicode or ASCII symbols at load (is-unicode-supported: TERM=linux, Windows): fixed by the machine that builds the blob, which is the machine that plays',
  'escape-string-regexp': 'pure',
  'get-east-asian-width': 'pure',
  'indent-string': 'pure',
  inkjs: 'pure',
  'is-fullwidth-code-point': 'pure',
  'is-in-ci': 'patched: read again at start',
  'is-unicode-supported': 'pure at load (a function figures calls)',
  'mimic-fn': 'pure',
  onetime: 'pure',
  'patch-console': 'pure at load (console.Console is restored at start, see src/cli/snapshot.ts)',
  'restore-cursor': 'pure at load',
  'signal-exit': 'marks the process object and keeps process.emit/reallyExit; listens only when used',
  'slice-ansi': 'patched: Intl.Segmenter',
  'stack-utils': 'reads the cwd at load as a default Ink does not use (Ink’s is patched)',
  'string-width': 'patched: Intl.Segmenter',
  'strip-ansi': 'pure',
  'terminal-size': 'pure at load',
  'widest-line': 'pure',
  'wrap-ansi': 'pure (its string-width is patched)',
  'yoga-layout': 'replaced: scripts/snapshot/yoga.js instantiates it at start',
};

interface Patch {
  file: RegExp;
  /** Returns the patched source; throws when the text it expects is not there. */
  edit(source: string, file: string): string;
}

/** Replaces `from` with `to` exactly once, or fails the build naming the file. */
function replaceOnce(source: string, from: string, to: string, file: string): string {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) {
    throw new Error(`snapshot patch: expected one ${JSON.stringify(from)} in ${file}; has the package changed?`);
  }
  return source.slice(0, at) + to + source.slice(at + from.length);
}

const runtimeImport = (names: string) => `import { ${names} } from ${JSON.stringify(RUNTIME)};\n`;

const WASM_DATA_URL = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;

const PATCHES: Patch[] = [
  {
    // yoga.js instantiates from its own copy of the binary: drop the glue's (95 kB of source).
    file: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
    edit: (s, f) => {
      if (!WASM_DATA_URL.test(s)) throw new Error(`snapshot patch: no inline WebAssembly in ${f}`);
      return s.replace(WASM_DATA_URL, '"data:application/octet-stream;base64,"');
    },
  },
  {
    // Top-level await (for React DevTools under DEV=true) cannot be in CommonJS. The launcher
    // never starts the snapshot with DEV=true, so these branches never run in it.
    file: /[\\/]ink[\\/]build[\\/]reconciler\.js$/,
    edit: (s, f) =>
      replaceOnce(
        replaceOnce(s, "await import('./devtools.js');", 'void 0;', f),
        'await loadPackageJson()',
        '{ name: undefined, version: undefined }',
        f,
      ),
  },
  ...(['stdin', 'stdout', 'stderr'] as const).map(
    (stream): Patch => ({
      // The default value of the context (never used: Ink's App always provides one) would
      // open the build's standard stream at load.
      file: new RegExp(`[\\\\/]ink[\\\\/]build[\\\\/]components[\\\\/]Std${stream.slice(3)}Context\\.js$`),
      edit: (s, f) =>
        replaceOnce(s, `${stream}: process.${stream},`, `get ${stream}() { return process.${stream}; },`, f),
    }),
  ),
  {
    // Decides whether Ink draws every frame or only the last: must be the player's CI, not the build's.
    file: /[\\/]is-in-ci[\\/]index\.js$/,
    edit: (s, f) =>
      runtimeImport('onSnapshotStart') +
      replaceOnce(
        replaceOnce(s, 'const isInCi = ', 'let isInCi = ', f),
        'export default isInCi;',
        "onSnapshotStart(() => {\n  isInCi = check('CI') || check('CONTINUOUS_INTEGRATION');\n});\nexport { isInCi as default };",
        f,
      ),
  },
  {
    // chalk detects the colour level once, at load (the build has no terminal): detect it again.
    file: /[\\/]chalk[\\/]source[\\/]index\.js$/,
    edit: (s) =>
      `${runtimeImport('onSnapshotStart')}import { createSupportsColor as snapshotSupportsColor } from '#supports-color';\nimport snapshotTty from 'node:tty';\n${s}\nonSnapshotStart(() => {\n  const level = (fd) => (snapshotSupportsColor({ isTTY: snapshotTty.isatty(fd) }) || { level: 0 }).level;\n  chalk.level = level(1);\n  chalkStderr.level = level(2);\n});\n`,
  },
  {
    // Shortens paths in the stack of a crashed component relative to the cwd read at load.
    file: /[\\/]ink[\\/]build[\\/]components[\\/]ErrorOverview\.js$/,
    edit: (s, f) =>
      runtimeImport('onSnapshotStart') +
      replaceOnce(
        s,
        'const stackUtils = new StackUtils({\n    cwd: cwd(),\n    internals: StackUtils.nodeInternals(),\n});',
        'const makeStackUtils = () => new StackUtils({ cwd: cwd(), internals: StackUtils.nodeInternals() });\nlet stackUtils = makeStackUtils();\nonSnapshotStart(() => {\n    stackUtils = makeStackUtils();\n});',
        f,
      ),
  },
];

/** Segmenters made at load: V8 cannot save them (see runtime.js). Any package, any number. */
function lazySegmenters(source: string): string {
  if (!source.includes('new Intl.Segmenter(')) return source;
  return runtimeImport('lazySegmenter') + source.replaceAll('new Intl.Segmenter(', 'lazySegmenter(');
}

function snapshotPlugin(): Plugin {
  return {
    name: 'mandate-snapshot',
    setup(b) {
      b.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: here('./yoga.js') }));
      b.onResolve({ filter: /^mandate-snapshot:yoga-wasm$/ }, () => ({ path: 'yoga-wasm', namespace: 'snapshot' }));
      b.onLoad({ filter: /^yoga-wasm$/, namespace: 'snapshot' }, () => {
        const glue = readFileSync(here('../../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js'), 'utf8');
        const base64 = WASM_DATA_URL.exec(glue)?.[1];
        if (!base64) throw new Error('snapshot: the WebAssembly binary is no longer inline in yoga-layout');
        return { contents: `export const WASM_BASE64 = ${JSON.stringify(base64)};`, loader: 'js' };
      });
      b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/, namespace: 'file' }, (args) => {
        const original = readFileSync(args.path, 'utf8');
        let source = original;
        for (const patch of PATCHES) if (patch.file.test(args.path)) source = patch.edit(source, args.path);
        source = lazySegmenters(source);
        return source === original ? undefined : { contents: source, loader: 'js' };
      });
    },
  };
}

/** The package a bundled input belongs to (`ink`, `@alcalzone/ansi-tokenize`), or null for ours. */
function packageOf(input: string): string | null {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
  return m ? m[1]! : null;
}

/** Inputs the entry evaluates at build time: its static imports and requires, transitively. */
function evaluatedAtBuild(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const imp of meta.inputs[queue.pop()!]?.imports ?? []) {
      if (imp.external || imp.kind === 'dynamic-import' || seen.has(imp.path)) continue;
      seen.add(imp.path);
      queue.push(imp.path);
    }
  }
  return seen;
}

/** Bundles the snapshot's entry (entry.ts) into `outfile` (CommonJS) and checks what it evaluates at build. */
export async function bundleSnapshotEntry(outfile: string, stubs: Record<string, string>): Promise<void> {
  const entry = 'scripts/snapshot/entry.ts';
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: !process.env.NOMIN,
    legalComments: 'none',
    metafile: true,
    alias: stubs,
    define: {
      'process.env.NODE_ENV': '"production"',
      // As in the ES module bundle (see build.ts): yoga must not reach for fetch.
      fetch: 'undefined',
      // Set by the snapshot's main function to where dist/ is now, not where it was built.
      'import.meta.url': 'globalThis.__mandateModuleUrl',
    },
    banner: {
      js: "globalThis.__mandateModuleUrl = require('node:url').pathToFileURL(__filename).href;",
    },
    plugins: [snapshotPlugin(), fastStringWidth()],
    logLevel: 'warning',
  });
  const unreviewed = new Set<string>();
  for (const input of evaluatedAtBuild(result.metafile, entry)) {
    const pkg = packageOf(input);
    if (pkg && !(pkg in EVALUATED_AT_BUILD)) unreviewed.add(pkg);
    if (!pkg && input.startsWith('src/storage/') && !PURE_STORAGE.has(input)) unreviewed.add(input);
  }
  if (unreviewed.size > 0) {
    throw new Error(
      `snapshot: ${[...unreviewed].join(', ')} would be evaluated at build time. Check what each reads at load ` +
        '(environment, terminal, cwd, Intl) and add it to EVALUATED_AT_BUILD in scripts/snapshot/bundle.ts, ' +
        'or load it later (a dynamic import).',
    );
  }
}
