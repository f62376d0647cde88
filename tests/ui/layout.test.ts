import { describe, expect, it } from 'vitest';
import {
  choiceLines,
  gameLayout,
  isTooSmall,
  menuLayout,
  PANEL_COLS,
  readOn,
  scrollLabel,
  storyWindow,
  tallestChoices,
} from '../../src/ui/layout.js';
import { transcriptLines } from '../../src/ui/transcript.js';
import { newSession } from '../helpers/story.js';

describe('layout', () => {
  it('asks for room below 60×16', () => {
    expect(isTooSmall(59, 24)).toBe(true);
    expect(isTooSmall(80, 15)).toBe(true);
    expect(isTooSmall(60, 16)).toBe(false);
  });

  it('puts the status at the side from 100 columns, in two lines on top below', () => {
    expect(PANEL_COLS).toBe(100);
    expect(gameLayout(100, 24)).toMatchObject({ side: 30, main: 70, compact: 0, height: 23, body: 21 });
    expect(gameLayout(120, 40)).toMatchObject({ side: 34, main: 86, compact: 0 });
    // At 80 columns the story gets the whole width.
    expect(gameLayout(80, 24)).toMatchObject({ side: 0, main: 80, text: 78, compact: 2, height: 23, body: 21 });
    expect(gameLayout(99, 24)).toMatchObject({ side: 0, main: 99, compact: 2 });
    expect(gameLayout(70, 20)).toMatchObject({ side: 0, main: 70, compact: 2 });
    expect(gameLayout(200, 50).text).toBe(100);
  });

  it('wraps options, and cuts them to one line each when they do not fit', () => {
    const choices = [
      { index: 0, text: 'Start drafting a new UN resolution that could bring more countries in.' },
      { index: 1, text: 'Wait.' },
    ];
    expect(choiceLines(choices, 0, 30, 10).map((l) => l.text)).toEqual([
      '› 1) Start drafting a new UN',
      '     resolution that could',
      '     bring more countries in.',
      '  2) Wait.',
    ]);
    const cut = choiceLines(choices, 1, 30, 2);
    expect(cut).toHaveLength(2);
    expect(cut[0]).toEqual({ text: '  1) Start drafting a new UN …', tone: 'text' });
    expect(cut[1]).toEqual({ text: '› 2) Wait.', tone: 'selected' });
  });

  it('never cuts the highlighted option: the others give way', () => {
    const choices = [
      { index: 0, text: 'Wait.' },
      { index: 1, text: 'Start drafting a new UN resolution that could bring more countries in.' },
      { index: 2, text: 'Phone the partners one by one.' },
    ];
    expect(choiceLines(choices, 1, 30, 5).map((l) => l.text)).toEqual([
      '  1) Wait.',
      '› 2) Start drafting a new UN',
      '     resolution that could',
      '     bring more countries in.',
      '  3) Phone the partners one b…',
    ]);
    // Fewer rows still: a window of whole options around the highlighted one.
    expect(choiceLines(choices, 1, 30, 4).map((l) => l.text)).toEqual([
      '  1) Wait.',
      '› 2) Start drafting a new UN',
      '     resolution that could',
      '     bring more countries in.',
    ]);
    expect(choiceLines(choices, 1, 30, 2).filter((l) => l.tone === 'selected')).toHaveLength(3);
  });

  // The mutants of issue 18: option text drawn without the sanitiser, whole or cut to a line.
  it('draws an option from a hostile story without its escape sequences, wrapped or cut', () => {
    const ESC = '\u001b';
    const choices = [
      { index: 0, text: `Agree${ESC}]0;pwned${ESC}\\ to ${ESC}[2Jthe plan of the allies` },
      { index: 1, text: `Refuse\u0007 it${ESC}[31m now, and say why` },
    ];
    const wrapped = choiceLines(choices, 0, 30, 10).map((l) => l.text);
    expect(wrapped).toEqual([
      '› 1) Agree to the plan of the',
      '     allies',
      '  2) Refuse it now, and say',
      '     why',
    ]);
    // Four lines wrapped do not fit in three: the highlighted option stays whole, the other is cut.
    const cut = choiceLines(choices, 1, 30, 3).map((l) => l.text);
    expect(cut).toEqual(['  1) Agree to the plan of the…', '› 2) Refuse it now, and say', '     why']);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    for (const line of [...wrapped, ...cut]) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('fits a menu screen: options first, then whole paragraphs of introduction', () => {
    const intro = [
      { text: 'TITLE', tone: 'heading' as const },
      { text: 'a paragraph long enough to take two lines', tone: 'text' as const },
    ];
    const items = [{}, { detail: 'what it means' }, {}];
    expect(menuLayout(intro, items, 0, 30, 20)).toEqual({
      intro: [
        { text: 'TITLE', tone: 'heading' },
        { text: 'a paragraph long enough to', tone: 'text' },
        { text: 'take two lines', tone: 'text' },
      ],
      compact: false,
    });
    expect(menuLayout(intro, items, 0, 30, 7).intro.map((l) => l.text)).toEqual(['TITLE']);
    expect(menuLayout(intro, items, 0, 30, 4)).toEqual({ intro: [], compact: true });
  });

  it('says how much there is to scroll', () => {
    expect(scrollLabel(0, 10, 8)).toBeUndefined();
    expect(scrollLabel(5, 10, 30)).toBe('↑5 ↓15 PgUp/PgDn');
  });
});

describe('the transcript', () => {
  it('keeps every passage and the option taken after it', () => {
    const session = newSession('nato', 2, 'short');
    const first = session.view();
    const taken = first.choices[1]!.text;
    const next = session.choose(1);
    const t = transcriptLines([{ passage: first.passage, choice: taken }], next.passage, 50);
    const text = t.lines.map((l) => l.text).join(' ');
    expect(text).toContain(taken.split(' ').slice(0, 3).join(' '));
    expect(t.lines[t.anchor]?.text.startsWith('▸ ')).toBe(true);
    for (const line of t.lines) expect(line.text.length).toBeLessThanOrEqual(50);
  });

  it('reads first: the pane takes every row while text remains below, the options once the end is in view', () => {
    // 100 lines, 18 rows for the pane and the options, 4 rows of options.
    const reading = storyWindow(100, 0, null, 18, 4);
    expect(reading).toEqual({ top: 0, height: 18, reading: true, below: 82 });
    // Enter reads on a page, keeping one line of the last for context.
    expect(readOn(reading, 100, 18, 4)).toBe(17);
    // A page on would leave the rest above the options with rows to spare: the end sits just
    // above them instead, the pane full.
    expect(readOn(storyWindow(100, 0, 70, 18, 4), 100, 18, 4)).toBe(86);
    // Near the end: the end already on screen, Enter brings the options under it.
    const near = storyWindow(100, 0, 85, 18, 4);
    expect(near).toEqual({ top: 82, height: 18, reading: true, below: 0 });
    expect(readOn(near, 100, 18, 4)).toBe(86);
    expect(storyWindow(100, 0, 86, 18, 4)).toEqual({ top: 86, height: 14, reading: false, below: 0 });
    // After a decision, reading starts at the option just taken; what fits shows the options.
    expect(storyWindow(100, 95, null, 18, 4)).toEqual({ top: 86, height: 14, reading: false, below: 0 });
    expect(storyWindow(100, 60, null, 18, 4)).toMatchObject({ top: 60, reading: true, below: 22 });
    expect(storyWindow(5, 0, null, 18, 4)).toEqual({ top: 0, height: 14, reading: false, below: 0 });
  });

  it('keeps a passage read whatever is under it: a longer highlighted option, or the memo field', () => {
    // Options cut to fit: each is one line but the highlighted one, whole (1, 3 and 4 lines).
    const choices = [
      { index: 0, text: 'Wait.' },
      { index: 1, text: 'Start drafting a new UN resolution that could bring more countries in.' },
      { index: 2, text: 'Phone the partners one by one and ask each what it would take to send troops.' },
    ];
    const heights = choices.map((_, i) => choiceLines(choices, i, 30, 6).length);
    expect(heights).toEqual([3, 5, 6]);
    const tallest = tallestChoices(choices, 30, 6);
    expect(tallest).toBe(6);
    // Read to the end with option 1 highlighted: the options show.
    const end = readOn(storyWindow(100, 0, 80, 18, tallest, heights[0]), 100, 18, tallest);
    const first = storyWindow(100, 0, end, 18, tallest, heights[0]);
    expect(first).toEqual({ top: 85, height: 15, reading: false, below: 0 });
    // ↓ to options 2 and 3, taller: the options stay, the pane shrinks to the end above them.
    expect(storyWindow(100, 0, end, 18, tallest, heights[1])).toEqual({
      top: 87,
      height: 13,
      reading: false,
      below: 0,
    });
    expect(storyWindow(100, 0, end, 18, tallest, heights[2])).toEqual({
      top: 88,
      height: 12,
      reading: false,
      below: 0,
    });
    // The memo field, taller still, under the passage read: the pane keeps to the rows above it.
    expect(storyWindow(100, 0, end, 18, tallest, 9, true)).toEqual({ top: 88, height: 9, reading: false, below: 0 });
    expect(storyWindow(100, 0, null, 18, tallest, 9, true)).toEqual({ top: 91, height: 9, reading: false, below: 0 });
  });
});
