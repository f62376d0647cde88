/**
 * README.md shows the game screen as the program draws it: the capture between its
 * `readme:screen-sample` markers is made again here, in a real terminal, and compared. When the
 * screen or the story changes, regenerate it with `npm run build && npx tsx
 * tests/e2e/capture-screen.ts` and paste the output between the markers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureScreen } from './helpers/capture.js';

const START = '<!-- readme:screen-sample:start -->\n```\n';
const END = '\n```\n<!-- readme:screen-sample:end -->';

/** The capture in README.md, without the code fence around it. */
function readmeCapture(): string {
  const readme = readFileSync('README.md', 'utf8');
  const i = readme.indexOf(START);
  const j = readme.indexOf(END, i);
  if (i < 0 || j < 0) throw new Error('README.md: no readme:screen-sample markers around the screen capture');
  return readme.slice(i + START.length, j);
}

describe('README.md', () => {
  it('shows the game screen exactly as a real terminal draws it', async () => {
    expect(readmeCapture()).toBe(await captureScreen());
  }, 60_000);
});
