/**
 * The rules of the table, and the only place they are written: who is in office on a date,
 * how a Security Council vote is counted, what a consensus needs, when a lead agrees. Pure
 * functions of the roster, the stances and the date, so the screen, the log, the report and
 * the dashboard all read the same figures.
 */
import type { Body, BodyDecision, Member, Position, Table, Tally } from './types.js';
import { accepts, memberKey } from './types.js';

/** `2004-03` counts as its first day; a full date as itself. */
function day(date: string): string {
  return /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
}

/**
 * Whether a member sits at its body on `date` (`YYYY-MM` or `YYYY-MM-DD`). Before the story's
 * first date (null) only members without a start date sit.
 */
export function inOffice(member: Member, date: string | null): boolean {
  if (date === null) return member.from === null;
  const d = day(date);
  return (member.from === null || member.from <= d) && (member.until === null || d <= member.until);
}

/** The members of a body in office on `date`, in the order the story declares them. */
export function membersOf(table: Table, body: string, date: string | null): Member[] {
  return table.members.filter((m) => m.body === body && inOffice(m, date));
}

/** The body that decides moves of `track` into `state`, if any. */
export function deciderOf(table: Table, track: string, state: string): Body | null {
  return table.bodies.find((b) => b.track === track && state in b.decides) ?? null;
}

/** A member's vote in a voting body: yes from 1, abstain at 0, no from -1. */
export function voteOf(stance: number): 'yes' | 'abstain' | 'no' {
  return stance >= 1 ? 'yes' : stance === 0 ? 'abstain' : 'no';
}

const stanceOf = (stances: Readonly<Record<string, number>>, m: Member) => stances[memberKey(m)] ?? m.stance;

/**
 * What `body` decides on a move into `state`, with the members now in office and their stances.
 * A vote passes with `quota` yes and no permanent member against; a consensus needs every
 * member at or above the state's bar; a lead decides alone at or above its bar.
 */
export function decide(
  body: Body,
  members: readonly Member[],
  stances: Readonly<Record<string, number>>,
  state: string,
): BodyDecision {
  const bar = body.decides[state] ?? { min: body.rule === 'consensus' ? 0 : 1, max: null };
  const tally: Tally = { yes: 0, no: 0, abstain: 0 };
  const positions: { member: string; position: Position }[] = [];
  const blockers: string[] = [];
  if (body.rule === 'vote') {
    for (const m of members) {
      const v = voteOf(stanceOf(stances, m));
      tally[v] += 1;
      positions.push({ member: m.id, position: v });
      if (v === 'no' && m.permanent) blockers.push(m.id);
    }
    const result = blockers.length > 0 ? 'vetoed' : tally.yes >= body.quota ? 'passed' : 'failed';
    return { body: body.id, result, tally, blockers, positions };
  }
  if (body.rule === 'consensus') {
    for (const m of members) {
      const blocks = !accepts(bar, stanceOf(stances, m));
      tally[blocks ? 'no' : 'yes'] += 1;
      positions.push({ member: m.id, position: blocks ? 'blocks' : 'agrees' });
      if (blocks) blockers.push(m.id);
    }
    return { body: body.id, result: blockers.length ? 'blocked' : 'agreed', tally, blockers, positions };
  }
  // lead (and advisory, which decides nothing: asked anyway, its lead answers)
  const lead = members.at(-1);
  if (!lead) return { body: body.id, result: 'refused', tally, blockers, positions };
  const agrees = accepts(bar, stanceOf(stances, lead));
  tally[agrees ? 'yes' : 'no'] = 1;
  positions.push({ member: lead.id, position: agrees ? 'agrees' : 'blocks' });
  return {
    body: body.id,
    result: agrees ? 'agreed' : 'refused',
    tally,
    blockers: agrees ? [] : [lead.id],
    positions,
  };
}
