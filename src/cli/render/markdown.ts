/**
 * The class report as Markdown (GitHub-flavoured tables), to paste into a learning platform.
 * Text from logs is cleaned and its Markdown punctuation escaped, so a choice text or a player
 * name cannot break a table or smuggle a link or HTML into the page.
 */
import { BEST_OUTCOME_RULE, type ClassReport, FASTEST_COLLAPSE_RULE, type Spread } from '../../engine/report/index.js';
import { describeGame, endingLabel, pointGroups, ROLE_DESK, whenLabel } from './labels.js';
import { clean, num } from './text.js';

/** Clean text with Markdown's active characters backslash-escaped. */
export function md(text: string): string {
  return clean(text).replace(/[\\`*_[\]<>|#~!]/g, '\\$&');
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (aligns: ('l' | 'r')[]) => `|${aligns.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`;

function whoPlayed(r: ClassReport): string[] {
  const scenarios = [...new Set(r.byRoleScenario.map((x) => x.scenario))];
  const count = (s: string | null, role: 'us' | 'nato') =>
    r.byRoleScenario.filter((x) => (s === null || x.scenario === s) && x.role === role).reduce((a, x) => a + x.logs, 0);
  const out = [
    '## Logs by role and scenario',
    '',
    row(['Scenario', 'US', 'NATO', 'Total']),
    rule(['l', 'r', 'r', 'r']),
  ];
  for (const s of scenarios)
    out.push(row([md(s), count(s, 'us'), count(s, 'nato'), count(s, 'us') + count(s, 'nato')]));
  out.push(row(['**Total**', count(null, 'us'), count(null, 'nato'), count(null, 'us') + count(null, 'nato')]));
  return out;
}

function endings(r: ClassReport): string[] {
  const out = ['## Endings', '', row(['Ending', 'Games', 'US', 'NATO', 'Collapses']), rule(['l', 'r', 'r', 'r', 'r'])];
  for (const e of r.endings) out.push(row([md(endingLabel(e)), e.logs, e.byRole.us, e.byRole.nato, e.collapses]));
  return out;
}

function choices(r: ClassReport): string[] {
  const out = ['## Choices', '', 'How many chose each option at each decision point (options never chosen show 0).'];
  for (const group of pointGroups(r.decisionPoints)) {
    out.push('', `### ${md(group.title)}`);
    for (const p of group.points) {
      const again = p.reached > p.logs ? `, ${p.logs} games` : '';
      out.push(
        '',
        `#### ${md(whenLabel(p.turn, p.month))} · ${md(p.position)}`,
        '',
        `${p.reached} chose here${again}.`,
        '',
        row(['Option', 'Chosen', 'Share']),
        rule(['l', 'r', 'r']),
      );
      for (const o of p.options) {
        out.push(row([md(o.text), o.chosen, `${Math.round((o.chosen / Math.max(1, p.reached)) * 100)}%`]));
      }
    }
  }
  return out;
}

const five = (s: Spread) => [s.min, s.q1, s.median, s.q3, s.max].map(num);

function trajectories(r: ClassReport): string[] {
  const out = [
    '## Capital and US troops by turn',
    '',
    'Turn "start" is before the first decision; n is the games still running.',
  ];
  for (const t of r.trajectories) {
    out.push(
      '',
      `### ${ROLE_DESK[t.role]} · ${md(t.scenario)} (${t.logs} games)`,
      '',
      row(['Turn', 'n', 'Capital min', 'q1', 'median', 'q3', 'max', 'US troops (k) min', 'q1', 'median', 'q3', 'max']),
      rule(['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
    );
    for (const p of t.turns) {
      out.push(row([p.turn === 0 ? 'start' : p.turn, p.capital.n, ...five(p.capital), ...five(p.usTroops)]));
    }
  }
  return out;
}

function highlights(r: ClassReport): string[] {
  const out = ['## Highlights'];
  for (const h of r.highlights) {
    out.push(
      '',
      `### ${ROLE_DESK[h.role]}`,
      '',
      `- **Fastest collapse:** ${h.fastestCollapse ? md(describeGame(h.fastestCollapse)) : 'none: no game collapsed'}`,
      `- **Best outcome:** ${h.bestOutcome ? md(describeGame(h.bestOutcome)) : 'none: no game finished without collapse'}`,
    );
  }
  out.push('', `*${BEST_OUTCOME_RULE} ${FASTEST_COLLAPSE_RULE}*`);
  return out;
}

function leftOut(r: ClassReport): string[] {
  if (r.rejected.length === 0) return [];
  const out = [`## Left out (${r.rejected.length})`, '', row(['File', 'Reason']), rule(['l', 'l'])];
  for (const x of r.rejected) out.push(row([md(x.file), md(x.reason)]));
  return out;
}

export function renderMarkdown(r: ClassReport): string {
  const { files, verified, rejected } = r.totals;
  const sections = [
    [
      '# Mandate class report',
      '',
      `Story ${md(r.story.id)} ${md(r.story.version)} · ${files} files: ${verified} counted, ${rejected} left out · generated ${r.generatedAt}`,
    ],
    whoPlayed(r),
    endings(r),
    choices(r),
    trajectories(r),
    highlights(r),
    leftOut(r),
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
