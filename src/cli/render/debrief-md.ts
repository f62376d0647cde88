/**
 * The debrief of one game as Markdown: readable as plain text in a terminal, printable, and
 * pasteable into a learning platform. The path lists every decision with its cost (meters
 * before → after, which includes the month's upkeep when the decision closed a month).
 */
import type { Debrief, DebriefStep } from '../../engine/report/index.js';
import type { Meters } from '../../engine/sim/meters.js';
import { type StoryLabels, tracksLine } from '../../engine/story/labels.js';
import { COLLAPSE_LABEL, playerLabel, whenLabel } from './labels.js';
import { md } from './markdown.js';

function change(label: string, before: number, after: number, unit = ''): string {
  const d = after - before;
  const delta = d === 0 ? '' : ` (${d > 0 ? '+' : ''}${d}${unit})`;
  return `${label} ${before}${unit} → ${after}${unit}${delta}`;
}

function cost(before: Meters, after: Meters): string {
  return [
    change('capital', before.capital, after.capital),
    change('US troops', before.usTroops, after.usTroops, 'k'),
    change('allied troops', before.alliedTroops, after.alliedTroops, 'k'),
  ].join(' · ');
}

function step(s: DebriefStep): string[] {
  // Continuation lines indent to the item's text, or Markdown ends the list item early.
  const pad = ' '.repeat(String(s.step).length + 2);
  const out = [`${s.step}. **${md(whenLabel(s.turn, s.month))}:** ${md(s.choice)}`, `${pad}${cost(s.before, s.after)}`];
  if (s.notTaken.length) out.push(`${pad}Not taken: ${s.notTaken.map((t) => `“${md(t)}”`).join('; ')}`);
  return out;
}

export function renderDebriefMarkdown(d: Debrief, labels: StoryLabels): string {
  const out: string[] = [
    `# Debrief: ${md(playerLabel(d.player))}, ${md(labels.roles[d.role].label)}`,
    '',
    `Scenario: ${md(d.scenario.title)} (${md(d.scenario.id)}) · seed ${d.seed} · story ${md(d.story.id)} ${md(d.story.version)} · started ${d.createdAt.slice(0, 10)}`,
    '',
    '## The ending',
    '',
  ];
  if (!d.finished) out.push('The game is not finished yet: there is no ending to discuss. The path so far is below.');
  else if (d.ending) out.push(`**${md(d.ending.title)}** (${md(d.ending.id)})`);
  else out.push('The story stopped without naming an ending.');
  if (d.collapse) out.push('', `The game ended early: ${COLLAPSE_LABEL[d.collapse]}.`);
  out.push(
    '',
    `Final position: ${cost(d.start, d.final)}.`,
    '',
    `Negotiations: ${md(tracksLine(labels, d.finalTracks))}.`,
    '',
    `## The path taken (${d.path.length} decision${d.path.length === 1 ? '' : 's'})`,
    '',
  );
  if (d.path.length === 0) out.push('No decisions were made.');
  for (const s of d.path) out.push(...step(s));
  if (d.ending) {
    out.push('', '## What really happened', '');
    if (d.ending.history.length === 0) out.push('The story gives no historical note for this ending.');
    for (const h of d.ending.history) out.push(`- ${md(h)}`);
    out.push('', '## Questions to discuss', '');
    d.ending.questions.forEach((q, i) => {
      out.push(`${i + 1}. ${md(q)}`);
    });
  }
  return `${out.join('\n')}\n`;
}
