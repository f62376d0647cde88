/**
 * The class report: everything a teacher sees after a lesson, computed from verified games.
 * Pure: the caller reads the files, verifies each log (verify.ts) and passes the results in,
 * whole (buildClassReport) or one game's summary at a time (ClassReportBuilder, which the
 * command feeds from worker threads, keeping only what the report prints).
 */
import type { Role } from '../session.js';
import type { Entry, TimelineEntry } from '../story/briefing.js';
import { DEFAULT_LABELS, type MeterLabel } from '../story/labels.js';
import { BriefCounter } from './briefs.js';
import { EndingCounter, RoleScenarioCounter } from './counts.js';
import { DecisionPointCounter } from './decision-points.js';
import { dedupeGames } from './dedupe.js';
import { HighlightFinder } from './highlights.js';
import { RosterBuilder } from './roster.js';
import { type GameSummary, summarizeGame } from './summary.js';
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
  /** What each desk calls its capital meter (the story's labels); the engine's names when absent. */
  capital?: Readonly<Record<Role, MeterLabel>>;
  now: Date;
}

/** What the report says besides the games: the story, the files left out, the time. */
export type ReportFrame = Omit<ClassReportInput, 'games' | 'names'>;

/**
 * The report fed one game at a time, in any order: `order` is the game's place in the report's
 * order (the order of the files given, copies of one game left out), which decides where the
 * games' own words are listed and which is quoted where several could be. The same games with
 * the same orders give the same report, byte for byte, whatever order they were added in.
 */
export class ClassReportBuilder {
  private readonly roster = new RosterBuilder();
  private readonly byRoleScenario = new RoleScenarioCounter();
  private readonly endings = new EndingCounter();
  private readonly points: DecisionPointCounter;
  private readonly trajectories = new TrajectoryBuilder();
  private readonly highlights = new HighlightFinder();
  private readonly briefs = new BriefCounter();
  private readonly warnings = new WarningCollector();
  /** Per scenario: the optional events it switches off, as the last game in order has them. */
  private readonly scenarioEvents = new Map<string, { order: number; events: Record<string, boolean> }>();
  private games = 0;

  constructor(private readonly names: boolean) {
    this.points = new DecisionPointCounter(names);
  }

  add(game: GameSummary, order: number): void {
    this.games++;
    this.roster.add(game);
    this.byRoleScenario.add(game, order);
    this.endings.add(game, order);
    this.points.add(game, order);
    this.trajectories.add(game, order);
    this.highlights.add(game);
    this.briefs.add(game, order);
    this.warnings.add(game, order);
    const seen = this.scenarioEvents.get(game.scenario.id);
    if (!seen || order > seen.order) this.scenarioEvents.set(game.scenario.id, { order, events: game.scenario.events });
  }

  /** The report; `rejected` lists every file left out, copies of a game counted included. */
  result(frame: ReportFrame): ClassReport {
    const { rejected } = frame;
    const scenarios = [...this.scenarioEvents].sort(([a], [b]) => a.localeCompare(b));
    const timeline: ReportTimelineEntry[] = (frame.timeline ?? []).map((t) => ({
      ...t,
      scenarios: scenarios.filter(([, { events }]) => t.event === null || events[t.event] !== false).map(([id]) => id),
    }));
    return {
      format: REPORT_FORMAT,
      version: REPORT_VERSION,
      story: frame.story,
      generatedAt: frame.now.toISOString(),
      names: this.names,
      totals: { files: this.games + rejected.length, verified: this.games, rejected: rejected.length },
      warnings: this.warnings.result(),
      roster: this.roster.result(),
      byRoleScenario: this.byRoleScenario.result(),
      endings: this.endings.result(),
      endingTexts: this.endings.endingTexts(),
      decisionPoints: this.points.result(),
      trajectories: this.trajectories.result(),
      timeline,
      highlights: this.highlights.result(),
      briefs: this.briefs.result(),
      rejected: [...rejected],
      glossary: [...(frame.glossary ?? [])],
      capital: { ...(frame.capital ?? DEFAULT_LABELS.capital) },
    };
  }
}

export function buildClassReport(input: ClassReportInput): ClassReport {
  const { games, rejected: duplicates } = dedupeGames(input.games);
  const builder = new ClassReportBuilder(input.names ?? false);
  games.forEach((game, order) => {
    builder.add(summarizeGame(game), order);
  });
  return builder.result({ ...input, rejected: [...input.rejected, ...duplicates] });
}
