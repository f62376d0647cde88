/**
 * README.md shows what the program prints: the plain-mode sample and the screen capture are
 * made again here and compared with the README. When the story or the screens change, run
 * `npm run docs:samples` and commit the new README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainSample, readmeSample, screenSample } from './readme-samples.js';

const readme = readFileSync('README.md', 'utf8');

describe('README.md', () => {
  it('shows plain mode’s first screen as the program prints it', () => {
    expect(readmeSample(readme, 'plain')).toBe(plainSample());
  });

  it('shows the game screen as a real terminal draws it', async () => {
    expect(readmeSample(readme, 'screen')).toBe(await screenSample());
  }, 60_000);
});
