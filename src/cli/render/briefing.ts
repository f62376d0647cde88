/**
 * The student briefing pack as Markdown or as a printable HTML page: one page per role (the
 * brief, the conditions, who wanted what, the scenario's months, and the command to type; in
 * Markdown the glossary too), every fact from the story and the scenario. In print each role
 * starts a new page, and the type is set so that a role fits on one A4 page; the glossary,
 * too long to share a desk's page, follows on a page of its own.
 */
import type { BriefingPack, RolePage } from '../../engine/report/index.js';
import { formatMonth } from '../../ui/format.js';
import { esc } from './html-escape.js';
import { meterWords } from './labels.js';
import { md } from './markdown.js';
import { clean } from './text.js';

/** A word as one shell argument, quoted when it needs to be. */
const shellWord = (s: string) => (/^[\w./:@%+=,-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);

/** The line a student types to start, with the class's scenario and seed. */
export function playCommand(pack: BriefingPack, role: RolePage, scenarioArg: string): string {
  const seed = pack.seed === null ? '' : ` --seed ${pack.seed}`;
  return `mandate play --role ${role.role} --scenario ${shellWord(scenarioArg)}${seed} --player "Your Name" --log yourname-${role.role}.json`;
}

function monthsText(role: RolePage): string[] {
  return role.months.map((m) => `Turn ${m.turn}: ${formatMonth(clean(m.month))}`);
}

function rulesText(pack: BriefingPack, role: RolePage): string[] {
  const s = pack.scenario;
  const out = [
    `You start with ${s.start.capital} points of ${meterWords(role.capital)}, ${s.start.usTroops},000 US troops and ${s.start.alliedTroops},000 allied troops.`,
    s.undo ? 'You may take back a decision (u).' : 'Decisions are final: there is no undo in this scenario.',
  ];
  if (pack.scenario.memos) {
    const when = pack.scenario.memos.after === 'every' ? 'after every decision' : 'after the key decisions';
    const need = pack.scenario.memos.ask === 'required' ? 'you must write' : 'you may write';
    out.push(
      `The game asks why you chose ${when}: ${need} a sentence or two in your own words. Your teacher reads them.`,
    );
  }
  return out;
}

export function renderBriefingMarkdown(pack: BriefingPack, scenarioArg: string): string {
  const pages = pack.roles.map((role) => {
    const out = [
      `# ${md(pack.story.title)}: briefing for the ${md(role.label)}`,
      '',
      `*${md(pack.story.subtitle)}* · scenario: ${md(pack.scenario.title)}`,
      '',
      '## Your brief',
      '',
    ];
    if (role.goal) out.push(`**${md(role.goal)}**`, '');
    for (const p of role.brief) out.push(md(p), '');
    if (pack.conditions.length) {
      out.push('## The conditions', '');
      if (pack.conditionsIntro) out.push(md(pack.conditionsIntro), '');
      pack.conditions.forEach((c, i) => {
        out.push(`${i + 1}. **${md(c.name)}**: ${md(c.text)}`);
      });
      out.push('');
    }
    if (pack.wanted.length) {
      out.push('## Who wanted what', '');
      if (pack.wantedIntro) out.push(md(pack.wantedIntro), '');
      for (const w of pack.wanted) out.push(`- **${md(w.name)}**: ${md(w.text)}`);
      out.push('');
    }
    out.push('## The months you play', '', ...monthsText(role).map((m) => `- ${md(m)}`), '');
    out.push(...rulesText(pack, role).map(md), '');
    out.push('## To start', '', '```', playCommand(pack, role, scenarioArg), '```', '');
    if (pack.terms.length) {
      out.push('## Glossary', '');
      for (const t of pack.terms) out.push(`- **${md(t.name)}**: ${md(t.text)}`);
      out.push('');
    }
    return out.join('\n');
  });
  return `${pages.join('\n---\n\n').trimEnd()}\n`;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 900px; padding: 24px 32px 48px; color: #111; background: #fff;
  font: 17px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 .1em; }
h2 { font-size: 1.1em; margin: 1em 0 .3em; border-bottom: 2px solid #111; }
p, li { margin: .25em 0; }
.sub { color: #333; font-style: italic; margin-bottom: .8em; }
.goal { font-weight: 700; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
pre { background: #f2f2f2; padding: .5em .7em; white-space: pre-wrap; font-size: .9em; }
dl.terms { display: grid; grid-template-columns: max-content 1fr; gap: .15em .8em; margin: .3em 0; }
dl.terms dt { font-weight: 700; }
dl.terms dd { margin: 0; }
article + article { margin-top: 3em; border-top: 3px solid #111; padding-top: 1em; }
@page { size: A4; margin: 9mm 10mm; }
@media print {
  body { font-size: 8pt; line-height: 1.22; max-width: none; padding: 0; }
  dl.terms { grid-template-columns: max-content 1fr max-content 1fr; }
  h1 { font-size: 14pt; }
  article + article { break-before: page; margin-top: 0; border-top: none; padding-top: 0; }
  h2 { break-after: avoid; }
}
`;

function rolePage(pack: BriefingPack, role: RolePage, scenarioArg: string): string {
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const conditions = pack.conditions.length
    ? `<h2>The conditions</h2>${pack.conditionsIntro ? `<p>${esc(pack.conditionsIntro)}</p>` : ''}<ol>${pack.conditions
        .map((c) => `<li><b>${esc(c.name)}</b>: ${esc(c.text)}</li>`)
        .join('')}</ol>`
    : '';
  const wanted = pack.wanted.length
    ? `<h2>Who wanted what</h2>${pack.wantedIntro ? `<p>${esc(pack.wantedIntro)}</p>` : ''}${list(pack.wanted.map((w) => `<b>${esc(w.name)}</b>: ${esc(w.text)}`))}`
    : '';
  return (
    `<article id="role-${role.role}"><h1>${esc(`${pack.story.title}: briefing for the ${role.label}`)}</h1>` +
    `<p class="sub">${esc(pack.story.subtitle)} · scenario: ${esc(pack.scenario.title)}</p>` +
    `<h2>Your brief</h2>${role.goal ? `<p class="goal">${esc(role.goal)}</p>` : ''}${role.brief.map((p) => `<p>${esc(p)}</p>`).join('')}` +
    `<div class="columns"><div>${conditions}<h2>The months you play</h2>${list(monthsText(role).map(esc))}${list(rulesText(pack, role).map(esc))}</div><div>${wanted}</div></div>` +
    `<h2>To start</h2><pre>${esc(playCommand(pack, role, scenarioArg))}</pre></article>`
  );
}

/** The glossary on a page of its own, after the desks' pages: every desk reads the same words. */
function glossaryPage(pack: BriefingPack): string {
  if (pack.terms.length === 0) return '';
  const terms = pack.terms.map((t) => `<dt>${esc(t.name)}</dt><dd>${esc(t.text)}</dd>`).join('');
  return `<article id="glossary"><h1>${esc(`${pack.story.title}: glossary`)}</h1><dl class="terms">${terms}</dl></article>`;
}

export function renderBriefingHtml(pack: BriefingPack, scenarioArg: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${pack.story.title}: briefing`)}</title>
<style>${CSS}</style>
</head>
<body>
${pack.roles.map((r) => rolePage(pack, r, scenarioArg)).join('\n')}
${glossaryPage(pack)}
</body>
</html>
`;
}
