/**
 * `npm run story:fairness`: plays GAMES_PER_PLAYER seeded games per player (each lean and
 * random), role and scenario, prints the table of endings by lean, and writes it into
 * docs/story.md between `<!-- fairness:start -->` and `<!-- fairness:end -->`.
 * tests/story/fairness-us.test.ts and fairness-nato.test.ts fail when the page and the story
 * differ. Needs the built story (the npm script builds first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GAMES_PER_PLAYER, playStrategies } from '../src/engine/fairness/games.js';
import { fairnessBlock, withFairnessBlock } from '../src/engine/fairness/markdown.js';
import { type FairnessFigures, fairnessProblems, tallyGames } from '../src/engine/fairness/tally.js';
import { BUILT_IN_SCENARIOS } from '../src/engine/scenario.js';
import { ROLES } from '../src/engine/session.js';
import { ParsedStory } from '../src/engine/story/runtime.js';

const PAGE = 'docs/story.md';
const story = new ParsedStory(readFileSync('story/build/mandate.json', 'utf8'));
const sections: FairnessFigures[] = [];
for (const role of ROLES) {
  for (const scenario of ['full', 'short'] as const) {
    const { endings, games } = playStrategies(story, role, BUILT_IN_SCENARIOS[scenario], GAMES_PER_PLAYER);
    sections.push(tallyGames(role, scenario, endings, games));
  }
}
const block = fairnessBlock(GAMES_PER_PLAYER, sections);
process.stdout.write(`${block}\n\n`);
for (const problem of sections.flatMap(fairnessProblems)) process.stdout.write(`unfair: ${problem}\n`);
writeFileSync(PAGE, withFairnessBlock(readFileSync(PAGE, 'utf8'), block));
process.stdout.write(`${PAGE}: the fairness tables written\n`);
