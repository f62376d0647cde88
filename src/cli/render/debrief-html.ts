/**
 * The debrief of one game as a self-contained, printable HTML page: inline CSS, no scripts, no
 * network. The same content as the Markdown debrief, with the path as one table (question,
 * choice, reason, what the choice itself changed, what the events and upkeep changed, the
 * position after), so a short game prints on one A4 page. Every string from a log is escaped.
 */
import type { Debrief, DebriefStep } from '../../engine/report/index.js';
import { type MeterLabel, type StoryLabels, tracksLine } from '../../engine/story/labels.js';
import { formatShortMonth } from '../../ui/format.js';
import { costliestText, costText } from './debrief-md.js';
import { DEBRIEF_CSS } from './debrief-style.js';
import { esc } from './html-escape.js';
import { collapseWords, meterWord, playerLabel, whenLabel } from './labels.js';
import { causedText, effectText, voteText } from './ledger-text.js';

/** `Aug 2003`, or the turn when the story gives no month. */
function shortWhen(s: DebriefStep): string {
  return s.month ? formatShortMonth(s.month) : whenLabel(s.turn, null);
}

function row(s: DebriefStep, costliest: boolean, capital: MeterLabel): string {
  const reason = s.reason ? `<div class="reason">“${esc(s.reason)}”</div>` : '';
  const notTaken = s.notTaken.length
    ? `<div class="not-taken">Not taken: ${s.notTaken.map((t) => `“${esc(t)}”`).join('; ')}</div>`
    : '';
  const others = s.others.map((g) => `<div class="others">${esc(causedText(g, capital))}</div>`).join('');
  const votes = s.votes.map((v) => `<div class="votes">Vote: ${esc(voteText(v))}</div>`).join('');
  const own = s.own ? esc(effectText(s.own, capital)) : '<span class="others">(no ledger in this log)</span>';
  return (
    `<tr${costliest ? ' class="costliest"' : ''}><td class="n">${s.step}</td><td class="when">${esc(shortWhen(s))}</td>` +
    `<td>${s.prompt ? `<div class="prompt">${esc(s.prompt)}</div>` : ''}<div class="choice">${esc(s.choice)}</div>${reason}${notTaken}</td>` +
    `<td>${own}${others}${votes}</td>` +
    `<td class="n">${esc(meterWord(capital))} ${s.after.capital}<br>US ${s.after.usTroops}k</td></tr>`
  );
}

function ending(d: Debrief, labels: StoryLabels): string {
  const head = !d.finished
    ? '<p>The game is not finished yet: there is no ending to discuss. The path so far is below.</p>'
    : d.ending
      ? `<p class="ending-title">${esc(d.ending.title)}</p>`
      : '<p>The story stopped without naming an ending.</p>';
  const early = d.collapse ? `<p>The game ended early: ${esc(collapseWords(d.collapse, d.capitalLabel))}.</p>` : '';
  return `${head}${early}<p>Final position: ${esc(costText(d.start, d.final, d.capitalLabel))}.</p><p>Negotiations: ${esc(tracksLine(labels, d.finalTracks))}.</p>`;
}

function scorecard(d: Debrief, h = 'h2'): string {
  if (d.scorecard.length === 0) return '';
  const items = d.scorecard.map(
    (l) =>
      `<li><span class="${l.met ? 'met' : 'unmet'}">${l.met ? 'met' : 'not met'}</span> ${esc(l.label)} <span class="others">(${esc(l.detail)})</span></li>`,
  );
  return `<section class="score"><${h}>Against the brief</${h}><ul class="score">${items.join('')}</ul></section>`;
}

function history(d: Debrief, h = 'h2'): string {
  if (!d.ending) return '';
  const lines = d.ending.history.length
    ? `<ul>${d.ending.history.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>`
    : '<p>The story gives no historical note for this ending.</p>';
  const questions = `<ol>${d.ending.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol>`;
  return `<div class="columns"><section><${h}>What really happened</${h}>${lines}</section><section><${h}>Questions to discuss</${h}>${questions}</section></div>`;
}

/** The story's glossary as a section of a page: each term and what it means. */
export function glossaryHtml(terms: readonly { name: string; text: string }[], h = 'h2'): string {
  if (terms.length === 0) return '';
  const items = terms.map((t) => `<dt>${esc(t.name)}</dt><dd>${esc(t.text)}</dd>`).join('');
  return `<section class="glossary"><${h}>Glossary</${h}><dl class="terms">${items}</dl></section>`;
}

/** The debrief's content (heading, ending, brief, path, history), for a page of its own or the class report. */
export function debriefBody(d: Debrief, labels: StoryLabels, level = 1): string {
  const h = (n: number) => `h${Math.min(6, n + level - 1)}`;
  const title = `Debrief: ${playerLabel(d.player)}, ${d.roleLabel}`;
  const opening = d.opening.length
    ? `<p class="others">Before the first decision: ${d.opening.map((g) => esc(causedText(g, d.capitalLabel))).join('; ')}.</p>`
    : '';
  const rows = d.path.map((s) => row(s, d.costliest?.step === s.step, d.capitalLabel)).join('');
  const path = d.path.length
    ? `<table class="path"><thead><tr><th class="n">#</th><th>When</th><th>The question, the choice, the reason</th><th>What the choice changed; then events and upkeep</th><th class="n">After</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No decisions were made.</p>';
  const section = (name: string, body: string, cls = '') =>
    `<section${cls ? ` class="${cls}"` : ''}><${h(2)}>${name}</${h(2)}>${body}</section>`;
  return (
    `<header><${h(1)}>${esc(title)}</${h(1)}><p class="meta">${esc(`${d.scenario.title} (${d.scenario.id}) · seed ${d.seed} · story ${d.story.id} ${d.story.version} · started ${d.createdAt.slice(0, 10)} · log ${d.file}`)}</p>${d.goal ? `<p class="brief">The brief: ${esc(d.goal)}</p>` : ''}</header>` +
    `<div class="columns">${section('The ending', ending(d, labels), 'ending')}<div>${scorecard(d, h(2))}${section('The costliest decision', `<p>${esc(costliestText(d))}</p>`)}</div></div>` +
    section(`The path taken (${d.path.length} decision${d.path.length === 1 ? '' : 's'})`, opening + path) +
    history(d, h(2)) +
    glossaryHtml(d.glossary, h(2))
  );
}

export function renderDebriefHtml(d: Debrief, labels: StoryLabels): string {
  const title = `Debrief: ${playerLabel(d.player)}, ${d.roleLabel}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${DEBRIEF_CSS}</style>
</head>
<body>
<main class="debrief">
${debriefBody(d, labels)}
</main>
<footer>Made by <code>mandate debrief</code>. The game was replayed against the story before this debrief was written.</footer>
</body>
</html>
`;
}
