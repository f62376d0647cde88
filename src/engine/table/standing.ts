/**
 * Where the table stands now, as data for every screen: the count a vote would give, who
 * would block each proposal, what the lead would answer, and what moved each member. Built
 * from the rules (rules.ts), so the terminal, plain mode, the report and the dashboard all
 * show the same figures.
 */
import type { Effect } from './ledger.js';
import { decide, membersOf } from './rules.js';
import type { Body, BodyDecision, Member, Table } from './types.js';
import { memberKey } from './types.js';

export interface MemberStanding {
  id: string;
  name: string;
  permanent: boolean;
  stance: number;
  wants: string;
  /** What moved its stance so far, in order: each entry's cause and delta, and the month of the decision it followed. */
  moves: (Effect & { month: string | null })[];
}

export interface ProposalStanding {
  /** The state a body would decide (for a vote: `passed`). */
  state: string;
  decision: BodyDecision;
}

export interface BodyStanding {
  body: Body;
  /** Members in office on the date. */
  members: MemberStanding[];
  /** What the body would decide now on each proposal it decides (none for advisory bodies). */
  proposals: ProposalStanding[];
}

/** A stretch of the game's ledger: the opening, or a decision and what followed it. */
export interface LedgerPage {
  effects: readonly Effect[];
  month: string | null;
}

/** Every body's standing on `date`, with the stance moves found in `pages` (the game so far). */
export function tableStanding(
  table: Table,
  stances: Readonly<Record<string, number>>,
  date: string | null,
  pages: readonly LedgerPage[] = [],
): BodyStanding[] {
  const moves = new Map<string, MemberStanding['moves']>();
  for (const page of pages) {
    for (const e of page.effects) {
      if (e.kind !== 'stance') continue;
      const list = moves.get(e.target) ?? [];
      list.push({ ...e, month: page.month });
      moves.set(e.target, list);
    }
  }
  return table.bodies.map((body) => {
    const sitting = membersOf(table, body.id, date);
    const states = body.rule === 'vote' ? ['passed'] : Object.keys(body.decides);
    return {
      body,
      members: sitting.map((m: Member) => ({
        id: m.id,
        name: m.name,
        permanent: m.permanent,
        stance: stances[memberKey(m)] ?? m.stance,
        wants: m.wants,
        moves: moves.get(memberKey(m)) ?? [],
      })),
      proposals:
        body.rule === 'advisory'
          ? []
          : states.map((state) => ({ state, decision: decide(body, sitting, stances, state) })),
    };
  });
}
