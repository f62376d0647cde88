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

function findingLines(f: Finding, story: string): string[] {
  const times = f.count > 1 ? ` (${plural(f.count, 'playthrough')})` : '';
  return [`${formatLocation(f.loc, f.where ?? story)}: ${f.message}${times}`, `    path: ${formatPath(f.example)}`];
}

function extreme(label: string, x: Extreme | null, unit: 'decisions' | 'words'): string {
  if (!x) return '';
  const value = unit === 'decisions' ? plural(x.decisions, 'decision') : plural(x.words, 'word');
  return `${label} ${value} (${x.role}/${x.scenario}, ${x.ending ?? 'dead end'})`;
}

/** How a story of another game was set up: VARs set, EXTERNALs bound, stubbed or left to fallbacks. */
function genericSetup(g: NonNullable<CheckReport['generic']>): string[] {
  const out: string[] = [];
  const vars = Object.entries(g.vars);
  if (vars.length > 0) out.push(`VARs set: ${vars.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')}.`);
  if (g.bound.length > 0) out.push(`EXTERNALs bound with --bind: ${g.bound.join(', ')}.`);
  if (g.fallbacks.length > 0) out.push(`EXTERNALs that ran their ink fallback: ${g.fallbacks.join(', ')}.`);
  if (g.stubbed.length > 0) {
    out.push(
      `EXTERNALs with no fallback, stubbed to return 0 (bind one with --bind NAME=VALUE): ${g.stubbed.join(', ')}.`,
    );
  }
  if (g.lines) {
    const ran = g.lines.filter((l) => l.playthroughs > 0).length;
    out.push(`Ran ${ran}/${g.lines.length} lines of the source.`);
  }
  return out;
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
  const n = r.playthroughs.total;
  // In generic mode, only what is proved unreachable is a problem: a story of another game
  // owes Mandate no coverage, and the rest is listed below as a note.
  const notReached: string[] = [];
  for (const u of r.unreached) {
    const inside = u.choicesInside ? ` (and the ${plural(u.choicesInside, 'choice')} in it)` : '';
    const what = u.kind === 'choice' ? `choice ${u.text ? `"${clip(u.text, 60)}"` : u.path}` : `${u.kind} ${u.path}`;
    // "Unreachable" only for what is proved; the rest was not reached, which is all play shows.
    const verdict =
      u.proof === 'no-divert'
        ? `unreachable: ${what}${inside}: no divert leads here`
        : u.proof === 'always-false'
          ? `unreachable: ${what}: its condition is always false`
          : `not reached in ${plural(n, 'playthrough')} (seed ${r.seed}): ${what}${inside}`;
    (r.generic && !u.proof ? notReached : problems).push(`${formatLocation(u.loc, u.path)}: ${verdict}`);
  }
  for (const f of r.findings) problems.push(...findingLines(f, r.story));
  out.push(...problems);

  if (r.stopped) out.push('', `Note: ${r.stopped}.`);
  const p = r.playthroughs;
  if (p.total > 0) {
    const roles = [...new Set(r.runs.map((x) => x.role))].join(', ');
    const scenarios = [...new Set(r.runs.map((x) => x.scenario.replace(/-variant$/, '')))].join(', ');
    const varied = r.runs.some((x) => x.scenario.endsWith('-variant'))
      ? ' and variants of them (fewer months, events off)'
      : r.scenarioOnly
        ? ' (that scenario only: content it never reaches is not a problem)'
        : '';
    const how = r.generic
      ? `in generic mode (no Mandate contract), from ${r.generic.entry ? `knot ${r.generic.entry}` : 'the start'}`
      : `as ${roles} in ${scenarios}${varied}`;
    out.push(
      '',
      `Explored ${plural(p.total, 'playthrough')} (${r.mode}, seed ${r.seed}) ${how}: ` +
        `${num(Math.round(p.perSecond))} per second.`,
    );
    if (r.generic) out.push(...genericSetup(r.generic));
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
  if (notReached.length > 0) {
    out.push(
      '',
      `Not reached, though no proof says they cannot be (raise --runs, or try another --seed):`,
      ...notReached,
    );
  }
  if (r.warnings.length > 0) {
    out.push('', 'Warnings:');
    for (const w of r.warnings) out.push(`${formatLocation(w.loc, r.story)}: warning: ${w.message}`);
  }
  const count = r.contract.length + r.unreached.filter((u) => !r.generic || u.proof).length + r.findings.length;
  out.push(
    '',
    r.ok
      ? `Sound: no problems found${compileWarnings.length ? ` (${plural(compileWarnings.length, 'compiler warning')})` : ''}.`
      : `${plural(count, 'problem')} found.`,
  );
  return `${out.join('\n')}\n`;
}
