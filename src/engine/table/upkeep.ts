/**
 * What a month costs each desk, by the rule the story gives its role:
 *
 *   # upkeep_us: troops          each 10,000 US troops above 100,000 cost 1 a month
 *   # upkeep_nato: dissent nac   each member of the body standing against (below 0) costs 1
 *
 * The US official answers for the troop burden; the NATO official's credit runs down while
 * the alliance is divided. A role without a tag pays for troops (the contract's default).
 */
import type { Role } from '../session.js';
import { type Meters, upkeep as troopUpkeep } from '../sim/meters.js';
import { TableDeclarationError } from './declare.js';
import { membersOf } from './rules.js';
import { memberKey, type Table } from './types.js';

export type UpkeepRule = { kind: 'troops' } | { kind: 'dissent'; body: string };

/** The upkeep rule of `role` declared in the story's global tags (raw, in order). */
export function upkeepRuleFromTags(tags: readonly string[], role: Role, table: Table): UpkeepRule {
  for (const raw of tags) {
    const i = raw.indexOf(':');
    if (i < 0 || raw.slice(0, i).trim().toLowerCase() !== `upkeep_${role}`) continue;
    const [kind = '', body] = raw
      .slice(i + 1)
      .trim()
      .split(/\s+/);
    if (kind === 'troops') return { kind };
    if (kind === 'dissent' && body && table.bodies.some((b) => b.id === body)) return { kind, body };
    throw new TableDeclarationError(
      `upkeep: "# ${raw.slice(0, 80)}" is not "troops" or "dissent BODY" with a declared body`,
    );
  }
  return { kind: 'troops' };
}

/** The capital the month's end will take under `rule`. */
export function monthlyUpkeep(
  rule: UpkeepRule,
  meters: Meters,
  table: Table,
  stances: Readonly<Record<string, number>>,
  date: string | null,
): number {
  if (rule.kind === 'troops') return troopUpkeep(meters.usTroops);
  return membersOf(table, rule.body, date).filter((m) => (stances[memberKey(m)] ?? m.stance) < 0).length;
}
