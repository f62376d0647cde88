/** The warning near the edge, in words: the engine says how close the meters are, the panel says it. */
import { describe, expect, it } from 'vitest';
import type { Role, View } from '../../src/engine/session.js';
import { BURDEN_LIMIT } from '../../src/engine/sim/meters.js';
import { dangerWarning } from '../../src/ui/panels.js';
import { newSession } from '../helpers/story.js';

/** The opening view of a game, with its meters and next upkeep replaced. */
function at(capital: number, usTroops: number, upkeep: number, ended = false, role: Role = 'us'): View {
  const view = newSession(role, 1, 'short').view();
  return { ...view, meters: { ...view.meters, capital, usTroops }, upkeep, ended };
}

describe('the warning near the edge', () => {
  it('names the upkeep that ends the game, the costly choice that could, and the troops left', () => {
    expect(dangerWarning(at(3, 130, 3))).toBe("Warning: next month's upkeep (-3) ends the game.");
    expect(dangerWarning(at(8, 130, 3))).toBe('Warning: capital 8, upkeep -3: one costly choice could end the game.');
    expect(dangerWarning(at(50, BURDEN_LIMIT - 10, 0))).toBe('Warning: 10k more US troops end the game.');
    expect(dangerWarning(at(50, BURDEN_LIMIT - 11, 0))).toBeNull();
    expect(dangerWarning(at(3, 130, 3, true))).toBeNull();
  });

  it("names the NATO desk's meter by its own name", () => {
    expect(dangerWarning(at(8, 130, 3, false, 'nato'))).toBe(
      'Warning: trust 8, upkeep -3: one costly choice could end the game.',
    );
  });
});
