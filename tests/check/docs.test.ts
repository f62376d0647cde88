/** docs/authoring.md repeats the track tables for authors; they must say what the engine does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedMoves, INITIAL_TRACKS, TRACK_NAMES } from '../../src/engine/sim/tracks.js';

const doc = readFileSync('docs/authoring.md', 'utf8');

describe('docs/authoring.md', () => {
  for (const track of TRACK_NAMES) {
    it(`lists the ${track} track's moves as src/engine/sim/tracks.ts allows them`, () => {
      const section = doc.split(`**${track}** (starts at \`${INITIAL_TRACKS[track]}\`)`)[1]?.split('\n\n')[1] ?? '';
      const rows = section
        .split('\n')
        .slice(2)
        .map((row) => row.split('|').map((cell) => cell.trim()));
      expect(rows.length).toBeGreaterThan(0);
      for (const [, from, to] of rows) {
        const state = from!.replaceAll('`', '');
        const listed = [...to!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
        expect(listed, `${track} from ${state}`).toEqual([...allowedMoves(track, state)]);
      }
    });
  }
});
