/**
 * The debrief of one game: the path taken, each decision with the question asked, the reason
 * the player gave, what the choice itself changed (separate from the events and the upkeep of
 * the same stretch, from the ledger), the costliest decision, the scorecard against the role's
 * brief, the ending, what really happened and the ending's questions. Built from a verified
 * game, so history and questions are the current story's, never text copied from the log.
 */
import { INITIAL_TRACKS } from '../sim/tracks.js';
import type { Entry } from '../story/briefing.js';
import { costliestDecision, meterChange } from '../table/ledger.js';
import { groupEffects, ledgerOf, voteInWords, votesOf } from './ledger-words.js';
import { DEBRIEF_FORMAT, DEBRIEF_VERSION, type Debrief, type DebriefStep, type VerifiedGame } from './types.js';

/** `glossary`: the story's terms, for a debrief of its own (a class report prints them once). */
export function buildDebrief(
  game: VerifiedGame,
  story: { id: string; version: string },
  glossary: readonly Entry[] = [],
): Debrief {
  const { log, labels, table } = game;
  const start = log.scenario.start;
  const ledger = log.version >= 2;
  const path: DebriefStep[] = log.decisions.map((d, i) => {
    const groups = ledger ? groupEffects(ledgerOf(d), labels, table) : [];
    const own = groups.find((g) => g.source === 'choice');
    return {
      step: d.step,
      turn: d.turn,
      month: d.month,
      position: d.position,
      prompt: game.prompts[i] ?? '',
      choice: d.text,
      notTaken: d.options.filter((o) => o !== d.text),
      reason: d.reason ?? null,
      before: i === 0 ? start : log.decisions[i - 1]!.meters,
      after: d.meters,
      tracks: d.tracks,
      own: ledger
        ? (own ?? {
            source: 'choice',
            cause: 'choice',
            label: 'the choice itself',
            meters: { capital: 0, usTroops: 0, alliedTroops: 0 },
            tracks: [],
            stances: [],
          })
        : null,
      others: groups.filter((g) => g.source !== 'choice'),
      votes: votesOf(d).map((v) => voteInWords(v, labels, table)),
    };
  });
  const costly = ledger ? costliestDecision(log.decisions.map((d) => ({ effects: ledgerOf(d) }))) : null;
  const last = log.decisions.at(-1);
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    file: game.file,
    player: log.player,
    role: log.role,
    roleLabel: labels.roles[log.role].label,
    goal: labels.roles[log.role].goal,
    capitalLabel: labels.capital[log.role],
    scenario: { id: log.scenario.id, title: log.scenario.title },
    seed: log.seed,
    story,
    createdAt: log.createdAt,
    finished: log.status === 'ended',
    ending: game.ending,
    collapse: game.collapse,
    start,
    final: last?.meters ?? start,
    finalTracks: last?.tracks ?? INITIAL_TRACKS,
    scorecard: game.scorecard,
    costliest:
      costly === null
        ? null
        : { step: costly + 1, capital: meterChange(ledgerOf(log.decisions[costly]!), 'choice').capital },
    ledger,
    opening: ledger ? groupEffects(ledgerOf(log.prelude ?? {}), labels, table) : [],
    path,
    glossary: [...glossary],
  };
}
