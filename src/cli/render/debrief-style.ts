/**
 * The debrief page's stylesheet, inlined. A debrief is read on a screen or handed back on
 * paper, so it is set for reading (17px on screen) and for A4 (9.5pt, tight margins, the path
 * as one table): a short game prints on one page, a full one breaks between rows, never
 * inside one, and never leaves a page empty.
 */
export const DEBRIEF_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; background: #fff; color: #111;
  font: 17px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.1em 0 .35em; padding-bottom: .1em; border-bottom: 2px solid #111; }
p { margin: .3em 0; }
.meta { color: #333; font-size: .9em; }
.brief { font-style: italic; }
.ending-title { font-size: 1.2em; font-weight: 700; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
ul.score { list-style: none; padding: 0; margin: .2em 0; }
ul.score li { margin: .15em 0; }
.met, .unmet { display: inline-block; min-width: 4.6em; font-weight: 700; }
.met { color: #1d5c1d; }
.unmet { color: #8a1c1c; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .25em .4em; border-bottom: 1px solid #999; }
thead th { border-bottom: 2px solid #111; font-size: .9em; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.when { white-space: nowrap; }
tr.costliest td { background: #fff2cc; }
.prompt { font-style: italic; color: #333; }
.choice { font-weight: 600; }
.reason { margin-top: .15em; }
.reason::before { content: "Reason: "; font-weight: 700; }
.others, .not-taken, .votes { color: #333; font-size: .92em; }
.not-taken { color: #555; }
footer { margin-top: 1.5em; font-size: .8em; color: #333; }
@page { size: A4; margin: 10mm 11mm; }
dl.terms { display: grid; grid-template-columns: max-content 1fr; gap: .15em .8em; margin: .3em 0; }
dl.terms dt { font-weight: 700; }
dl.terms dd { margin: 0; }
@media print {
  body { font-size: 8pt; line-height: 1.2; max-width: none; padding: 0; }
  h1 { font-size: 13pt; }
  h2 { font-size: 10.5pt; margin: .6em 0 .2em; break-after: avoid; }
  th, td { padding: .12em .35em; }
  tr { break-inside: avoid; }
  /* On paper the options not taken give way to the path itself (the Markdown keeps them). */
  .not-taken, footer { display: none; }
  /* The glossary is a page of its own, after the debrief's page. */
  section.glossary { break-before: page; }
  section.glossary dl.terms { grid-template-columns: max-content 1fr max-content 1fr; font-size: 8pt; line-height: 1.22; }
  .prompt { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
