/**
 * An esbuild plugin that puts src/ui/simple-width.ts in front of every string-width in the
 * bundle: a string of simple characters (after its colour codes are stripped, as string-width
 * strips them) measures its length; anything else, or any option but the defaults, goes to the
 * string-width its importer would have had. Used by both bundles (build.ts, snapshot/bundle.ts).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const SIMPLE_WIDTH = fileURLToPath(new URL('../src/ui/simple-width.ts', import.meta.url));
const NAMESPACE = 'fast-string-width';

export function fastStringWidth(): Plugin {
  return {
    name: 'fast-string-width',
    setup(b) {
      b.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData === NAMESPACE) return undefined;
        const real = await b.resolve('string-width', {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: NAMESPACE,
        });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: NAMESPACE };
      });
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        resolveDir: dirname(args.path),
        loader: 'js',
        contents: [
          `import realStringWidth from ${JSON.stringify(args.path)};`,
          // strip-ansi as the real one resolves it, so both strip alike.
          "import stripAnsi from 'strip-ansi';",
          `import { isSimpleText } from ${JSON.stringify(SIMPLE_WIDTH)};`,
          'export default function stringWidth(input, options) {',
          "  if (typeof input === 'string' && (options === undefined || (options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes))) {",
          "    const text = input.includes('\\u001B') || input.includes('\\u009B') ? stripAnsi(input) : input;",
          '    if (isSimpleText(text)) return text.length;',
          '  }',
          '  return realStringWidth(input, options);',
          '}',
        ].join('\n'),
      }));
    },
  };
}
