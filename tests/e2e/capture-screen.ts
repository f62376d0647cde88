/**
 * Captures the game screen as text from a real terminal (node-pty + headless xterm), for the
 * README. Usage: npm run build && npx tsx tests/e2e/capture-screen.ts [keys…]
 * Each argument is a key pressed after the first frame: a character, Enter, Esc, Up, Down, PgUp,
 * PgDn, or `read` (Enter until the options show). The default is tests/e2e/helpers/capture.ts'
 * CAPTURE_KEYS: two decisions, then the third passage read to its options.
 */
import { CAPTURE_KEYS, captureScreen } from './helpers/capture.js';

const keys = process.argv.slice(2);
process.stdout.write(`${await captureScreen(keys.length > 0 ? keys : CAPTURE_KEYS)}\n`);
process.exit(0);
