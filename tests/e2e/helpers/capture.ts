/**
 * The game screen captured as text from a real terminal (node-pty and a headless xterm), for
 * the README: `npm run docs:samples` writes it there (scripts/readme-samples.ts) and
 * tests/docs/readme.test.ts compares it with the README's copy.
 */
import { KEYS, Terminal, tempHome } from './terminal.js';

/** The game captured: `mandate play` with these arguments, at 80×24. */
export const CAPTURE_ARGS = ['play', '--role', 'us', '--seed', '7'];

/**
 * The keys pressed after the first frame: `read` reads the passage to its options (Enter while
 * text remains below); a digit takes that option. By default: two decisions (options 2 then 1),
 * then the third passage read to its options.
 */
export const CAPTURE_KEYS = ['read', '2', 'read', '1', 'read'];

/** Key names a caller may give besides single characters. */
const NAMED: Record<string, string> = {
  Enter: KEYS.enter,
  Esc: KEYS.escape,
  Up: KEYS.up,
  Down: KEYS.down,
  PgUp: KEYS.pageUp,
  PgDn: KEYS.pageDown,
};

/** Plays `keys` in a fresh game and resolves with the screen, trailing blanks trimmed. */
export async function captureScreen(keys: readonly string[] = CAPTURE_KEYS): Promise<string> {
  const t = new Terminal({ args: CAPTURE_ARGS, home: tempHome(), cols: 80, rows: 24 });
  try {
    let screen = await t.waitFor('MANDATE', { what: 'the first frame' });
    for (const key of keys) {
      if (key === 'read') {
        ({ screen } = await t.readToOptions());
        continue;
      }
      const before = screen;
      t.press(NAMED[key] ?? key);
      screen = await t.waitFor((s) => s !== before, { what: `the screen after ${key}` });
    }
    return screen.replace(/\s+$/, '');
  } finally {
    t.kill();
  }
}
