/**
 * Captures the game screen as text from a real terminal (node-pty + headless xterm), for the
 * README. Usage: npm run build && npx tsx tests/e2e/capture-screen.ts [keys…]
 * Each argument is a key pressed after the first frame (default: 2 then 1, two decisions).
 */
import { Terminal, tempHome } from './helpers/terminal.js';

const keys = process.argv.slice(2);
const t = new Terminal({ args: ['play', '--role', 'us', '--seed', '7'], home: tempHome(), cols: 80, rows: 24 });
try {
  let screen = await t.waitFor('1)');
  for (const key of keys.length > 0 ? keys : ['2', '1']) {
    const before = screen;
    t.press(key);
    screen = await t.waitFor((s) => s !== before);
  }
  process.stdout.write(`${screen.replace(/\s+$/, '')}\n`);
} finally {
  t.kill();
}
process.exit(0);
