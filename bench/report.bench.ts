/**
 * The class report over a class of 40, 1,000 and 10,000 logs: the whole `mandate report DIR` process (read,
 * validate, replay every log against the story, aggregate, render), beside a floor measured in
 * the same run: a Node process that only reads and JSON.parses the same files. The logs are
 * generated once per story version (class-cache.ts) and kept in the temporary folder. The
 * report runs on its default threads here; report-scale.bench.ts sets it beside one thread and
 * measures its memory.
 */
import { readFileSync } from 'node:fs';
import { classOf } from './class-cache.js';
import { type BenchRow, timeProcess } from './harness.js';

const SIZES = [
  { logs: 1_000, runs: 3 },
  { logs: 10_000, runs: 1 },
];
/** A class: what a teacher runs after a lesson. */
const CLASS = { logs: 40, runs: 7 };

const FLOOR = `
const fs = require('node:fs'), path = require('node:path');
const dir = process.argv[1];
for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
`;

/**
 * The second floor: a bare inkjs replay of the same logs in one process (story parsed once,
 * ink fallbacks, each log's choice indexes), which is what a report cannot go below.
 */
const BARE_REPLAY = `
const fs = require('node:fs'), path = require('node:path');
const { Story } = require('inkjs');
const [dir, storyFile] = process.argv.slice(1);
const template = new Story(fs.readFileSync(storyFile, 'utf8'));
for (const f of fs.readdirSync(dir)) {
  if (!f.endsWith('.json')) continue;
  let log;
  try { log = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')); } catch { continue; }
  if (!Array.isArray(log.decisions)) continue;
  const s = new Story(template.mainContentContainer, template.listDefinitions ? template.listDefinitions.lists : []);
  s.ResetState();
  s.allowExternalFunctionFallbacks = true;
  s.state.storySeed = log.seed;
  s.variablesState.$('role', log.role);
  s.variablesState.$('scenario', log.scenario.story);
  for (const d of log.decisions) {
    while (s.canContinue) s.Continue();
    if (s.currentChoices.length === 0) break;
    s.ChooseChoiceIndex(Math.min(d.index, s.currentChoices.length - 1));
  }
  while (s.canContinue) s.Continue();
}
`;

export async function rows(): Promise<BenchRow[]> {
  const storyJson = readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8');
  const out: BenchRow[] = [];
  for (const { logs, runs } of SIZES) {
    const dir = await classOf(logs, storyJson);
    const floor = timeProcess('node', ['-e', FLOOR, dir], runs);
    const report = timeProcess('node', ['dist/mandate.js', 'report', dir, '--format', 'json'], runs);
    out.push({
      name: `class report, ${logs.toLocaleString('en-US')} logs (replay + json)`,
      value: report,
      unit: 'ms',
      baseline: { name: 'read + JSON.parse the same files', value: floor },
    });
  }
  const dir = await classOf(SIZES[0]!.logs, storyJson);
  const storyFile = new URL('../story/build/mandate.json', import.meta.url).pathname;
  const bare = timeProcess('node', ['-e', BARE_REPLAY, dir, storyFile], SIZES[0]!.runs);
  const perSecond = (ms: number) => SIZES[0]!.logs / (ms / 1000);
  out.push({
    name: 'class report throughput, 1,000 logs (whole process)',
    value: perSecond(out[0]!.value),
    unit: 'logs/s',
    baseline: { name: 'bare inkjs replay of the same logs', value: perSecond(bare) },
    target: '>= 0.5x floor',
    ok: perSecond(out[0]!.value) >= 0.5 * perSecond(bare),
  });
  const html = timeProcess('node', ['dist/mandate.js', 'report', dir, '--format', 'html'], SIZES[0]!.runs);
  out.push({
    name: 'class report, 1,000 logs (replay + html)',
    value: html,
    unit: 'ms',
    baseline: { name: 'the same report as json', value: out[0]!.value },
  });
  // First in the table: the figure a teacher meets.
  const lesson = await classOf(CLASS.logs, storyJson);
  out.unshift({
    name: `class report, a class of ${CLASS.logs} logs (replay + json)`,
    value: timeProcess('node', ['dist/mandate.js', 'report', lesson, '--format', 'json'], CLASS.runs),
    unit: 'ms',
    baseline: { name: 'node -e 0', value: timeProcess('node', ['-e', '0'], CLASS.runs) },
  });
  return out;
}
