/**
 * The ledger in words, for the debrief and the report: a decision's entries grouped by cause
 * (the player's choice, each named event, the monthly upkeep), with the story's names for
 * events, tracks, states, bodies and members already put in, so every format prints the same.
 */
import type { LoggedDecision } from '../log.js';
import type { Meters } from '../sim/meters.js';
import { eventLabel, type StoryLabels, stateLabel } from '../story/labels.js';
import { causeName, type Effect, type VoteRecord } from '../table/ledger.js';
import type { Table } from '../table/types.js';
import { listNames, tallyText } from '../table/words.js';
import type { EffectGroup, VoteInWords } from './types.js';

/**
 * A logged decision's ledger as the engine's types. The schema lets an `event` entry go
 * without its name; a verified game's ledger was compared with the one the story writes on
 * replay (replay.ts), so it is exactly what the engine wrote.
 */
export function ledgerOf(d: Pick<LoggedDecision, 'effects'>): Effect[] {
  return (d.effects ?? []) as Effect[];
}

/** A logged decision's votes, as the engine's types (see ledgerOf). */
export function votesOf(d: Pick<LoggedDecision, 'votes'>): VoteRecord[] {
  return (d.votes ?? []) as VoteRecord[];
}

const zero = (): Meters => ({ capital: 0, usTroops: 0, alliedTroops: 0 });

/** What a cause is called in a debrief. */
export function causeLabel(e: { source: Effect['source']; event?: string }, labels: StoryLabels): string {
  if (e.source === 'choice') return 'the choice itself';
  if (e.source === 'upkeep') return 'the monthly upkeep';
  return eventLabel(labels, e.event ?? '');
}

function memberName(table: Table, key: string): string {
  const [body, id] = key.split('.');
  return table.members.find((m) => m.body === body && m.id === id)?.name ?? key;
}

/** The entries grouped by cause, in the order each cause first appears. */
export function groupEffects(effects: readonly Effect[], labels: StoryLabels, table: Table): EffectGroup[] {
  const groups = new Map<string, EffectGroup>();
  for (const e of effects) {
    const key = `${e.source}:${causeName(e)}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        source: e.source,
        cause: causeName(e),
        label: causeLabel(e, labels),
        meters: zero(),
        tracks: [],
        stances: [],
      };
      groups.set(key, g);
    }
    if (e.kind === 'meter') g.meters[e.target] += e.delta;
    else if (e.kind === 'track') {
      g.tracks.push({
        track: e.target,
        label: labels.tracks[e.target as keyof StoryLabels['tracks']] ?? e.target,
        from: stateLabel(labels, e.from),
        to: stateLabel(labels, e.to),
      });
    } else g.stances.push({ member: e.target, name: memberName(table, e.target), delta: e.delta });
  }
  return [...groups.values()];
}

/** A vote of a body, with its names and its count in words. */
export function voteInWords(v: VoteRecord, labels: StoryLabels, table: Table): VoteInWords {
  const body = table.bodies.find((b) => b.id === v.body);
  return {
    body: v.body,
    bodyName: body?.name ?? v.body,
    track: v.track,
    proposal: stateLabel(labels, v.proposal),
    result: v.result,
    tally: body?.rule === 'vote' ? tallyText(v.tally) : '',
    blockers: listNames(v.blockers.map((id) => memberName(table, `${v.body}.${id}`))),
    cause: causeLabel(v, labels),
  };
}
