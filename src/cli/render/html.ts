/**
 * The class report as one self-contained HTML page: inline CSS and SVG, no scripts, no network,
 * so it opens from a USB stick on the classroom PC, projects legibly and prints. Every string
 * from a log is escaped (html-escape.ts). The page carries a table of contents, the roster
 * (each name links to that game's debrief at the end of the page), the endings, the charts by
 * month with the real events marked, the timeline, the choices with the reasons given, the
 * highlights per scenario, the brief, and each reached ending's history and questions.
 */
import {
  BEST_OUTCOME_RULE,
  type ClassReport,
  COSTLIEST_RULE,
  type Debrief,
  type DecisionPoint,
  FASTEST_COLLAPSE_RULE,
  type Trajectory,
} from '../../engine/report/index.js';
import type { StoryLabels } from '../../engine/story/labels.js';
import { debriefBody } from './debrief-html.js';
import { type ChartEvent, COLORS, endingsChart, sharedAxes, trajectoryChart } from './html-charts.js';
import { esc } from './html-escape.js';
import { REPORT_CSS } from './html-style.js';
import {
  briefLabel,
  byScenario,
  capitalHeading,
  dateLabel,
  describeCostly,
  describeGame,
  meterWords,
  playerLabel,
  playersLabel,
  pointGroups,
  pointHeading,
  ROLE_DESK,
  rosterOutcome,
} from './labels.js';
import { clean } from './text.js';

/** Debriefs to append, by log file, with the story's words; left out for very large classes. */
export interface HtmlExtras {
  debriefs: ReadonlyMap<string, Debrief>;
  labels: StoryLabels;
}

interface Part {
  id: string;
  title: string;
  html: string;
}

const section = (id: string, title: string, body: string): Part => ({
  id,
  title,
  html: `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`,
});

function cards(r: ClassReport): string {
  const card = (n: number, label: string) => `<div class="card"><b>${n}</b>${esc(label)}</div>`;
  return `<div class="cards">${card(r.totals.files, 'log files')}${card(r.totals.verified, 'games counted')}${card(
    r.totals.rejected,
    'left out',
  )}${card(r.endings.filter((e) => e.finished).length, 'different endings')}</div>`;
}

function warnings(r: ClassReport): string {
  if (r.warnings.length === 0) return '';
  return `<div class="warnings" role="note"><b>Before you compare:</b><ul>${r.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></div>`;
}

function roster(r: ClassReport, linked: ReadonlySet<string>): Part {
  if (r.roster.length === 0) return section('roster', 'Roster', '<p>No games to count.</p>');
  const rows = r.roster.map((g) => {
    const name = esc(playerLabel(g.player));
    const who = linked.has(g.file) ? `<a href="#${g.id}">${name}</a>` : name;
    return `<tr${g.finished ? '' : ' class="unfinished"'}><th scope="row">${who}</th><td>${g.role === 'us' ? 'US' : 'NATO'}</td><td>${esc(g.scenario)}</td><td class="n">${g.seed}</td><td>${esc(rosterOutcome(g))}</td><td class="n">${g.final.capital}</td><td class="n">${g.final.usTroops},000</td><td class="n">${esc(briefLabel(g.brief))}</td><td class="n">${g.reasons}</td></tr>`;
  });
  const note = linked.size
    ? '<p class="note">Each name opens that game’s debrief at the end of this page.</p>'
    : r.roster.length > 0
      ? '<p class="note">For each game’s debrief: <code>mandate debrief LOGS --out FOLDER --format html</code>.</p>'
      : '';
  return section(
    'roster',
    `Roster (${r.roster.length} game${r.roster.length === 1 ? '' : 's'})`,
    `<table class="roster"><thead><tr><th scope="col">Player</th><th scope="col">Desk</th><th scope="col">Scenario</th><th scope="col" class="n">Seed</th><th scope="col">Ending</th><th scope="col" class="n wraps">${esc(capitalHeading(r.capital))}</th><th scope="col" class="n">US troops</th><th scope="col" class="n">Brief met</th><th scope="col" class="n">Reasons</th></tr></thead><tbody>${rows.join('')}</tbody></table>${note}`,
  );
}

function endings(r: ClassReport): Part {
  const body = r.endings.length ? `<figure>${endingsChart(r.endings)}</figure>` : '<p>No games to count.</p>';
  return section('endings', 'Endings', body);
}

function trajectories(r: ClassReport): Part | null {
  if (r.trajectories.length === 0) return null;
  const axes = sharedAxes(r.trajectories.flatMap((t) => t.turns));
  const events = (t: Trajectory): ChartEvent[] =>
    r.timeline.flatMap((e, i) => (e.scenarios.includes(t.scenario) ? [{ n: i + 1, date: e.date, text: e.text }] : []));
  const figures = (t: Trajectory) => {
    const who = `${ROLE_DESK[t.role]}, ${t.scenario} (${t.logs} game${t.logs === 1 ? '' : 's'})`;
    const fig = (meter: 'capital' | 'usTroops', what: string) =>
      `<figure><figcaption>${esc(`${what}: ${who}`)}</figcaption>${trajectoryChart(t.turns, {
        meter,
        axis: axes[meter],
        events: events(t),
        title: `${what} by month, ${who}`,
      })}</figure>`;
    return fig('capital', clean(r.capital[t.role].name)) + fig('usTroops', 'US troops, thousands');
  };
  const key = `<p class="key"><span><span class="swatch" style="background:${COLORS.capital}"></span>median</span><span><span class="swatch" style="background:${COLORS.capital};opacity:.45"></span>middle half (quartiles)</span><span><span class="swatch" style="background:${COLORS.capital};opacity:.2"></span>lowest to highest</span>${r.timeline.length ? `<span><span class="swatch dash"></span>real events, numbered as in the <a href="#timeline">timeline</a></span>` : ''}</p>`;
  return section(
    'trajectories',
    `${capitalHeading(r.capital)} and troop burden by month`,
    `${key}<div class="charts">${r.trajectories.map(figures).join('')}</div><p class="note">Each desk's charts share one scale per measure. A game that ended early stops counting after its last month; hover a point for its numbers.</p>`,
  );
}

function timeline(r: ClassReport): Part | null {
  if (r.timeline.length === 0) return null;
  const all = [...new Set(r.roster.map((g) => g.scenario))];
  const items = r.timeline.map((t) => {
    const off = all.filter((s) => !t.scenarios.includes(s));
    const note = off.length ? ` <span class="off">(switched off in ${esc(off.join(', '))})</span>` : '';
    return `<li><b>${esc(dateLabel(t.date))}</b> ${esc(t.text)}${note}</li>`;
  });
  return section('timeline', 'Timeline of the real events', `<ol class="timeline">${items.join('')}</ol>`);
}

function point(p: DecisionPoint, names: boolean): string {
  const again = p.reached > p.logs ? `, ${p.logs} games` : '';
  const rows = p.options.map((o) => {
    const who = names ? `<td class="who">${esc(playersLabel(o.players ?? []))}</td>` : '';
    return `<tr><td>${esc(o.text)}</td><td class="n">${o.chosen}</td><td class="n">${Math.round(o.share)}%</td><td class="share"><span class="bar${o.chosen ? '' : ' zero'}" style="width:${o.share.toFixed(1)}%"></span></td>${who}</tr>`;
  });
  const reasons = p.options.flatMap((o) =>
    o.reasons.map(
      (x) =>
        `<li><q>${esc(x.reason)}</q> <span class="by">${esc(playerLabel(x.player))}, on “${esc(o.text)}”</span></li>`,
    ),
  );
  const whoHead = names ? '<th scope="col">Who chose it</th>' : '';
  return (
    `<div class="point"><h4>${esc(pointHeading(p))}</h4><table class="choices"><caption>${esc(`${p.reached} chose here${again}`)}</caption>` +
    `<thead><tr><th scope="col">Option</th><th scope="col" class="n">Chosen</th><th scope="col" class="n">Share</th><th scope="col"><span class="sr">Bar</span></th>${whoHead}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    `${reasons.length ? `<div class="reasons"><b>Reasons given</b><ul>${reasons.join('')}</ul></div>` : ''}</div>`
  );
}

function choices(r: ClassReport): Part {
  const groups = pointGroups(r.decisionPoints).map(
    (g) => `<h3>${esc(g.title)}</h3>${g.points.map((p) => point(p, r.names)).join('')}`,
  );
  return section('choices', 'Choices and reasons', groups.join('') || '<p>No decisions to count.</p>');
}

function highlights(r: ClassReport): Part {
  const blocks = byScenario(r.highlights).map(
    ([scenario, list]) =>
      `<h3>Scenario ${esc(scenario)}</h3>${list
        .map(
          (h) =>
            `<h4>${ROLE_DESK[h.role]}</h4><ul class="highlights"><li><b>Best outcome:</b> ${
              h.bestOutcome
                ? esc(describeGame(h.bestOutcome, r.capital[h.role]))
                : 'none: no game finished without collapse'
            }</li><li><b>Fastest collapse:</b> ${
              h.fastestCollapse ? esc(describeGame(h.fastestCollapse, r.capital[h.role])) : 'none: no game collapsed'
            }</li><li><b>Costliest choice:</b> ${
              h.costliest
                ? esc(describeCostly(h.costliest, r.capital[h.role]))
                : esc(`none: no choice cost ${meterWords(r.capital[h.role])} by itself`)
            }</li></ul>`,
        )
        .join('')}`,
  );
  return section(
    'highlights',
    'Highlights',
    `${blocks.join('')}<p class="note">${esc(BEST_OUTCOME_RULE)} ${esc(FASTEST_COLLAPSE_RULE)} ${esc(COSTLIEST_RULE)}</p>`,
  );
}

function briefs(r: ClassReport): Part | null {
  if (r.briefs.length === 0) return null;
  const tables = r.briefs.map(
    (b) =>
      `<table class="brief"><caption>${esc(`${ROLE_DESK[b.role]} · ${b.scenario} · ${b.games} finished game${b.games === 1 ? '' : 's'}`)}</caption><thead><tr><th scope="col">Item of the brief</th><th scope="col" class="n">Met</th></tr></thead><tbody>${b.items
        .map((i) => `<tr><td>${esc(i.label)}</td><td class="n">${i.met} of ${b.games}</td></tr>`)
        .join('')}</tbody></table>`,
  );
  return section('brief', 'The brief, item by item', tables.join(''));
}

function endingTexts(r: ClassReport): Part | null {
  if (r.endingTexts.length === 0) return null;
  const blocks = r.endingTexts.map(
    (e) =>
      `<article class="ending-text"><h3>${esc(e.title)} <small>${esc(`${ROLE_DESK[e.role]} · ${e.logs} game${e.logs === 1 ? '' : 's'}`)}</small></h3><div class="columns"><div><h4>What really happened</h4>${
        e.history.length
          ? `<ul>${e.history.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>`
          : '<p>The story gives no historical note for this ending.</p>'
      }</div><div><h4>Questions to discuss</h4><ol>${e.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol></div></div></article>`,
  );
  return section('history', 'What really happened, and questions', blocks.join(''));
}

function glossary(r: ClassReport): Part | null {
  if (r.glossary.length === 0) return null;
  const terms = r.glossary.map((t) => `<dt>${esc(t.name)}</dt><dd>${esc(t.text)}</dd>`).join('');
  return section('glossary', 'Glossary', `<dl class="terms">${terms}</dl>`);
}

function leftOut(r: ClassReport): Part | null {
  if (r.rejected.length === 0) return null;
  const rows = r.rejected.map((x) => `<tr><td>${esc(x.file)}</td><td>${esc(x.reason)}</td></tr>`).join('');
  return section(
    'left-out',
    `Left out (${r.rejected.length})`,
    `<table class="rejected"><thead><tr><th scope="col">File</th><th scope="col">Why</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

function debriefs(r: ClassReport, extras: HtmlExtras | undefined): Part | null {
  if (!extras || extras.debriefs.size === 0) return null;
  const items = r.roster.flatMap((g) => {
    const d = extras.debriefs.get(g.file);
    return d
      ? [
          `<article class="debrief" id="${g.id}">${debriefBody(d, extras.labels, 3)}<p class="back"><a href="#roster">Back to the roster</a></p></article>`,
        ]
      : [];
  });
  return section(
    'debriefs',
    'Debriefs',
    `<p class="note">Each game in full. (Not printed with the report: print them with <code>mandate debrief LOGS --out FOLDER --format html</code>.)</p>${items.join('')}`,
  );
}

export function renderHtml(r: ClassReport, extras?: HtmlExtras): string {
  const linked = new Set(extras ? [...extras.debriefs.keys()] : []);
  const parts = [
    roster(r, linked),
    endings(r),
    trajectories(r),
    timeline(r),
    choices(r),
    highlights(r),
    briefs(r),
    endingTexts(r),
    glossary(r),
    leftOut(r),
    debriefs(r, extras),
  ].filter((p): p is Part => p !== null);
  const toc = `<nav class="toc" aria-label="Contents"><b>Contents</b><ol>${parts.map((p) => `<li><a href="#${p.id}">${esc(p.title)}</a></li>`).join('')}</ol></nav>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mandate class report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>Mandate: class report</h1><p class="meta">Story ${esc(r.story.id)} ${esc(r.story.version)} · generated ${esc(r.generatedAt.slice(0, 16).replace('T', ' '))} UTC</p>${cards(r)}${warnings(r)}${toc}</header>
<main>
${parts.map((p) => p.html).join('\n')}
</main>
<footer>Made by <code>mandate report</code>. Each game was replayed against the story before it was counted.</footer>
</body>
</html>
`;
}
