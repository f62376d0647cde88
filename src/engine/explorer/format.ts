/**
 * The text rendering of a CheckReport: problems first as `FILE:LINE: message`, the form editors
 * and CI logs turn into links, then what was explored. `--json` prints the report itself.
 */
import type { CheckReport, Extreme, Finding, Reproduction } from './report.js';
import { formatLocation } from './source-index.js';

const num = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${num(n)} ${n === 1 ? one : many}`;
const clip = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `us/full, seed 12: 2 "Walk out." › 1 "Agree."`: enough to play the same path again. */
export function formatPath(r: Reproduction): string {
  const steps = r.path.map((s) => `${s.choice} "${clip(s.text)}"`).join(' › ');
  const v = r.variant;
  const variant = v ? ` (${v.turns} turns${v.eventsOff.length ? `, events off: ${v.eventsOff.join(', ')}` : ''})` : '';
  return `${r.role}/${r.scenario}${variant}, seed ${r.seed}: ${steps || '(before the first choice)'}`;
}

function findingLines(f: Finding): string[] {
  const times = f.count > 1 ? ` (${plural(f.count, 'playthrough')})` : '';
  return [`${formatLocation(f.loc, f.where ?? '?')}: ${f.message}${times}`, `    path: ${formatPath(f.example)}`];
}

function extreme(label: string, x: Extreme | null, unit: 'decisions' | 'words'): string {
  if (!x) return '';
  const value = unit === 'decisions' ? plural(x.decisions, 'decision') : plural(x.words, 'word');
  return `${label} ${value} (${x.role}/${x.scenario}, ${x.ending ?? 'dead end'})`;
}

export function formatReport(r: CheckReport): string {
  const out: string[] = [`mandate check: ${r.story}`];
  const compileErrors = r.compile.filter((m) => m.severity === 'error');
  const compileWarnings = r.compile.filter((m) => m.severity === 'warning');
  for (const m of r.compile) {
    const where = m.line === null ? m.file : `${m.file}:${m.line}`;
    out.push(`${where}: ${m.severity === 'warning' ? 'warning: ' : ''}${m.message}`);
  }
  if (compileErrors.length > 0) {
    out.push(`\nThe story does not compile: ${plural(compileErrors.length, 'error')}.`);
    return `${out.join('\n')}\n`;
  }
  for (const p of r.contract) out.push(`${formatLocation(p.loc, r.story)}: ${p.message}`);

  const problems: string[] = [];
  for (const u of r.unreached) {
    const inside = u.choicesInside ? ` (and the ${plural(u.choicesInside, 'choice')} in it)` : '';
    const what = u.kind === 'choice' ? `choice ${u.text ? `"${clip(u.text, 60)}"` : u.path}` : `${u.kind} ${u.path}`;
    problems.push(`${formatLocation(u.loc, u.path)}: never reached: ${what}${inside}`);
  }
  for (const f of r.findings) problems.push(...findingLines(f));
  out.push(...problems);

  const p = r.playthroughs;
  if (p.total > 0) {
    const roles = [...new Set(r.runs.map((x) => x.role))].join(', ');
    const scenarios = [...new Set(r.runs.map((x) => x.scenario.replace(/-variant$/, '')))].join(', ');
    const varied = r.runs.some((x) => x.scenario.endsWith('-variant'))
      ? ' and variants of them (fewer months, events off)'
      : r.scenarioOnly
        ? ' (that scenario only: content it never reaches is not a problem)'
        : '';
    out.push(
      '',
      `Explored ${plural(p.total, 'playthrough')} (${r.mode}, seed ${r.seed}) as ${roles} in ${scenarios}${varied}: ` +
        `${num(Math.round(p.perSecond))} per second.`,
    );
    const c = r.coverage;
    out.push(
      `Reached ${c.knots.reached}/${c.knots.total} knots, ${c.stitches.reached}/${c.stitches.total} stitches, ` +
        `${c.choices.reached}/${c.choices.total} choices.`,
    );
    out.push(`Endings (${r.endings.length}):`);
    const width = Math.max(0, ...r.endings.map((e) => e.id.length));
    for (const e of r.endings) {
      out.push(`  ${String(e.count).padStart(6)}  ${e.id.padEnd(width)}  ${clip(e.title, 40)}`);
    }
    const missed = r.scenarioOnly?.endingsNotReached ?? [];
    if (r.scenarioOnly) {
      out.push(
        missed.length
          ? `Endings of the story this scenario did not reach in ${plural(p.total, 'playthrough')} (${missed.length}): ${missed.join(', ')}.`
          : 'This scenario reached every ending of the story.',
      );
    }
    const sentence = (parts: string[]) => `${parts.filter(Boolean).join('; ')}.`;
    out.push(
      sentence([extreme('Shortest', p.shortest, 'decisions'), extreme('longest', p.longest, 'decisions')]),
      sentence([extreme('Fewest words', p.fewestWords, 'words'), extreme('most', p.mostWords, 'words')]),
    );
  }
  if (r.warnings.length > 0) {
    out.push('', 'Warnings:');
    for (const w of r.warnings) out.push(`${formatLocation(w.loc, r.story)}: warning: ${w.message}`);
  }
  const count = r.contract.length + r.unreached.length + r.findings.length;
  out.push(
    '',
    r.ok
      ? `Sound: no problems found${compileWarnings.length ? ` (${plural(compileWarnings.length, 'compiler warning')})` : ''}.`
      : `${plural(count, 'problem')} found.`,
  );
  return `${out.join('\n')}\n`;
}
