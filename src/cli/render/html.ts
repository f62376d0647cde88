/**
 * The class report as one self-contained HTML page: inline CSS and SVG, no scripts, no network,
 * so it opens from a USB stick on the classroom PC, projects legibly and prints. Every string
 * from a log is escaped (html-escape.ts).
 */
import {
  BEST_OUTCOME_RULE,
  type ClassReport,
  type DecisionPoint,
  FASTEST_COLLAPSE_RULE,
  type Trajectory,
} from '../../engine/report/index.js';
import { COLORS, endingsChart, trajectoryChart } from './html-charts.js';
import { esc } from './html-escape.js';
import { REPORT_CSS } from './html-style.js';
import { describeGame, pointGroups, ROLE_DESK, whenLabel } from './labels.js';

function cards(r: ClassReport): string {
  const card = (n: number, label: string) => `<div class="card"><b>${n}</b>${esc(label)}</div>`;
  return `<div class="cards">${card(r.totals.files, 'log files')}${card(r.totals.verified, 'games counted')}${card(
    r.totals.rejected,
    'left out',
  )}${card(r.endings.filter((e) => e.id !== null).length, 'different endings')}</div>`;
}

function whoPlayed(r: ClassReport): string {
  const scenarios = [...new Set(r.byRoleScenario.map((x) => x.scenario))];
  const count = (s: string | null, role: 'us' | 'nato') =>
    r.byRoleScenario.filter((x) => (s === null || x.scenario === s) && x.role === role).reduce((a, x) => a + x.logs, 0);
  const title = (s: string) => r.byRoleScenario.find((x) => x.scenario === s)?.scenarioTitle ?? s;
  const rows = scenarios.map(
    (s) =>
      `<tr><th scope="row">${esc(s)}<br><small>${esc(title(s))}</small></th><td class="n">${count(s, 'us')}</td><td class="n">${count(s, 'nato')}</td><td class="n">${count(s, 'us') + count(s, 'nato')}</td></tr>`,
  );
  rows.push(
    `<tr><th scope="row">Total</th><td class="n">${count(null, 'us')}</td><td class="n">${count(null, 'nato')}</td><td class="n"><b>${count(null, 'us') + count(null, 'nato')}</b></td></tr>`,
  );
  return `<section id="logs"><h2>Who played</h2><table class="who"><caption>Logs by role and scenario</caption><thead><tr><th scope="col">Scenario</th><th scope="col" class="n">US</th><th scope="col" class="n">NATO</th><th scope="col" class="n">Total</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function endings(r: ClassReport): string {
  if (r.endings.length === 0) return '<section id="endings"><h2>Endings</h2><p>No games to count.</p></section>';
  return `<section id="endings"><h2>Endings</h2><figure>${endingsChart(r.endings)}</figure></section>`;
}

function trajectoryFigures(t: Trajectory): string {
  const who = `${ROLE_DESK[t.role]}, ${t.scenario} (${t.logs} game${t.logs === 1 ? '' : 's'})`;
  const fig = (meter: 'capital' | 'usTroops', what: string) =>
    `<figure><figcaption>${esc(`${what}: ${who}`)}</figcaption>${trajectoryChart(t.turns, { meter, title: `${what} by turn, ${who}` })}</figure>`;
  return fig('capital', 'Political capital') + fig('usTroops', 'US troops, thousands');
}

function trajectories(r: ClassReport): string {
  if (r.trajectories.length === 0) return '';
  const key = `<p class="key"><span><span class="swatch" style="background:${COLORS.capital}"></span>median</span><span><span class="swatch" style="background:${COLORS.capital};opacity:.45"></span>middle half (quartiles)</span><span><span class="swatch" style="background:${COLORS.capital};opacity:.2"></span>lowest to highest</span></p>`;
  return `<section id="trajectories"><h2>Capital and troop burden by turn</h2>${key}<div class="charts">${r.trajectories.map(trajectoryFigures).join('')}</div><p class="note">A game that ended early stops counting after its last turn; hover a point for its numbers.</p></section>`;
}

function choices(r: ClassReport): string {
  const table = (p: DecisionPoint) => {
    const again = p.reached > p.logs ? `, ${p.logs} games` : '';
    const rows = p.options.map((o) => {
      const share = p.reached ? (o.chosen / p.reached) * 100 : 0;
      return `<tr><td>${esc(o.text)}</td><td class="n">${o.chosen}</td><td class="share"><span class="bar${o.chosen ? '' : ' zero'}" style="width:${share.toFixed(1)}%"></span></td></tr>`;
    });
    return `<div class="point"><table class="choices"><caption>${esc(`${whenLabel(p.turn, p.month)} · ${p.position} · ${p.reached} chose here${again}`)}</caption><thead><tr><th scope="col">Option</th><th scope="col" class="n">Chosen</th><th scope="col">Share</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  };
  const tables = pointGroups(r.decisionPoints).map((g) => `<h3>${esc(g.title)}</h3>${g.points.map(table).join('')}`);
  return `<section id="choices"><h2>Choices</h2>${tables.join('') || '<p>No decisions to count.</p>'}</section>`;
}

function highlights(r: ClassReport): string {
  const items = r.highlights.map(
    (h) =>
      `<h3>${ROLE_DESK[h.role]}</h3><ul class="highlights"><li><b>Fastest collapse:</b> ${
        h.fastestCollapse ? esc(describeGame(h.fastestCollapse)) : 'none: no game collapsed'
      }</li><li><b>Best outcome:</b> ${h.bestOutcome ? esc(describeGame(h.bestOutcome)) : 'none: no game finished without collapse'}</li></ul>`,
  );
  return `<section id="highlights"><h2>Highlights</h2>${items.join('')}<p class="note">${esc(BEST_OUTCOME_RULE)} ${esc(FASTEST_COLLAPSE_RULE)}</p></section>`;
}

function leftOut(r: ClassReport): string {
  if (r.rejected.length === 0) return '';
  const rows = r.rejected.map((x) => `<tr><td>${esc(x.file)}</td><td>${esc(x.reason)}</td></tr>`).join('');
  return `<section id="left-out"><h2>Left out (${r.rejected.length})</h2><table class="rejected"><thead><tr><th scope="col">File</th><th scope="col">Why</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderHtml(r: ClassReport): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mandate class report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>Mandate: class report</h1><p class="meta">Story ${esc(r.story.id)} ${esc(r.story.version)} · generated ${esc(r.generatedAt.slice(0, 16).replace('T', ' '))} UTC</p>${cards(r)}</header>
<main>
${whoPlayed(r)}
${endings(r)}
${trajectories(r)}
${choices(r)}
${highlights(r)}
${leftOut(r)}
</main>
<footer>Made by <code>mandate report</code>. Each game was replayed against the story before it was counted.</footer>
</body>
</html>
`;
}
