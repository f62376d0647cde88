/**
 * The class report: everything a teacher sees after a lesson, computed from verified games.
 * Pure: the caller reads the files, verifies each log (verify.ts) and passes the results in.
 * Every section is a builder that takes one game at a time, so the report can later be fed
 * as logs are read; only the duplicate check needs all games first.
 */
import type { Entry, TimelineEntry } from '../story/briefing.js';
import { BriefCounter } from './briefs.js';
import { EndingCounter, RoleScenarioCounter } from './counts.js';
import { DecisionPointCounter } from './decision-points.js';
import { dedupeGames } from './dedupe.js';
import { HighlightFinder } from './highlights.js';
import { RosterBuilder } from './roster.js';
import { TrajectoryBuilder } from './trajectories.js';
import {
  type ClassReport,
  REPORT_FORMAT,
  REPORT_VERSION,
  type RejectedLog,
  type ReportTimelineEntry,
  type VerifiedGame,
} from './types.js';
import { WarningCollector } from './warnings.js';

export interface ClassReportInput {
  games: readonly VerifiedGame[];
  /** Files that failed to read or verify, in the order they were met. */
  rejected: readonly RejectedLog[];
  story: { id: string; version: string };
  /** The story's dated events (its `# timeline:` tags), for the charts' month axis. */
  timeline?: readonly TimelineEntry[];
  /** List who chose each option (`report --names`). */
  names?: boolean;
  /** The story's glossary (`# term:` in its briefing). */
  glossary?: readonly Entry[];
  now: Date;
}

export function buildClassReport(input: ClassReportInput): ClassReport {
  const { games, rejected: duplicates } = dedupeGames(input.games);
  const rejected = [...input.rejected, ...duplicates];
  const roster = new RosterBuilder();
  const byRoleScenario = new RoleScenarioCounter();
  const endings = new EndingCounter();
  const points = new DecisionPointCounter(input.names ?? false);
  const trajectories = new TrajectoryBuilder();
  const highlights = new HighlightFinder();
  const briefs = new BriefCounter();
  const warnings = new WarningCollector();
  /** Per scenario: the optional events it switches off, for the timeline. */
  const scenarioEvents = new Map<string, Record<string, boolean>>();
  for (const game of games) {
    for (const part of [roster, byRoleScenario, endings, points, trajectories, highlights, briefs, warnings]) {
      part.add(game);
    }
    scenarioEvents.set(game.log.scenario.id, game.log.scenario.events);
  }
  const scenarios = [...scenarioEvents].sort(([a], [b]) => a.localeCompare(b));
  const timeline: ReportTimelineEntry[] = (input.timeline ?? []).map((t) => ({
    ...t,
    scenarios: scenarios.filter(([, events]) => t.event === null || events[t.event] !== false).map(([id]) => id),
  }));
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    story: input.story,
    generatedAt: input.now.toISOString(),
    names: input.names ?? false,
    totals: { files: games.length + rejected.length, verified: games.length, rejected: rejected.length },
    warnings: warnings.result(),
    roster: roster.result(),
    byRoleScenario: byRoleScenario.result(),
    endings: endings.result(),
    endingTexts: endings.endingTexts(),
    decisionPoints: points.result(),
    trajectories: trajectories.result(),
    timeline,
    highlights: highlights.result(),
    briefs: briefs.result(),
    rejected,
    glossary: [...(input.glossary ?? [])],
  };
}
