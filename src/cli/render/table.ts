/**
 * The class report for a terminal: plain text, no colour, every line at most `cols` wide
 * (80 by default, so it fits the smallest terminal the game supports and prints on A4), and
 * every table laid out by columns() so its columns stay apart.
 */
import {
  BEST_OUTCOME_RULE,
  type ClassReport,
  COSTLIEST_RULE,
  FASTEST_COLLAPSE_RULE,
  type Spread,
  type Trajectory,
} from '../../engine/report/index.js';
import type { MeterLabel } from '../../engine/story/labels.js';
import { columns } from './columns.js';
import {
  briefLabel,
  byScenario,
  capitalHeading,
  dateLabel,
  describeCostly,
  describeGame,
  endingLabel,
  meterWord,
  meterWords,
  playerLabel,
  playersLabel,
  pointGroups,
  pointHeading,
  ROLE_DESK,
  rosterOutcome,
  shortWhen,
} from './labels.js';
import { clean, num, truncate, wrap } from './text.js';

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

function warnings(r: ClassReport, cols: number): string[] {
  if (r.warnings.length === 0) return [];
  return ['', ...r.warnings.flatMap((w) => wrap(`! ${clean(w)}`, cols, '  '))];
}

function roster(r: ClassReport, cols: number): string[] {
  const out = heading(`Roster: ${r.roster.length} game${r.roster.length === 1 ? '' : 's'}`);
  if (r.roster.length === 0) return [...out, 'No games to count.'];
  const rows = r.roster.map((g) => [
    truncate(playerLabel(g.player), 18),
    g.role === 'us' ? 'US' : 'NATO',
    truncate(clean(g.scenario), 12),
    g.seed,
    g.final.capital,
    briefLabel(g.brief),
    rosterOutcome(g),
  ]);
  return [
    ...out,
    ...columns(
      [['player', 'desk', 'scenario', 'seed', capitalHeading(r.capital).toLowerCase(), 'brief', 'ending'], ...rows],
      ['l', 'l', 'l', 'r', 'r', 'r', 'l'],
      cols,
    ),
  ];
}

function endings(r: ClassReport, cols: number): string[] {
  const out = heading('Endings');
  if (r.endings.length === 0) return [...out, 'No games to count.'];
  const max = Math.max(...r.endings.map((e) => e.logs));
  const rows = r.endings.map((e) => [
    e.logs,
    e.byRole.us,
    e.byRole.nato,
    bar(e.logs, max, 12) || ' ',
    endingLabel(e) + (e.collapses ? ' [collapse]' : ''),
  ]);
  return [...out, ...columns([['games', 'US', 'NATO', '', 'ending'], ...rows], ['r', 'r', 'r', 'l', 'l'], cols)];
}

function choices(r: ClassReport, cols: number): string[] {
  const out = heading('Choices: how many chose each option, and why');
  if (r.decisionPoints.length === 0) return [...out, 'No decisions to count.'];
  for (const group of pointGroups(r.decisionPoints)) {
    out.push('', `== ${truncate(group.title, cols - 6)} ==`);
    for (const p of group.points) {
      const again = p.reached > p.logs ? ` (${p.logs} games)` : '';
      out.push('', ...wrap(`${pointHeading(p)} · ${p.reached} chose here${again}`, cols, '  '));
      const max = Math.max(...p.options.map((o) => o.chosen));
      const rows = p.options.map((o) => [
        o.chosen,
        `${Math.round(o.share)}%`,
        bar(o.chosen, max, 10) || ' ',
        clean(o.text),
      ]);
      out.push(...columns(rows, ['r', 'r', 'l', 'l'], cols));
      for (const o of p.options) {
        if (r.names && o.players?.length) {
          out.push(...wrap(`    chose “${truncate(clean(o.text), 30)}”: ${playersLabel(o.players)}`, cols, '      '));
        }
        for (const x of o.reasons) {
          out.push(
            ...wrap(
              `    “${clean(x.reason)}” (${playerLabel(x.player)}, on “${truncate(clean(o.text), 30)}”)`,
              cols,
              '      ',
            ),
          );
        }
      }
    }
  }
  return out;
}

const five = (s: Spread) => [s.min, s.q1, s.median, s.q3, s.max].map(num);

function trajectory(t: Trajectory, capital: MeterLabel, cols: number): string[] {
  const rows = t.turns.map((p) => [
    shortWhen(p.turn, p.month),
    p.capital.n,
    ...five(p.capital),
    '|',
    ...five(p.usTroops),
  ]);
  return [
    '',
    truncate(`${ROLE_DESK[t.role]} · ${clean(t.scenario)} · ${t.logs} game${t.logs === 1 ? '' : 's'}`, cols),
    `            ${meterWord(capital)}: min, q1, median, q3, max  |  US troops (thousands): the same`,
    ...columns(
      [['month', 'n', 'min', 'q1', 'med', 'q3', 'max', '|', 'min', 'q1', 'med', 'q3', 'max'], ...rows],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r'],
      cols,
      // Thirteen columns of figures fit 80 columns with one space between them.
      { gap: 1 },
    ),
  ];
}

function timeline(r: ClassReport, cols: number): string[] {
  if (r.timeline.length === 0) return [];
  const rows = r.timeline.map((t) => [dateLabel(t.date), clean(t.text)]);
  return [...heading('Timeline of the real events'), ...columns(rows, ['r', 'l'], cols)];
}

function highlights(r: ClassReport, cols: number): string[] {
  const out = heading('Highlights, per scenario and desk');
  for (const [scenario, list] of byScenario(r.highlights)) {
    for (const h of list) {
      out.push('', `${ROLE_DESK[h.role]} · scenario ${clean(scenario)}`);
      const line = (label: string, text: string) => out.push(...wrap(`  ${label}: ${text}`, cols, '    '));
      const capital = r.capital[h.role];
      line(
        'Best outcome',
        h.bestOutcome ? describeGame(h.bestOutcome, capital) : 'none: no game finished without collapse',
      );
      line(
        'Fastest collapse',
        h.fastestCollapse ? describeGame(h.fastestCollapse, capital) : 'none: no game collapsed',
      );
      line(
        'Costliest choice',
        h.costliest ? describeCostly(h.costliest, capital) : `none: no choice cost ${meterWords(capital)} by itself`,
      );
    }
  }
  out.push('', ...[BEST_OUTCOME_RULE, FASTEST_COLLAPSE_RULE, COSTLIEST_RULE].flatMap((t) => wrap(t, cols)));
  return out;
}

function briefs(r: ClassReport, cols: number): string[] {
  if (r.briefs.length === 0) return [];
  const out = heading('The brief, item by item (finished games)');
  for (const b of r.briefs) {
    out.push('', `${ROLE_DESK[b.role]} · ${clean(b.scenario)} · ${b.games} finished`);
    out.push(
      ...columns(
        b.items.map((i) => [`${i.met} of ${b.games}`, clean(i.label)]),
        ['r', 'l'],
        cols,
      ),
    );
  }
  return out;
}

function endingTexts(r: ClassReport, cols: number): string[] {
  if (r.endingTexts.length === 0) return [];
  const out = heading('What really happened, and questions');
  for (const e of r.endingTexts) {
    out.push('', ...wrap(`${clean(e.title)} (${clean(e.id)}, ${e.logs} game${e.logs === 1 ? '' : 's'})`, cols));
    for (const h of e.history) out.push(...wrap(`  - ${clean(h)}`, cols, '    '));
    e.questions.forEach((q, i) => {
      out.push(...wrap(`  ${i + 1}. ${clean(q)}`, cols, '     '));
    });
  }
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
    ...warnings(r, cols),
    ...roster(r, cols),
    ...endings(r, cols),
    ...choices(r, cols),
    ...heading(`${capitalHeading(r.capital)} and US troops by month`),
    ...r.trajectories.flatMap((t) => trajectory(t, r.capital[t.role], cols)),
    ...timeline(r, cols),
    ...highlights(r, cols),
    ...briefs(r, cols),
    ...endingTexts(r, cols),
    ...leftOut(r, cols),
  ];
  return `${lines.map((l) => truncate(l, cols)).join('\n')}\n`;
}
