/**
 * The class report as Markdown (GitHub-flavoured tables), to paste into a learning platform.
 * Text from logs is cleaned and its Markdown punctuation escaped, so a choice text, a reason or
 * a player name cannot break a table or smuggle a link or HTML into the page.
 */
import {
  BEST_OUTCOME_RULE,
  type ClassReport,
  COSTLIEST_RULE,
  FASTEST_COLLAPSE_RULE,
  type Spread,
} from '../../engine/report/index.js';
import {
  briefLabel,
  byScenario,
  capitalHeading,
  dateLabel,
  describeCostly,
  describeGame,
  endingLabel,
  meterWords,
  playerLabel,
  playersLabel,
  pointGroups,
  pointHeading,
  ROLE_DESK,
  rosterOutcome,
  shareLabel,
  shortWhen,
} from './labels.js';
import { clean, num } from './text.js';

/** Clean text with Markdown's active characters backslash-escaped. */
export function md(text: string): string {
  return clean(text).replace(/[\\`*_[\]<>|#~!]/g, '\\$&');
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (aligns: ('l' | 'r')[]) => `|${aligns.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`;

function warnings(r: ClassReport): string[] {
  return r.warnings.map((w) => `> **Warning:** ${md(w)}`);
}

function roster(r: ClassReport): string[] {
  const out = [
    `## Roster (${r.roster.length} game${r.roster.length === 1 ? '' : 's'})`,
    '',
    row([
      'Player',
      'Desk',
      'Scenario',
      'Seed',
      'Outcome',
      md(capitalHeading(r.capital)),
      'US troops',
      'Brief met',
      'Reasons',
      'Log',
    ]),
    rule(['l', 'l', 'l', 'r', 'l', 'r', 'r', 'r', 'r', 'l']),
  ];
  for (const g of r.roster) {
    out.push(
      row([
        md(playerLabel(g.player)),
        ROLE_DESK[g.role],
        md(g.scenario),
        g.seed,
        md(rosterOutcome(g)),
        g.final.capital,
        `${g.final.usTroops},000`,
        briefLabel(g.brief),
        g.reasons,
        md(g.file),
      ]),
    );
  }
  if (r.roster.length === 0) out.push('', 'No games to count.');
  return out;
}

function endings(r: ClassReport): string[] {
  const out = [
    '## Endings',
    '',
    row(['Ending', 'Games', 'US', 'NATO', 'Collapses', 'Ending ids']),
    rule(['l', 'r', 'r', 'r', 'r', 'l']),
  ];
  for (const e of r.endings)
    out.push(row([md(endingLabel(e)), e.logs, e.byRole.us, e.byRole.nato, e.collapses, md(e.ids.join(', '))]));
  return out;
}

function choices(r: ClassReport): string[] {
  const out = [
    '## Choices',
    '',
    'How many chose each option at each decision point (options never chosen show 0), and the reasons players gave.',
  ];
  for (const group of pointGroups(r.decisionPoints)) {
    out.push('', `### ${md(group.title)}`);
    for (const p of group.points) {
      const again = p.reached > p.logs ? `, ${p.logs} games` : '';
      const head = r.names ? ['Option', 'Chosen', 'Who chose it'] : ['Option', 'Chosen'];
      out.push('', `#### ${md(pointHeading(p))}`, '', `${p.reached} chose here${again}.`, '', row(head));
      out.push(rule(r.names ? ['l', 'r', 'l'] : ['l', 'r']));
      for (const o of p.options) {
        const cells = [md(o.text), shareLabel(o.chosen, o.share)];
        if (r.names) cells.push(md(playersLabel(o.players ?? [])));
        out.push(row(cells));
      }
      const reasons = p.options.flatMap((o) => o.reasons.map((x) => ({ o, x })));
      if (reasons.length) {
        out.push('', 'Reasons given:', '');
        for (const { o, x } of reasons) out.push(`- *${md(o.text)}*: “${md(x.reason)}” (${md(playerLabel(x.player))})`);
      }
    }
  }
  return out;
}

const five = (s: Spread) => [s.min, s.q1, s.median, s.q3, s.max].map(num);

function trajectories(r: ClassReport): string[] {
  const out = [
    `## ${md(capitalHeading(r.capital))} and US troops by month`,
    '',
    '"start" is before the first decision; each month is the position at its end; n is the games still running.',
  ];
  for (const t of r.trajectories) {
    out.push(
      '',
      `### ${ROLE_DESK[t.role]} · ${md(t.scenario)} (${t.logs} games)`,
      '',
      row([
        'Month',
        'n',
        `${md(r.capital[t.role].name)} min`,
        'q1',
        'median',
        'q3',
        'max',
        'US troops (k) min',
        'q1',
        'median',
        'q3',
        'max',
      ]),
      rule(['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
    );
    for (const p of t.turns) {
      out.push(row([md(shortWhen(p.turn, p.month)), p.capital.n, ...five(p.capital), ...five(p.usTroops)]));
    }
  }
  return out;
}

function timeline(r: ClassReport): string[] {
  if (r.timeline.length === 0) return [];
  const all = new Set(r.roster.map((g) => g.scenario));
  const out = ['## Timeline of the real events', ''];
  for (const t of r.timeline) {
    const missing = [...all].filter((s) => !t.scenarios.includes(s));
    const note = missing.length ? ` *(switched off in ${md(missing.join(', '))})*` : '';
    out.push(`- **${dateLabel(t.date)}**: ${md(t.text)}${note}`);
  }
  return out;
}

function highlights(r: ClassReport): string[] {
  const out = ['## Highlights'];
  for (const [scenario, list] of byScenario(r.highlights)) {
    out.push('', `### Scenario ${md(scenario)}`);
    for (const h of list) {
      const capital = r.capital[h.role];
      out.push(
        '',
        `#### ${ROLE_DESK[h.role]}`,
        '',
        `- **Best outcome:** ${h.bestOutcome ? md(describeGame(h.bestOutcome, capital)) : 'none: no game finished without collapse'}`,
        `- **Fastest collapse:** ${h.fastestCollapse ? md(describeGame(h.fastestCollapse, capital)) : 'none: no game collapsed'}`,
        `- **Costliest choice:** ${h.costliest ? md(describeCostly(h.costliest, capital)) : `none: no choice cost ${md(meterWords(capital))} by itself`}`,
      );
    }
  }
  out.push('', `*${BEST_OUTCOME_RULE} ${FASTEST_COLLAPSE_RULE} ${COSTLIEST_RULE}*`);
  return out;
}

function briefs(r: ClassReport): string[] {
  if (r.briefs.length === 0) return [];
  const out = ['## The brief, item by item', '', 'How many finished games met each item of the desk’s brief.'];
  for (const b of r.briefs) {
    out.push('', `### ${ROLE_DESK[b.role]} · ${md(b.scenario)} (${b.games} finished games)`, '');
    out.push(row(['Item', 'Met']), rule(['l', 'r']));
    for (const i of b.items) out.push(row([md(i.label), `${i.met} of ${b.games}`]));
  }
  return out;
}

function endingTexts(r: ClassReport): string[] {
  if (r.endingTexts.length === 0) return [];
  const out = ['## What really happened, and questions to discuss'];
  for (const e of r.endingTexts) {
    out.push(
      '',
      `### ${md(e.title)} (${md(e.id)}, ${ROLE_DESK[e.role]}, ${e.logs} game${e.logs === 1 ? '' : 's'})`,
      '',
    );
    if (e.history.length === 0) out.push('The story gives no historical note for this ending.');
    for (const h of e.history) out.push(`- ${md(h)}`);
    if (e.questions.length) out.push('', ...e.questions.map((q, i) => `${i + 1}. ${md(q)}`));
  }
  return out;
}

function leftOut(r: ClassReport): string[] {
  if (r.rejected.length === 0) return [];
  const out = [`## Left out (${r.rejected.length})`, '', row(['File', 'Reason']), rule(['l', 'l'])];
  for (const x of r.rejected) out.push(row([md(x.file), md(x.reason)]));
  return out;
}

/** The story's glossary as a Markdown section: each term in bold, then what it means. */
export function glossaryMarkdown(terms: readonly { name: string; text: string }[], heading = '##'): string[] {
  if (terms.length === 0) return [];
  return [`${heading} Glossary`, '', ...terms.map((t) => `- **${md(t.name)}**: ${md(t.text)}`)];
}

export function renderMarkdown(r: ClassReport): string {
  const { files, verified, rejected } = r.totals;
  const sections = [
    [
      '# Mandate class report',
      '',
      `Story ${md(r.story.id)} ${md(r.story.version)} · ${files} files: ${verified} counted, ${rejected} left out · generated ${r.generatedAt}`,
    ],
    warnings(r),
    roster(r),
    endings(r),
    choices(r),
    trajectories(r),
    timeline(r),
    highlights(r),
    briefs(r),
    endingTexts(r),
    glossaryMarkdown(r.glossary),
    leftOut(r),
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
