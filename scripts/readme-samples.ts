/**
 * `npm run docs:samples`: writes README.md's plain-mode sample and screen capture from the
 * program (tests/docs/readme-samples.ts makes them; tests/docs/readme.test.ts compares them).
 * Needs the built game (the npm script builds first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { plainSample, screenSample, withSample } from '../tests/docs/readme-samples.js';

let readme = readFileSync('README.md', 'utf8');
readme = withSample(readme, 'plain', plainSample());
readme = withSample(readme, 'screen', await screenSample());
writeFileSync('README.md', readme);
process.stdout.write('README.md: plain-mode sample and screen capture written\n');
process.exit(0);
