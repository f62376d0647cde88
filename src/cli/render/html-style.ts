/**
 * The report page's stylesheet, inlined into the page. Sized for a projector at the back of a
 * classroom (22px body text, heavy rules, dark text on white, colours that stay apart for the
 * colour-blind: blue and orange) and for paper (12pt, no page breaks inside a table).
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 32px 40px 64px; background: #fff; color: #111;
  font: 22px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2.1em; margin: 0 0 .2em; }
h2 { font-size: 1.5em; margin: 1.6em 0 .5em; padding-bottom: .15em; border-bottom: 4px solid #111; }
h3 { font-size: 1.15em; margin: 1.2em 0 .4em; }
p.meta, p.note { color: #333; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; margin: 1em 0; }
.card { border: 3px solid #111; border-radius: 8px; padding: .4em .9em; min-width: 8em; }
.card b { display: block; font-size: 2em; line-height: 1.1; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
caption { text-align: left; font-weight: 700; padding: .3em 0; }
th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #888; vertical-align: top; }
thead th { border-bottom: 3px solid #111; }
tbody th { font-weight: 600; }
th small { font-weight: 400; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.share { width: 28%; }
.bar { display: block; height: .9em; min-width: 2px; background: #1f4e9c; border-radius: 2px; }
.bar.zero { background: none; }
.point { break-inside: avoid; margin-bottom: 1.2em; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 8px 32px; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-weight: 700; }
svg.chart { width: 100%; height: auto; display: block; }
svg .label, svg .legend { font-size: 22px; fill: #111; }
svg .count { font-size: 24px; font-weight: 700; fill: #111; }
svg .tick, svg .axis { font-size: 17px; fill: #222; }
svg .limit { fill: #c00000; font-weight: 700; }
svg .grid { stroke: #bbb; stroke-width: 1; }
.key { display: flex; gap: 1.5em; flex-wrap: wrap; font-size: .85em; }
.swatch { display: inline-block; width: 1.6em; height: .8em; vertical-align: middle; margin-right: .3em; }
ul.highlights li { margin-bottom: .4em; }
footer { margin-top: 3em; font-size: .8em; color: #333; }
@media print {
  body { font-size: 12pt; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
