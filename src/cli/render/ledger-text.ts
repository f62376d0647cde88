/**
 * The ledger in a line of text, the same in every debrief and report format: what one cause
 * changed (`capital -2 · US troops +5,000 · UN resolution: drafting → tabled · France +1`), and
 * a vote (`UN Security Council on passed: 12 in favour, 0 against, 3 abstaining: passed`).
 */
import type { DebriefStep, EffectGroup, VoteInWords } from '../../engine/report/index.js';
import type { Meters } from '../../engine/sim/meters.js';
import type { MeterLabel } from '../../engine/story/labels.js';
import { meterWord } from './labels.js';
import { clean } from './text.js';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const thousands = (n: number) => `${signed(n)},000`.replace(/^([+-]?)0,000$/, '0');

/**
 * The meter changes, `capital -2 · US troops +5,000`, leaving out meters that did not move;
 * capital by the desk's word for it (`trust -2`).
 */
export function meterText(m: Meters, capital: MeterLabel): string[] {
  const out: string[] = [];
  if (m.capital) out.push(`${meterWord(capital)} ${signed(m.capital)}`);
  if (m.usTroops) out.push(`US troops ${thousands(m.usTroops)}`);
  if (m.alliedTroops) out.push(`allied troops ${thousands(m.alliedTroops)}`);
  return out;
}

/** Everything one cause changed, or `no change`. */
export function effectText(g: EffectGroup, capital: MeterLabel): string {
  const parts = [
    ...meterText(g.meters, capital),
    ...g.tracks.map((t) => `${clean(t.label)}: ${clean(t.from)} → ${clean(t.to)}`),
    ...g.stances.map((s) => `${clean(s.name)} ${signed(s.delta)}`),
  ];
  return parts.length ? parts.join(' · ') : 'no change';
}

/** `the Nasiriyah bombing: capital -2 · US troops +3,000`. */
export function causedText(g: EffectGroup, capital: MeterLabel): string {
  return `${clean(g.label)}: ${effectText(g, capital)}`;
}

const RESULT: Record<VoteInWords['result'], string> = {
  passed: 'passed',
  vetoed: 'vetoed',
  failed: 'failed',
  agreed: 'agreed',
  blocked: 'blocked',
  refused: 'refused',
};

/** `North Atlantic Council on training mission: blocked by France and Belgium`. */
export function voteText(v: VoteInWords): string {
  const count = v.tally ? ` (${v.tally})` : '';
  const by = v.blockers ? ` by ${clean(v.blockers)}` : '';
  return `${clean(v.bodyName)} on ${clean(v.proposal)}: ${RESULT[v.result]}${by}${count}`;
}

/** The capital a step's choice cost by itself, for the costliest decision's sentence. */
export function ownCapital(s: DebriefStep): number {
  return s.own?.meters.capital ?? 0;
}
