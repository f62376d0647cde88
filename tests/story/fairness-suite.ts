/**
 * The campaign's fairness games for one desk (issue 12): GAMES_PER_PLAYER seeded games per
 * player (each lean and random), full and short, through the engine over the story parsed
 * once. Each desk has its own test file (fairness-us.test.ts, fairness-nato.test.ts) so that
 * vitest can run the two side by side. What is asserted:
 * - every option offered carries a known lean (else the lean players are random players);
 * - every lean reaches MIN_ENDINGS endings that are not collapses and collapses in at most
 *   MAX_COLLAPSE_RATE of its games (src/engine/fairness/tally.ts);
 * - the short scenario makes a collapse possible: some game of some player collapses;
 * - docs/story.md prints these figures (npm run story:fairness writes them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAMES_PER_PLAYER, playStrategies } from '../../src/engine/fairness/games.js';
import {
  fairnessSection,
  fairnessSections,
  readFairnessBlock,
  sectionHeading,
} from '../../src/engine/fairness/markdown.js';
import { type FairnessFigures, fairnessProblems, tallyGames } from '../../src/engine/fairness/tally.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import type { Role } from '../../src/engine/session.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { storyJson } from '../helpers/story.js';

/**
 * For the first test of a scenario, which plays its games: 4,000 games take about 90 s (full)
 * or 55 s (short) of CPU (a full game about 23 ms, a short one about 13 ms, measured on the
 * shared 2-core machine); a loaded machine takes up to three times as long in wall time.
 */
const PLAY_TIMEOUT = 900_000;
const SCENARIOS = ['full', 'short'] as const;
const story = new ParsedStory(storyJson);

export function fairnessSuite(role: Role): void {
  const played = new Map<string, ReturnType<typeof playStrategies> & { figures: FairnessFigures }>();
  /** The games of a scenario, played once and kept, whichever test asks first. */
  const games = (scenario: 'full' | 'short') => {
    let p = played.get(scenario);
    if (!p) {
      const r = playStrategies(story, role, BUILT_IN_SCENARIOS[scenario], GAMES_PER_PLAYER);
      p = { ...r, figures: tallyGames(role, scenario, r.endings, r.games) };
      played.set(scenario, p);
    }
    return p;
  };

  describe(`fairness: the ${role} desk, ${GAMES_PER_PLAYER} games per player and scenario`, () => {
    for (const scenario of SCENARIOS) {
      it(
        `${role}, ${scenario}: every option offered carries a known # lean: tag`,
        () => {
          const untagged = [...new Set(games(scenario).games.flatMap((g) => g.untagged))].sort();
          expect(
            untagged.length,
            `${untagged.length} options offered without a known lean:\n${untagged.join('\n')}\n`,
          ).toBe(0);
        },
        PLAY_TIMEOUT,
      );

      it(
        `${role}, ${scenario}: every lean reaches 3 endings that are not collapses and collapses in at most a quarter of its games`,
        () => {
          const { figures } = games(scenario);
          process.stdout.write(`${fairnessSection(figures)}\n\n`);
          const problems = fairnessProblems(figures);
          expect(problems.length, `${problems.join('\n')}\n`).toBe(0);
        },
        PLAY_TIMEOUT,
      );

      it(
        `${role}, ${scenario}: docs/story.md prints these figures (npm run story:fairness)`,
        () => {
          const block = readFairnessBlock(readFileSync('docs/story.md', 'utf8')) ?? '';
          const printed = fairnessSections(block).get(sectionHeading(role, scenario));
          expect(printed, 'the section in docs/story.md; run npm run story:fairness').toBe(
            fairnessSection(games(scenario).figures),
          );
        },
        PLAY_TIMEOUT,
      );
    }

    it(
      `${role}, short: a collapse is possible (some player's game collapses)`,
      () => {
        const collapses = games('short').games.filter((g) => g.collapse !== null).length;
        expect(collapses, `none of the ${games('short').games.length} short games collapsed`).toBeGreaterThan(0);
      },
      PLAY_TIMEOUT,
    );
  });
}
