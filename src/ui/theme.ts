/**
 * How lines look. Components never pick colours themselves: they give each line a tone, and
 * the theme turns tones into Ink text props. With colour off (NO_COLOR, a dumb terminal) only
 * bold, italic, dim and inverse remain, so every meaning is also carried by text.
 */

export type Tone =
  | 'text'
  | 'heading'
  | 'dim'
  | 'history'
  | 'question'
  | 'choice'
  | 'selected'
  | 'note'
  | 'good'
  | 'warn'
  | 'bad'
  | 'error';

/** A line of text already wrapped to its width, with how it should look. */
export interface StyledLine {
  text: string;
  tone: Tone;
}

export interface TextStyle {
  color?: string;
  bold?: boolean;
  italic?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
}

export interface Theme {
  /** Whether colours are used at all. */
  color: boolean;
}

const STYLES: Record<Tone, { color?: string; rest: Omit<TextStyle, 'color'> }> = {
  text: { rest: {} },
  heading: { rest: { bold: true } },
  dim: { rest: { dimColor: true } },
  history: { color: 'yellow', rest: { italic: true } },
  question: { color: 'cyan', rest: {} },
  choice: { color: 'green', rest: { bold: true } },
  selected: { color: 'cyan', rest: { bold: true } },
  note: { color: 'magenta', rest: {} },
  good: { color: 'green', rest: {} },
  warn: { color: 'yellow', rest: {} },
  bad: { color: 'red', rest: { bold: true } },
  error: { color: 'red', rest: { bold: true } },
};

export function toneStyle(tone: Tone, theme: Theme): TextStyle {
  const s = STYLES[tone];
  return theme.color && s.color ? { color: s.color, ...s.rest } : { ...s.rest };
}

/** Colour is on unless NO_COLOR is set (to anything but empty) or the terminal is `dumb`. */
export function themeFromEnv(env: NodeJS.ProcessEnv): Theme {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return { color: !noColor && env.TERM !== 'dumb' };
}

/** The tone of a meter by how healthy it is: share of the way to trouble, 0 (fine) to 1. */
export function levelTone(danger: number): Tone {
  if (danger >= 0.75) return 'bad';
  if (danger >= 0.5) return 'warn';
  return 'good';
}
