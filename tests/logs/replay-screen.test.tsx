/**
 * The replay screen in process (ink-testing-library): opens at a decision, steps with →/← (j/k
 * scroll, as on every screen), shows the option taken and the meters before → after, and ends on the ending.
 */
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { replayTranscript } from '../../src/engine/replay-steps.js';
import { ReplayScreen } from '../../src/ui/ReplayScreen.js';
import { formatMeterChange } from '../../src/ui/replay-format.js';
import { finishedLog, story } from './fixtures.js';

const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';

const log = finishedLog('us', 31);
const transcript = replayTranscript(log, story);
const n = log.decisions.length;

let ui: ReturnType<typeof render> | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

async function waitFor(text: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const frame = ui?.lastFrame() ?? '';
    if (frame.includes(text)) return frame;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`"${text}" never appeared; last frame:\n${ui?.lastFrame()}`);
}

const press = async (key: string) => {
  ui?.stdin.write(key);
  await new Promise((r) => setTimeout(r, 20));
};

describe('the replay screen', () => {
  it('shows a decision: the option taken, the others, the meters before → after', async () => {
    ui = render(<ReplayScreen transcript={transcript} title="Replay of game.json" />);
    const f = await waitFor(`Decision 1 of ${n}`);
    const step = transcript.steps[0]!;
    expect(f).toContain('Replay of game.json');
    expect(f).toContain(`› ${step.chosen + 1}) `);
    expect(f).toContain('(chosen)');
    expect(f.match(/^ {2}\d\) /gm)?.length).toBe(step.options.length - 1);
    expect(f).toContain(formatMeterChange(step.before, step.after, transcript.capitalLabel).slice(0, 30));
    expect(f).toContain('←/→: step · Esc/q: back · ?: help');
  });

  it('keeps every page shorter than the terminal (24 rows here), however long the passage', async () => {
    ui = render(<ReplayScreen transcript={transcript} title="t" />);
    for (let page = 1; page <= n + 1; page++) {
      await waitFor(page <= n ? `Decision ${page} of ${n}` : 'Ending:');
      expect(ui.lastFrame()!.split('\n').length).toBeLessThan(24);
      await press(RIGHT);
    }
  });

  it('steps forward and back with the arrows, and stops at both ends', async () => {
    ui = render(<ReplayScreen transcript={transcript} title="t" />);
    await waitFor(`Decision 1 of ${n}`);
    await press(RIGHT);
    await waitFor(`Decision 2 of ${n}`);
    await press(RIGHT);
    await waitFor(`Decision 3 of ${n}`);
    await press(LEFT);
    await waitFor(`Decision 2 of ${n}`);
    await press(LEFT);
    await press(LEFT);
    await waitFor(`Decision 1 of ${n}`);
    // j and k scroll the passage, as everywhere: they do not step.
    await press('j');
    await press('k');
    expect(ui.lastFrame()).toContain(`Decision 1 of ${n}`);
  });

  it('opens at --at N and ends on the ending', async () => {
    ui = render(<ReplayScreen transcript={transcript} title="t" at={n} />);
    await waitFor(`Decision ${n} of ${n}`);
    await press(RIGHT);
    await waitFor(`Ending: ${log.ending!.title}`);
    await press(RIGHT);
    expect(ui.lastFrame()).toContain(`After decision ${n}`);
  });

  it('names the step where an edited log parts from the story', async () => {
    const edited = structuredClone(log);
    edited.decisions[1]!.meters.capital = (edited.decisions[1]!.meters.capital + 1) % 100;
    ui = render(<ReplayScreen transcript={replayTranscript(edited, story)} title="t" at={2} />);
    const f = await waitFor('Decision 2: the log and the story part ways');
    expect(f).toMatch(/meters differ after the choice: capital \d+ in the story, \d+ in the log/);
  });

  it('quits on q', async () => {
    ui = render(<ReplayScreen transcript={transcript} title="t" />);
    await waitFor('Decision 1');
    await press('q');
    // Unmounted by exit(): further keys draw nothing. Ink writes a closing frame on exit, and
    // under CI=true that frame is empty, so assert on every frame drawn rather than the last.
    const drawn = ui.frames.length;
    await press(RIGHT);
    await press(RIGHT);
    expect(ui.frames.slice(drawn).join('')).not.toContain('Decision 2');
    expect(ui.frames.join('')).not.toContain('Decision 2');
  });
});
