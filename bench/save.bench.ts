/**
 * Saving a long game: a looping story played to 3,000 decisions, as a script piping choices into
 * `mandate play --plain` would (issue 15, item 14: it took 13 s, every save serialising the whole
 * log). Two figures, each beside its floor in the same run:
 * - the text of one save at decision 3,000, made by the autosaver's LogText (each decision's text
 *   made once), beside JSON.stringify of the whole log (what every save did before);
 * - one whole save at decision 3,000 (text, atomic write, fsync, rename), beside writing the same
 *   text with a plain writeFileSync: what an atomic save must cost whatever the text costs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLog } from '../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../src/engine/scenario.js';
import { GameSession } from '../src/engine/session.js';
import { compileInk } from '../src/engine/story/compiler.js';
import { ParsedStory } from '../src/engine/story/runtime.js';
import { createAutosaver } from '../src/storage/autosave.js';
import { LogText } from '../src/storage/log-text.js';
import { type BenchRow, median, timeFn } from './harness.js';

const DECISIONS = 3000;
const HUB = `# story: hub
VAR role = ""
VAR scenario = ""
VAR round = 0
-> hub
=== hub ===
~ round = round + 1
Round {round}. The talks go round in circles.
+ [Talk] You talk. -> hub
+ [Listen] You listen. -> hub
+ [Leave] -> done
=== done ===
# ending: done
You leave.
-> END
`;

export async function rows(): Promise<BenchRow[]> {
  const compiled = compileInk('hub.ink', HUB, () => '');
  const story = new ParsedStory(compiled.json!, compiled.story);
  const session = GameSession.start({ storyJson: story, role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.full });
  const meta = { player: 'bench', createdAt: new Date().toISOString() };
  const text = new LogText();
  for (let i = 0; i < DECISIONS; i++) {
    session.choose(i % 2);
    text.text(buildLog(session, story, meta, new Date()), session.decisions);
  }
  const log = buildLog(session, story, meta, new Date());
  const cached = timeFn(() => {
    for (let i = 0; i < 20; i++) text.text(log, session.decisions);
  }, 7);
  const whole = timeFn(() => {
    for (let i = 0; i < 20; i++) JSON.stringify(log, null, 2);
  }, 7);

  const dir = mkdtempSync(join(tmpdir(), 'mandate-bench-save-'));
  const file = join(dir, 'game.json');
  const saver = createAutosaver([file], story, meta);
  const body = text.text(log, session.decisions);
  const saves: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 15; i++) {
    let t0 = process.hrtime.bigint();
    saver.save(session);
    saves.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    writeFileSync(join(dir, 'plain.json'), body);
    plain.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: `log text of a save at decision ${DECISIONS.toLocaleString('en-US')} (${Math.round(body.length / 1024)} kB)`,
      value: cached / 20,
      unit: 'ms',
      baseline: { name: 'JSON.stringify of the whole log', value: whole / 20 },
    },
    {
      name: `one autosave at decision ${DECISIONS.toLocaleString('en-US')} (text, atomic write, fsync)`,
      value: median(saves),
      unit: 'ms',
      baseline: { name: 'writeFileSync of the same text', value: median(plain) },
    },
  ];
}
