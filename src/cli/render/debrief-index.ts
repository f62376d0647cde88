/**
 * The list that `debrief DIR --out FOLDER` writes beside the debriefs (index.html, index.md or
 * index.json): every game with its player, desk, scenario, ending and a link to its debrief,
 * then every log left out with the reason, so nothing handed in goes missing silently.
 */
import type { Debrief } from '../../engine/report/index.js';
import { DEBRIEF_CSS } from './debrief-style.js';
import { esc } from './html-escape.js';
import { renderJson } from './json.js';
import { playerLabel } from './labels.js';
import { md } from './markdown.js';

/** A debrief written (with its file name in the folder), or a log left out and why. */
export interface IndexEntry {
  debrief: Debrief | null;
  name: string | null;
  log: string;
  problem: string | null;
}

const endingOf = (d: Debrief) => (!d.finished ? '(not finished)' : d.ending ? d.ending.title : '(no ending named)');

export function renderDebriefIndex(
  entries: readonly IndexEntry[],
  format: 'md' | 'json' | 'html',
  story: { id: string; version: string },
): string {
  const done = entries.filter((e) => e.debrief && e.name);
  const left = entries.filter((e) => e.problem !== null);
  if (format === 'json') {
    return renderJson({
      format: 'mandate-debrief-index',
      version: 1,
      story,
      debriefs: done.map((e) => ({
        file: e.name,
        log: e.log,
        player: e.debrief!.player,
        role: e.debrief!.role,
        scenario: e.debrief!.scenario.id,
        seed: e.debrief!.seed,
        finished: e.debrief!.finished,
        ending: e.debrief!.ending ? { id: e.debrief!.ending.id, title: e.debrief!.ending.title } : null,
      })),
      leftOut: left.map((e) => ({ log: e.log, reason: e.problem })),
    });
  }
  if (format === 'md') {
    const out = [
      '# Debriefs',
      '',
      `${done.length} debrief${done.length === 1 ? '' : 's'} · story ${md(story.id)} ${md(story.version)}`,
      '',
      '| Player | Desk | Scenario | Seed | Ending | Debrief |',
      '| --- | --- | --- | ---: | --- | --- |',
      ...done.map((e) => {
        const d = e.debrief!;
        return `| ${md(playerLabel(d.player))} | ${md(d.roleLabel)} | ${md(d.scenario.id)} | ${d.seed} | ${md(endingOf(d))} | [${md(e.name!)}](${encodeURI(e.name!)}) |`;
      }),
    ];
    if (left.length) {
      out.push('', `## Left out (${left.length})`, '', '| Log | Why |', '| --- | --- |');
      for (const e of left) out.push(`| ${md(e.log)} | ${md(e.problem!)} |`);
    }
    return `${out.join('\n')}\n`;
  }
  const rows = done
    .map((e) => {
      const d = e.debrief!;
      return `<tr><td><a href="${esc(encodeURI(e.name!))}">${esc(playerLabel(d.player))}</a></td><td>${esc(d.roleLabel)}</td><td>${esc(d.scenario.id)}</td><td class="n">${d.seed}</td><td>${esc(endingOf(d))}</td><td>${esc(e.log)}</td></tr>`;
    })
    .join('');
  const leftOut = left.length
    ? `<h2>Left out (${left.length})</h2><table><thead><tr><th>Log</th><th>Why</th></tr></thead><tbody>${left
        .map((e) => `<tr><td>${esc(e.log)}</td><td>${esc(e.problem!)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Debriefs</title>
<style>${DEBRIEF_CSS}</style>
</head>
<body>
<h1>Debriefs</h1>
<p class="meta">${done.length} debrief${done.length === 1 ? '' : 's'} · story ${esc(story.id)} ${esc(story.version)}</p>
<table><thead><tr><th>Player</th><th>Desk</th><th>Scenario</th><th class="n">Seed</th><th>Ending</th><th>Log</th></tr></thead><tbody>${rows}</tbody></table>
${leftOut}
</body>
</html>
`;
}
