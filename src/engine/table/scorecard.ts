/**
 * The scorecard: each role's brief, as the role screen states it, measured at the end of a
 * game. The story declares the measures in global tags; the engine measures them:
 *
 *   # score_us: US troops below the start; meter usTroops lower
 *   # score_us: Command kept unified; track command not parallel
 *   # score_nato: A role agreed by consensus; agreed nac
 *   # score_nato: No member blocked; unblocked nac
 *   # score_nato: Paris, Berlin and Brussels on board; stance nac.france, nac.germany at least 0
 *
 * It measures the brief, not the merit of an ending: endings stay unranked.
 */
import { sanitize } from '../sanitize.js';
import type { Role } from '../session.js';
import type { Meters } from '../sim/meters.js';
import type { Tracks } from '../sim/tracks.js';
import { type StoryLabels, stateLabel } from '../story/labels.js';
import { TableDeclarationError } from './declare.js';
import type { VoteRecord } from './ledger.js';
import type { Table } from './types.js';
import { listNames } from './words.js';

export type Measure =
  | { kind: 'meter'; meter: keyof Meters; direction: 'lower' | 'higher' }
  | { kind: 'track'; track: keyof Tracks; not: boolean; states: string[] }
  | { kind: 'agreed'; body: string }
  | { kind: 'unblocked'; body: string }
  | { kind: 'stance'; members: string[]; atLeast: number };

export interface ScoreItem {
  label: string;
  measure: Measure;
}

export interface ScoreLine {
  label: string;
  met: boolean;
  /** The figures behind the verdict, in words (`146,000 → 132,000`, `France and Belgium blocked`). */
  detail: string;
}

export interface ScoreInput {
  table: Table;
  start: Meters;
  final: Meters;
  tracks: Tracks;
  stances: Readonly<Record<string, number>>;
  /** Every vote of the game, the opening's included. */
  votes: readonly VoteRecord[];
  /** The story's words for tracks and their states. */
  labels: Pick<StoryLabels, 'tracks' | 'states'>;
}

const METERS = ['capital', 'usTroops', 'alliedTroops'] as const;
const TRACKS = ['un', 'invitation', 'command'] as const;

function parseMeasure(raw: string, text: string): Measure {
  const words = text.trim().split(/\s+/);
  const [kind = '', ...rest] = words;
  const bad = (why: string): never => {
    throw new TableDeclarationError(`scorecard: ${why} in "# ${sanitize(raw).slice(0, 80)}"`);
  };
  if (kind === 'meter') {
    const [meter = '', direction = ''] = rest;
    if (!(METERS as readonly string[]).includes(meter)) bad(`"${meter}" is not a meter (${METERS.join(', ')})`);
    if (direction !== 'lower' && direction !== 'higher') bad('a meter is measured "lower" or "higher" than the start');
    return { kind, meter: meter as keyof Meters, direction: direction as 'lower' | 'higher' };
  }
  if (kind === 'track') {
    const [track = '', ...more] = rest;
    if (!(TRACKS as readonly string[]).includes(track)) bad(`"${track}" is not a track`);
    const not = more[0] === 'not';
    if (!not && more[0] !== 'in') bad('a track is measured "in" or "not" a list of states');
    const states = more
      .slice(1)
      .join(' ')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (states.length === 0) bad('name the states');
    return { kind, track: track as keyof Tracks, not, states };
  }
  if (kind === 'agreed' || kind === 'unblocked') {
    if (!rest[0]) bad('name the body');
    return { kind, body: rest[0] ?? '' };
  }
  if (kind === 'stance') {
    const m = /^stance\s+(.+?)\s+at least\s+(-?\d+)$/.exec(text.trim());
    if (!m) bad('write "stance BODY.MEMBER, BODY.MEMBER at least N"');
    return { kind, members: (m?.[1] ?? '').split(',').map((s) => s.trim()), atLeast: Number(m?.[2]) };
  }
  return bad(`"${kind}" is not a measure (meter, track, agreed, unblocked, stance)`);
}

/** The scorecard of `role` declared in the story's global tags (raw, in order). */
export function scorecardFromTags(tags: readonly string[], role: Role): ScoreItem[] {
  return measuresFromTags(tags, `score_${role}`);
}

/**
 * The conditions the negotiation turns on (`# condition: A UN mandate; track un in passed`),
 * shown as a checklist on the state of play and the ending: measured like a scorecard.
 */
export function conditionsFromTags(tags: readonly string[]): ScoreItem[] {
  return measuresFromTags(tags, 'condition');
}

function measuresFromTags(tags: readonly string[], key: string): ScoreItem[] {
  const items: ScoreItem[] = [];
  for (const raw of tags) {
    const i = raw.indexOf(':');
    if (i < 0 || raw.slice(0, i).trim().toLowerCase() !== key) continue;
    const [label = '', measure = ''] = raw.slice(i + 1).split(';');
    items.push({ label: sanitize(label).trim(), measure: parseMeasure(raw, measure) });
  }
  return items;
}

const thousands = (n: number) => `${n},000`;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Measures each item against the end of the game. */
export function scoreGame(items: readonly ScoreItem[], input: ScoreInput): ScoreLine[] {
  const nameOf = (key: string) => {
    const [body, id] = key.split('.');
    return input.table.members.find((m) => m.body === body && m.id === id)?.name ?? key;
  };
  return items.map(({ label, measure: m }): ScoreLine => {
    if (m.kind === 'meter') {
      const [a, b] = [input.start[m.meter], input.final[m.meter]];
      const fmt = m.meter === 'capital' ? String : thousands;
      return { label, met: m.direction === 'lower' ? b < a : b > a, detail: `${fmt(a)} → ${fmt(b)}` };
    }
    if (m.kind === 'track') {
      const state = input.tracks[m.track];
      const inList = m.states.includes(state);
      const detail = `${input.labels.tracks[m.track]}: ${stateLabel(input.labels as StoryLabels, state)}`;
      return { label, met: m.not ? !inList : inList, detail };
    }
    const votes = input.votes.filter((v) => v.body === (m.kind === 'stance' ? '' : m.body));
    if (m.kind === 'agreed') {
      const yes = votes.filter((v) => v.result === 'agreed' || v.result === 'passed');
      return {
        label,
        met: yes.length > 0,
        detail: yes.length
          ? `agreed: ${[...new Set(yes.map((v) => stateLabel(input.labels as StoryLabels, v.proposal)))].join(', ')}`
          : 'nothing agreed',
      };
    }
    if (m.kind === 'unblocked') {
      const who = [...new Set(votes.flatMap((v) => v.blockers))].map((id) => nameOf(`${m.body}.${id}`));
      return { label, met: who.length === 0, detail: who.length ? `${listNames(who)} blocked` : 'nobody blocked' };
    }
    const figures = m.members.map((k) => ({ k, s: input.stances[k] ?? 0 }));
    return {
      label,
      met: figures.every((f) => f.s >= m.atLeast),
      detail: figures.map((f) => `${nameOf(f.k)} ${signed(f.s)}`).join(', '),
    };
  });
}
