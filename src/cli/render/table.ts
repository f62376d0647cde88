/**
 * The class report for a terminal: plain text, no colour, every line at most `cols` wide
 * (80 by default, so it fits the smallest terminal the game supports and prints on A4).
 */
import {
  BEST_OUTCOME_RULE,
  type ClassReport,
  FASTEST_COLLAPSE_RULE,
  type Spread,
  type Trajectory,
} from '../../engine/report/index.js';
import { describeGame, endingLabel, pointGroups, ROLE_DESK, whenLabel } from './labels.js';
import { clean, num, padEnd, padStart, truncate, wrap } from './text.js';

/** A bar of `value / max` of `w` cells, in eighths so small differences still show. */
function bar(value: number, max: number, w: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * w * 8));
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8];
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

function heading(title: string): string[] {
  return ['', title.toUpperCase(), '─'.repeat(Math.min(title.length, 78))];
}

function whoPlayed(r: ClassReport): string[] {
  const scenarios = [...new Set(r.byRoleScenario.map((x) => x.scenario))];
  const count = (s: string | null, role: 'us' | 'nato') =>
    r.byRoleScenario.filter((x) => (s === null || x.scenario === s) && x.role === role).reduce((a, x) => a + x.logs, 0);
  const out = heading('Logs by role and scenario');
  out.push(`${padEnd('scenario', 44)}${padStart('US', 8)}${padStart('NATO', 8)}${padStart('total', 8)}`);
  for (const s of [...scenarios, null]) {
    const us = count(s, 'us');
    const nato = count(s, 'nato');
    out.push(
      `${padEnd(s === null ? 'total' : truncate(clean(s), 42), 44)}${padStart(String(us), 8)}${padStart(String(nato), 8)}${padStart(String(us + nato), 8)}`,
    );
  }
  return out;
}

function endings(r: ClassReport, cols: number): string[] {
  const out = heading('Endings');
  if (r.endings.length === 0) return [...out, 'No games to count.'];
  const max = Math.max(...r.endings.map((e) => e.logs));
  out.push(`${padStart('games', 5)}${padStart('US', 5)}${padStart('NATO', 6)}  ${padEnd('', 12)}  ending`);
  for (const e of r.endings) {
    const head = `${padStart(String(e.logs), 5)}${padStart(String(e.byRole.us), 5)}${padStart(String(e.byRole.nato), 6)}  ${padEnd(bar(e.logs, max, 12), 12)}  `;
    const label = endingLabel(e) + (e.collapses ? ' [collapse]' : '');
    const [first = '', ...rest] = wrap(label, cols - head.length);
    out.push(head + first, ...rest.map((l) => ' '.repeat(head.length) + l));
  }
  return out;
}

function choices(r: ClassReport, cols: number): string[] {
  const out = heading('Choices: how many chose each option');
  if (r.decisionPoints.length === 0) return [...out, 'No decisions to count.'];
  for (const group of pointGroups(r.decisionPoints)) {
    out.push('', `== ${truncate(group.title, cols - 6)} ==`);
    for (const p of group.points) {
      const again = p.reached > p.logs ? ` (${p.logs} games)` : '';
      out.push(
        '',
        truncate(`${whenLabel(p.turn, p.month)} · ${clean(p.position)} · ${p.reached} chose here${again}`, cols),
      );
      const max = Math.max(...p.options.map((o) => o.chosen));
      for (const o of p.options) {
        const head = `${padStart(String(o.chosen), 5)} ${padEnd(bar(o.chosen, max, 10), 10)}  `;
        out.push(head + truncate(clean(o.text), cols - head.length));
      }
    }
  }
  return out;
}

const five = (s: Spread) => [s.min, s.q1, s.median, s.q3, s.max].map((v) => padStart(num(v), 5)).join('');

function trajectory(t: Trajectory): string[] {
  const out = [
    '',
    truncate(`${ROLE_DESK[t.role]} · ${clean(t.scenario)} · ${t.logs} game${t.logs === 1 ? '' : 's'}`, 78),
    `${padStart('', 10)}  ${padEnd('capital', 25)}   US troops, thousands`,
    `${padStart('turn', 5)}${padStart('n', 5)}  ${padStart('min', 5)}${padStart('q1', 5)}${padStart('med', 5)}${padStart('q3', 5)}${padStart('max', 5)}   ${padStart('min', 5)}${padStart('q1', 5)}${padStart('med', 5)}${padStart('q3', 5)}${padStart('max', 5)}`,
  ];
  for (const p of t.turns) {
    out.push(
      `${padStart(p.turn === 0 ? 'start' : String(p.turn), 5)}${padStart(String(p.capital.n), 5)}  ${five(p.capital)}   ${five(p.usTroops)}`,
    );
  }
  return out;
}

function highlights(r: ClassReport, cols: number): string[] {
  const out = heading('Highlights');
  for (const h of r.highlights) {
    out.push('', ROLE_DESK[h.role]);
    const line = (label: string, text: string) => out.push(...wrap(`  ${label}: ${text}`, cols, '    '));
    line('Fastest collapse', h.fastestCollapse ? describeGame(h.fastestCollapse) : 'none: no game collapsed');
    line('Best outcome', h.bestOutcome ? describeGame(h.bestOutcome) : 'none: no game finished without collapse');
  }
  out.push('', ...wrap(BEST_OUTCOME_RULE, cols), ...wrap(FASTEST_COLLAPSE_RULE, cols));
  return out;
}

function leftOut(r: ClassReport, cols: number): string[] {
  if (r.rejected.length === 0) return [];
  const out = heading(`Left out (${r.rejected.length})`);
  for (const x of r.rejected) out.push(...wrap(`${clean(x.file)}: ${clean(x.reason)}`, cols, '    '));
  return out;
}

export function renderTable(r: ClassReport, cols = 80): string {
  const { files, verified, rejected } = r.totals;
  const lines = [
    ...wrap(
      `Mandate class report · story ${clean(r.story.id)} ${clean(r.story.version)} · ${files} file${files === 1 ? '' : 's'}: ${verified} counted, ${rejected} left out`,
      cols,
    ),
    ...whoPlayed(r),
    ...endings(r, cols),
    ...choices(r, cols),
    ...heading('Capital and US troops by turn (min, quartiles, median, max)'),
    ...r.trajectories.flatMap(trajectory),
    ...highlights(r, cols),
    ...leftOut(r, cols),
  ];
  return `${lines.join('\n')}\n`;
}
