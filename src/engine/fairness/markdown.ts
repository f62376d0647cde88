/**
 * The fairness figures as docs/story.md prints them: one table per role and scenario, a column
 * per strategy, a row per ending, then the collapse rate. `npm run story:fairness` writes them
 * between the markers; tests/story/fairness-*.test.ts compare each section with the games they
 * play, so the page cannot drift from the story.
 */
import type { Role } from '../session.js';
import { type FairnessFigures, percent } from './tally.js';

export const FAIRNESS_MARKERS = { start: '<!-- fairness:start -->', end: '<!-- fairness:end -->' } as const;

/** The heading of a section: its role and scenario, which the tests look the section up by. */
export const sectionHeading = (role: Role, scenario: string): string => `#### \`${role}\`, ${scenario}`;

/** One role and scenario: counts of each ending per strategy, the endings reached without a collapse, the collapse rate. */
export function fairnessSection(f: FairnessFigures): string {
  const cols = f.rows.map((r) => r.strategy);
  const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    sectionHeading(f.role, f.scenario),
    '',
    row(['ending', ...cols]),
    row(['---', ...cols.map(() => '---:')]),
    ...f.endings.map((id) => row([`\`${id}\``, ...f.rows.map((r) => r.endings[id] ?? 0)])),
    row(['endings reached without a collapse', ...f.rows.map((r) => r.endingsNotCollapsed.length)]),
    row(['collapse rate', ...f.rows.map((r) => percent(r.games > 0 ? r.collapses / r.games : 0))]),
  ];
  return lines.join('\n');
}

/** The whole block between the markers: a line on how it was made, then each section. */
export function fairnessBlock(gamesPerPlayer: number, sections: readonly FairnessFigures[]): string {
  const intro =
    `Made by \`npm run story:fairness\`: ${gamesPerPlayer.toLocaleString('en-US')} seeded games per ` +
    'player, role and scenario (game seeds 1 and up).';
  return [intro, ...sections.map(fairnessSection)].join('\n\n');
}

/** The page with the block put between its markers; throws when the markers are missing. */
export function withFairnessBlock(page: string, block: string): string {
  const from = page.indexOf(FAIRNESS_MARKERS.start);
  const to = page.indexOf(FAIRNESS_MARKERS.end);
  if (from < 0 || to < from) {
    throw new Error(`the page has no ${FAIRNESS_MARKERS.start} … ${FAIRNESS_MARKERS.end} markers`);
  }
  return `${page.slice(0, from + FAIRNESS_MARKERS.start.length)}\n${block}\n${page.slice(to)}`;
}

/** The block between the markers, as written, or null when there are none. */
export function readFairnessBlock(page: string): string | null {
  const from = page.indexOf(FAIRNESS_MARKERS.start);
  const to = page.indexOf(FAIRNESS_MARKERS.end);
  if (from < 0 || to < from) return null;
  return page.slice(from + FAIRNESS_MARKERS.start.length, to).trim();
}

/** The sections of a block by heading (the heading line included in each). */
export function fairnessSections(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of block.split(/\n\n(?=#### )/).slice(1)) out.set(part.split('\n')[0]!, part.trim());
  return out;
}
