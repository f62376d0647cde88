/**
 * The report page's stylesheet, inlined into the page. Sized for a projector at the back of a
 * classroom (22px body text, heavy rules, dark text on white, colours that stay apart for the
 * colour-blind: blue and orange) and for paper: 11pt, charts two by two, no break inside a
 * table row, a chart or a decision point, no forced page breaks (so no empty pages), and the
 * on-screen parts (contents, debriefs) left out.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 32px 40px 64px; background: #fff; color: #111;
  font: 22px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2.1em; margin: 0 0 .2em; }
h2 { font-size: 1.5em; margin: 1.6em 0 .5em; padding-bottom: .15em; border-bottom: 4px solid #111; }
h3 { font-size: 1.15em; margin: 1.2em 0 .4em; }
h4 { font-size: 1em; margin: 1em 0 .3em; }
h3 small { font-weight: 400; font-size: .8em; color: #333; }
a { color: #1a3f80; }
p.meta, p.note { color: #333; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; margin: 1em 0; }
.card { border: 3px solid #111; border-radius: 8px; padding: .4em .9em; min-width: 8em; }
.card b { display: block; font-size: 2em; line-height: 1.1; }
.warnings { border: 3px solid #8a5a00; background: #fff6e0; border-radius: 8px; padding: .5em 1em; margin: 1em 0; }
.warnings ul { margin: .3em 0 0; padding-left: 1.2em; }
nav.toc { margin: 1em 0; }
nav.toc ol { columns: 2; margin: .3em 0; padding-left: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
caption { text-align: left; font-weight: 700; padding: .3em 0; }
th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #888; vertical-align: top; }
thead th { border-bottom: 3px solid #111; }
tbody th { font-weight: 600; }
th small { font-weight: 400; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.n.wraps { white-space: normal; }
tr.unfinished td, tr.unfinished th { background: #f2f2f2; }
table.roster { font-size: .8em; }
table.roster th[scope="row"], table.roster td:nth-child(2), table.roster td:nth-child(3) { white-space: nowrap; }
td.share { width: 22%; }
td.who { font-size: .85em; }
.bar { display: block; height: .9em; min-width: 2px; background: #1f4e9c; border-radius: 2px; }
.bar.zero { background: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.point { break-inside: avoid; margin-bottom: 1.4em; }
.point h4 { font-weight: 600; }
.reasons { font-size: .85em; margin: -.4em 0 .6em; }
.reasons ul { margin: .2em 0; padding-left: 1.2em; }
.reasons .by { color: #333; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 8px 32px; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-weight: 700; }
svg.chart { width: 100%; height: auto; display: block; }
svg .label, svg .legend { font-size: 22px; fill: #111; }
svg .count { font-size: 24px; font-weight: 700; fill: #111; }
svg .tick, svg .axis { font-size: 17px; fill: #222; }
svg .mark { font-size: 15px; font-weight: 700; fill: #5a3d8a; }
svg .limit { fill: #c00000; font-weight: 700; }
svg .grid { stroke: #bbb; stroke-width: 1; }
.key { display: flex; gap: 1.5em; flex-wrap: wrap; font-size: .85em; }
.swatch { display: inline-block; width: 1.6em; height: .8em; vertical-align: middle; margin-right: .3em; }
.swatch.dash { height: 0; border-top: 3px dashed #5a3d8a; }
ol.timeline { font-size: .9em; padding-left: 2em; }
ol.timeline .off { color: #555; font-style: italic; }
ul.highlights li { margin-bottom: .4em; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 32px; }
article.ending-text { break-inside: avoid; }
article.debrief { border-top: 3px solid #111; margin-top: 1.5em; font-size: .8em; }
.debrief .meta { color: #333; }
.debrief .brief, .debrief .prompt { font-style: italic; }
.debrief .choice, .debrief .ending-title { font-weight: 600; }
.debrief .reason::before { content: "Reason: "; font-weight: 700; }
.debrief .others, .debrief .not-taken, .debrief .votes { color: #333; font-size: .92em; }
.debrief tr.costliest td { background: #fff2cc; }
.debrief .met, .debrief .unmet { display: inline-block; min-width: 4.6em; font-weight: 700; }
.debrief .met { color: #1d5c1d; }
.debrief .unmet { color: #8a1c1c; }
.debrief ul.score { list-style: none; padding: 0; }
footer { margin-top: 3em; font-size: .8em; color: #333; }
dl.terms { display: grid; grid-template-columns: max-content 1fr; gap: .15em .8em; margin: .3em 0; }
dl.terms dt { font-weight: 700; }
dl.terms dd { margin: 0; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  tr { break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  nav.toc, #debriefs, .back { display: none; }
  #glossary { break-before: page; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
