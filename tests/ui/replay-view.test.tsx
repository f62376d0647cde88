import { afterEach, describe, expect, it } from 'vitest';
import { buildLog } from '../../src/engine/log.js';
import { replayTranscript } from '../../src/engine/replay-steps.js';
import { ReplayView } from '../../src/ui/screens/ReplayView.js';
import { newSession, playThrough, storyJson } from '../helpers/story.js';
import { KEY, type Rendered, renderUI } from './helpers/render.js';

let ui: Rendered | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

const session = playThrough(newSession('us', 3, 'short'), (step, n) => step % n);
const log = buildLog(session, storyJson, { player: null, createdAt: new Date(0).toISOString() }, new Date(0));
const transcript = replayTranscript(log, storyJson);
const n = log.decisions.length;

describe('the replay screen (restyled)', () => {
  it('draws a full frame with the keys from the key table', async () => {
    ui = renderUI(<ReplayView transcript={transcript} title="Replay of game.json" />);
    const f = await ui.waitFor(`Decision 1 of ${n}`);
    expect(f.split('\n')).toHaveLength(23);
    expect(f).toContain('←/→: step · Esc/q: back · ?: help');
    expect(f).toContain('(chosen)');
  });

  it('scrolls a long passage with PgUp/PgDn, opening on its last lines', async () => {
    ui = renderUI(<ReplayView transcript={transcript} title="t" />, { cols: 60, rows: 16 });
    const f = await ui.waitFor(`Decision 1 of ${n}`);
    if (!/↑\d/.test(f)) return; // The passage fits: nothing to scroll.
    await ui.press(KEY.pageUp);
    await ui.waitFor(/↓\d/);
    await ui.press('g');
    await ui.waitFor((fr) => !/↑\d/.test(fr));
  });

  it('lists its keys with ?, and leaves on Ctrl+C', async () => {
    ui = renderUI(<ReplayView transcript={transcript} title="t" />);
    await ui.waitFor('Decision 1');
    await ui.press('?');
    // The help opens at its top: the first row of the key table is in view.
    const f = await ui.waitFor('the next decision');
    expect(f).toContain('→           the next decision');
    expect(f).toContain('the decision before');
    expect(f).toContain('scroll down one line');
    expect(f).toContain('go back');
    await ui.press(KEY.ctrlC);
    await expect(ui.exited).resolves.toBeUndefined();
  });

  it('asks for a larger window when it is too small', async () => {
    ui = renderUI(<ReplayView transcript={transcript} title="t" />, { cols: 40, rows: 10 });
    await ui.waitFor('Please make this window larger.');
    ui.resize(80, 24);
    await ui.waitFor('Decision 1');
  });
});

describe('reasons in the replay screen', () => {
  it('shows the player’s reason under the options of its decision', async () => {
    const s = playThrough(newSession('nato', 3, 'short'), (step, count) => step % count);
    s.annotate(1, 'Paris first, then Berlin.');
    const withReason = buildLog(s, storyJson, { player: 'Ana', createdAt: new Date(0).toISOString() }, new Date(0));
    ui = renderUI(<ReplayView transcript={replayTranscript(withReason, storyJson)} title="t" />);
    const f = await ui.waitFor(`Decision 1 of ${withReason.decisions.length}`);
    expect(f).toContain('Reason: Paris first, then Berlin.');
    await ui.press(KEY.right);
    const next = await ui.waitFor(`Decision 2 of ${withReason.decisions.length}`);
    expect(next).not.toContain('Reason:');
  });
});
