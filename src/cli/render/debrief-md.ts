/**
 * The debrief of one game as Markdown: readable as plain text in a terminal, printable, and
 * pasteable into a learning platform. Every decision shows the question asked, the option
 * taken, the player's reason, what the choice itself changed and, apart from it, what the
 * month's events and upkeep changed (the ledger), then the meters before → after.
 */
import type { Debrief, DebriefStep } from '../../engine/report/index.js';
import type { Meters } from '../../engine/sim/meters.js';
import { type MeterLabel, type StoryLabels, tracksLine } from '../../engine/story/labels.js';
import { collapseWords, meterWord, meterWords, playerLabel, whenLabel } from './labels.js';
import { causedText, effectText, voteText } from './ledger-text.js';
import { glossaryMarkdown, md } from './markdown.js';

function change(label: string, before: number, after: number, unit = ''): string {
  const d = after - before;
  const delta = d === 0 ? '' : ` (${d > 0 ? '+' : ''}${d}${unit})`;
  return `${label} ${before}${unit} → ${after}${unit}${delta}`;
}

export function costText(before: Meters, after: Meters, capital: MeterLabel): string {
  return [
    change(meterWord(capital), before.capital, after.capital),
    change('US troops', before.usTroops, after.usTroops, 'k'),
    change('allied troops', before.alliedTroops, after.alliedTroops, 'k'),
  ].join(' · ');
}

/** The costliest decision in a sentence, the same in every format. */
export function costliestText(d: Debrief): string {
  if (!d.ledger)
    return 'This log was written before Mandate kept a ledger, so the choices cannot be told apart from the events.';
  const capital = meterWords(d.capitalLabel);
  if (!d.costliest) return `No decision cost ${capital} by itself.`;
  const s = d.path[d.costliest.step - 1];
  const when = s ? whenLabel(s.turn, s.month) : '';
  return `Decision ${d.costliest.step} (${when}): “${s?.choice ?? ''}” cost ${-d.costliest.capital} ${capital} by itself.`;
}

function step(s: DebriefStep, capital: MeterLabel): string[] {
  // Continuation lines indent to the item's text, or Markdown ends the list item early.
  const pad = ' '.repeat(String(s.step).length + 2);
  const out = [`${s.step}. **${md(whenLabel(s.turn, s.month))}**${s.prompt ? ` · *${md(s.prompt)}*` : ''}  `];
  out.push(`${pad}Chosen: ${md(s.choice)}  `);
  if (s.reason) out.push(`${pad}Reason given: “${md(s.reason)}”  `);
  if (s.own) out.push(`${pad}The choice itself: ${md(effectText(s.own, capital))}  `);
  for (const g of s.others) out.push(`${pad}Also, ${md(causedText(g, capital))}  `);
  for (const v of s.votes) out.push(`${pad}Vote: ${md(voteText(v))}  `);
  out.push(`${pad}${costText(s.before, s.after, capital)}${s.notTaken.length ? '  ' : ''}`);
  if (s.notTaken.length) out.push(`${pad}Not taken: ${s.notTaken.map((t) => `“${md(t)}”`).join('; ')}`);
  return out;
}

export function renderDebriefMarkdown(d: Debrief, labels: StoryLabels): string {
  const out: string[] = [
    `# Debrief: ${md(playerLabel(d.player))}, ${md(d.roleLabel)}`,
    '',
    `Scenario: ${md(d.scenario.title)} (${md(d.scenario.id)}) · seed ${d.seed} · story ${md(d.story.id)} ${md(d.story.version)} · started ${d.createdAt.slice(0, 10)} · log ${md(d.file)}`,
  ];
  if (d.goal) out.push('', `The brief: ${md(d.goal)}`);
  out.push('', '## The ending', '');
  if (!d.finished) out.push('The game is not finished yet: there is no ending to discuss. The path so far is below.');
  else if (d.ending) out.push(`**${md(d.ending.title)}** (${md(d.ending.id)})`);
  else out.push('The story stopped without naming an ending.');
  if (d.collapse) out.push('', `The game ended early: ${collapseWords(d.collapse, d.capitalLabel)}.`);
  out.push(
    '',
    `Final position: ${costText(d.start, d.final, d.capitalLabel)}.`,
    '',
    `Negotiations: ${md(tracksLine(labels, d.finalTracks))}.`,
  );
  if (d.scorecard.length) {
    out.push('', '## Against the brief', '');
    for (const l of d.scorecard) out.push(`- **${l.met ? 'met' : 'not met'}:** ${md(l.label)} (${md(l.detail)})`);
  }
  out.push('', '## The costliest decision', '', md(costliestText(d)));
  out.push('', `## The path taken (${d.path.length} decision${d.path.length === 1 ? '' : 's'})`, '');
  if (d.opening.length)
    out.push(`Before the first decision: ${d.opening.map((g) => md(causedText(g, d.capitalLabel))).join('; ')}.`, '');
  if (d.path.length === 0) out.push('No decisions were made.');
  for (const s of d.path) out.push(...step(s, d.capitalLabel));
  if (d.ending) {
    out.push('', '## What really happened', '');
    if (d.ending.history.length === 0) out.push('The story gives no historical note for this ending.');
    for (const h of d.ending.history) out.push(`- ${md(h)}`);
    out.push('', '## Questions to discuss', '');
    d.ending.questions.forEach((q, i) => {
      out.push(`${i + 1}. ${md(q)}`);
    });
  }
  if (d.glossary.length) out.push('', ...glossaryMarkdown(d.glossary));
  return `${out.join('\n')}\n`;
}
