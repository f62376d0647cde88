/**
 * Fair to every strategy (issue 12): every option of the campaign says whom it courts
 * (`# lean: allies | washington | iraq`), and seeded players that follow each lean reach at
 * least three endings that are not collapses and collapse in at most a quarter of their games.
 * The campaign's games are played in fairness-us.test.ts and fairness-nato.test.ts (one file a
 * desk, so vitest can run them side by side); this file checks the lean tags in the source, and
 * the harness itself on a small story whose figures are known (tests/engine/fixtures/lean.ink): it passes
 * the fair lean, fails the others, and names every option tagged wrongly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GAMES_PER_PLAYER, playStrategies } from '../../src/engine/fairness/games.js';
import {
  FAIRNESS_MARKERS,
  fairnessBlock,
  fairnessSection,
  fairnessSections,
  readFairnessBlock,
  sectionHeading,
  withFairnessBlock,
} from '../../src/engine/fairness/markdown.js';
import { fairnessProblems, tallyGames } from '../../src/engine/fairness/tally.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { leanTagProblem, optionsIn } from '../helpers/lean-tags.js';

/** Options the engine never offers: the role question, which only Inky asks (main.ink). */
const NOT_PLAYED = new Set(['start.choose_role']);

describe('lean tags in the campaign', () => {
  it('gives every option of the campaign exactly one # lean: tag with a known value', () => {
    const dir = new URL('../../story/', import.meta.url);
    const options = readdirSync(dir)
      .filter((f) => f.endsWith('.ink'))
      .sort()
      .flatMap((f) => optionsIn(`story/${f}`, readFileSync(new URL(f, dir), 'utf8')))
      .filter((o) => !NOT_PLAYED.has(o.flow));
    expect(options.length, 'the campaign has options').toBeGreaterThan(100);
    const problems = options.map(leanTagProblem).filter((p) => p !== null);
    expect(problems.length, `${problems.length} of ${options.length} options:\n${problems.join('\n')}\n`).toBe(0);
  });
});

describe('the fairness harness, on a story whose figures are known', () => {
  const file = fileURLToPath(new URL('../engine/fixtures/lean.ink', import.meta.url));
  const compiled = compileStoryFile(file);
  const story = new ParsedStory(compiled.json!);
  const scenario = { ...BUILT_IN_SCENARIOS.full, id: 'fixture' };
  const { endings, games } = playStrategies(story, 'us', scenario, 200);
  const figures = tallyGames('us', 'fixture', endings, games);

  it('names every option tagged wrongly in the source: no lean, two, or an unknown one', () => {
    const problems = optionsIn('lean.ink', readFileSync(file, 'utf8'))
      .map(leanTagProblem)
      .filter((p) => p !== null);
    expect(problems).toEqual([
      'option "Wait and see." at lean.ink:21 (start) has no # lean: tag',
      'option "Ask Washington first." at lean.ink:35 (allies) has 2 # lean: tags (washington, allies)',
      'option "Refuse." at lean.ink:45 (washington) has # lean: paris, not one of allies, washington, iraq',
    ]);
  });

  it('names every option offered in play without a known lean, where the game met it', () => {
    const untagged = new Set(games.flatMap((g) => g.untagged));
    expect([...untagged].sort()).toEqual([
      'option "Refuse." at washington.0 has # lean: paris, not one of allies, washington, iraq',
      'option "Wait and see." at start.0 has no # lean: tag',
    ]);
  });

  it('counts the words a player reads: every line and every option, and each turn up to its first decision', () => {
    const iraq = games.find((g) => g.strategy === 'iraq')!;
    // Turn 1: "August 2003. Whom do you call first?" and four options of 2, 3, 2 and 3 words;
    // turn 2: "September 2003. The Governing Council wants to be heard." and "Listen." and
    // "Thank them and move on."; then the ending, "It ends one way."
    expect(iraq.turns).toEqual([
      { turn: 1, words: 7 + 10 },
      { turn: 2, words: 9 + 6 },
    ]);
    expect(iraq.words).toBe(7 + 10 + 9 + 6 + 4);
  });

  it('follows each lean when it is on offer, and plays at random otherwise', () => {
    const byLean = (s: string) => games.filter((g) => g.strategy === s);
    // The iraq player calls Baghdad and listens: one ending, every time.
    expect(new Set(byLean('iraq').map((g) => g.ending))).toEqual(new Set(['lean-a']));
    // The washington player does the Pentagon's favour and spends its capital, every time.
    expect(byLean('washington').every((g) => g.ending === 'lean-collapse' && g.collapse === 'capital')).toBe(true);
    // Random play takes every first option in about a quarter of its games.
    expect(byLean('random').filter((g) => g.ending === 'lean-collapse').length).toBeGreaterThan(10);
  });

  it('passes the fair lean and fails the others, each with the figure that breaks the rule', () => {
    expect(fairnessProblems(figures)).toEqual([
      'us, fixture: the washington lean reaches 0 endings that are not collapses (none), fewer than 3',
      'us, fixture: the washington lean collapses in 200 of 200 games (100.0%), more than 25.0%',
      'us, fixture: the iraq lean reaches 1 endings that are not collapses (lean-a), fewer than 3',
    ]);
    const allies = figures.rows.find((r) => r.strategy === 'allies')!;
    expect(new Set(allies.endingsNotCollapsed)).toEqual(new Set(['lean-a', 'lean-b', 'lean-c']));
    expect(allies.collapses).toBe(0);
  });

  it('writes the figures as a table per role and scenario, and reads them back from the page', () => {
    // Every ending of the story, in the order it is written, reached or not.
    expect(new Set(endings)).toEqual(new Set(['lean-a', 'lean-b', 'lean-c', 'lean-collapse']));
    const section = fairnessSection(figures);
    expect(section.split('\n')).toEqual([
      '#### `us`, fixture',
      '',
      '| ending | allies | washington | iraq | random |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...endings.map(
        (id) =>
          `| \`${id}\` | ${['allies', 'washington', 'iraq', 'random']
            .map((s) => games.filter((g) => g.strategy === s && g.ending === id).length)
            .join(' | ')} |`,
      ),
      '| endings reached without a collapse | 3 | 0 | 1 | 3 |',
      '| collapse rate | 0.0% | 100.0% | 0.0% | ' +
        `${(games.filter((g) => g.strategy === 'random' && g.collapse).length / 2).toFixed(1)}% |`,
    ]);
    const page = `# Story\n\n${FAIRNESS_MARKERS.start}\nold\n${FAIRNESS_MARKERS.end}\n\nAfter.\n`;
    const written = withFairnessBlock(page, fairnessBlock(200, [figures]));
    expect(written).toContain('\nAfter.\n');
    const block = readFairnessBlock(written)!;
    expect(block.startsWith('Made by `npm run story:fairness`: 200 seeded games per player')).toBe(true);
    expect(fairnessSections(block).get(sectionHeading('us', 'fixture'))).toBe(section);
    expect(() => withFairnessBlock('# No markers\n', 'x')).toThrow(/no <!-- fairness:start -->/);
  });
});

describe('docs/story.md', () => {
  it('holds the fairness tables between its markers: one per role and scenario, in order', () => {
    const block = readFairnessBlock(readFileSync('docs/story.md', 'utf8'));
    expect(block, 'docs/story.md has no fairness markers').not.toBeNull();
    expect(
      block!.startsWith(`Made by \`npm run story:fairness\`: ${GAMES_PER_PLAYER.toLocaleString('en-US')} seeded games`),
    ).toBe(true);
    expect([...fairnessSections(block!).keys()]).toEqual([
      sectionHeading('us', 'full'),
      sectionHeading('us', 'short'),
      sectionHeading('nato', 'full'),
      sectionHeading('nato', 'short'),
    ]);
  });
});
