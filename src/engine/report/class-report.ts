/**
 * The class report: everything a teacher sees after a lesson, computed from verified games.
 * Pure: the caller reads the files, verifies each log (verify.ts) and passes the results in.
 */
import { countByRoleScenario, countEndings } from './counts.js';
import { countDecisionPoints } from './decision-points.js';
import { dedupeGames } from './dedupe.js';
import { findHighlights } from './highlights.js';
import { buildTrajectories } from './trajectories.js';
import { type ClassReport, REPORT_FORMAT, REPORT_VERSION, type RejectedLog, type VerifiedGame } from './types.js';

export interface ClassReportInput {
  games: readonly VerifiedGame[];
  /** Files that failed to read or verify, in the order they were met. */
  rejected: readonly RejectedLog[];
  story: { id: string; version: string };
  now: Date;
}

export function buildClassReport(input: ClassReportInput): ClassReport {
  const { games, rejected: duplicates } = dedupeGames(input.games);
  const rejected = [...input.rejected, ...duplicates];
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    story: input.story,
    generatedAt: input.now.toISOString(),
    totals: { files: games.length + rejected.length, verified: games.length, rejected: rejected.length },
    byRoleScenario: countByRoleScenario(games),
    endings: countEndings(games),
    decisionPoints: countDecisionPoints(games),
    trajectories: buildTrajectories(games),
    highlights: findHighlights(games),
    rejected,
  };
}
