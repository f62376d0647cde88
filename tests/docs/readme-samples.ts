/**
 * The two samples in README.md, made by the program itself: the first screen of plain mode and
 * the game screen at 80×24 captured from a real terminal (node-pty and a headless xterm). The
 * README holds each between markers; `npm run docs:samples` writes them there, and
 * tests/docs/readme.test.ts fails when the README and the program differ.
 */
import { spawnSync } from 'node:child_process';
import { captureScreen } from '../e2e/helpers/capture.js';
import { BIN, tempHome } from '../helpers/cli.js';

/** The command whose first screen the plain sample shows. */
export const PLAIN_ARGS = ['play', '--role', 'nato', '--plain', '--seed', '1'];
/** Lines of the briefing and of the notes are cut to this width, at a word, with " …". */
const CUT = 78;

function cut(line: string): string {
  if (line.length <= CUT) return line;
  const head = line.slice(0, CUT - 2);
  return `${head.slice(0, head.lastIndexOf(' '))} …`;
}

/**
 * The first screen of plain mode, from the turn's heading to the prompt: the briefing and its
 * notes cut to their first line each (the README says so), everything else as printed.
 */
export function plainSample(): string {
  const r = spawnSync(process.execPath, [BIN, ...PLAIN_ARGS], {
    input: '',
    encoding: 'utf8',
    env: { ...process.env, MANDATE_HOME: tempHome(), NO_COLOR: '1' },
  });
  const lines = r.stdout.split('\n');
  const from = lines.findIndex((l) => l.startsWith('── Turn'));
  const to = lines.findIndex((l, i) => i > from && l.startsWith('>'));
  if (from < 0 || to < 0) throw new Error(`plain mode printed no first screen:\n${r.stdout}${r.stderr}`);
  const screen = lines.slice(from, to + 1);
  const blank = screen.indexOf('');
  const passage = screen.slice(1, blank);
  const text = passage.filter((l) => !l.startsWith('  [note]'));
  const notes = passage.filter((l) => l.startsWith('  [note]'));
  const kept = [text[0], notes[0]].filter((l): l is string => l !== undefined).map(cut);
  return [screen[0]!, ...kept, ...screen.slice(blank, -1), '>'].join('\n');
}

/**
 * The game screen after two decisions (options 2 then 1), each passage read to its options, as
 * a real terminal draws it (tests/e2e/helpers/capture.ts).
 */
export function screenSample(): Promise<string> {
  return captureScreen();
}

const MARKERS = { plain: 'readme:plain-sample', screen: 'readme:screen-sample' } as const;

/** The sample between a pair of markers, without the code fence around it. */
export function readmeSample(readme: string, which: keyof typeof MARKERS): string {
  const start = `<!-- ${MARKERS[which]}:start -->\n\`\`\`\n`;
  const end = `\n\`\`\`\n<!-- ${MARKERS[which]}:end -->`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(end, i);
  if (i < 0 || j < 0) throw new Error(`README.md: no ${MARKERS[which]} markers`);
  return readme.slice(i + start.length, j);
}

export function withSample(readme: string, which: keyof typeof MARKERS, sample: string): string {
  const old = readmeSample(readme, which);
  const start = `<!-- ${MARKERS[which]}:start -->\n\`\`\`\n`;
  const i = readme.indexOf(start) + start.length;
  return readme.slice(0, i) + sample + readme.slice(i + old.length);
}
