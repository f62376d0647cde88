/** The report and debrief engine: pure functions from verified logs to plain data. */

export { storyBriefing, storyInfo } from '../story/info.js';
export { type BriefingPack, buildBriefingPack, type RolePage } from './briefing-pack.js';
export { buildClassReport, ClassReportBuilder, type ClassReportInput, type ReportFrame } from './class-report.js';
export { buildDebrief } from './debrief.js';
export { BEST_OUTCOME_RULE, COSTLIEST_RULE, FASTEST_COLLAPSE_RULE } from './highlights.js';
export { scenarioMonths, type TurnMonth } from './months.js';
export { type Spread, spread } from './stats.js';
export { type GameSummary, summarizeGame } from './summary.js';
export * from './types.js';
export { deskFile, type PairVerifyResult, type VerifyResult, verifyGame, verifyPair } from './verify.js';
