/**
 * Keys are data: one table of commands and the keys that give them. Every screen resolves
 * input through `resolveKey`, and the footer and the help overlay are generated from the same
 * table, so a key shown to the player is always a key that works. Pure: no React, no Ink.
 */

/** The subset of Ink's `Key` the table reads (structurally compatible with it). */
export interface KeyPress {
  upArrow: boolean;
  downArrow: boolean;
  pageUp: boolean;
  pageDown: boolean;
  home?: boolean;
  end?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  return: boolean;
  escape: boolean;
  ctrl: boolean;
  tab?: boolean;
}

export type Command =
  | 'interrupt'
  | 'prev'
  | 'next'
  | 'choose'
  | 'pick'
  | 'lineUp'
  | 'lineDown'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'undo'
  | 'history'
  | 'notes'
  | 'table'
  | 'glossary'
  | 'save'
  | 'help'
  | 'quit'
  | 'back'
  | 'close'
  | 'yes'
  | 'no'
  | 'stepBack'
  | 'stepOn'
  | 'readOn';

/**
 * Where the player is: each mode takes its own set of commands.
 * - `title`: the title screen's menu;
 * - `menu`: the lists after it (role, scenario, logs);
 * - `game`: a passage with choices, read to its end;
 * - `reading`: a passage with text still below: Enter reads on, the options wait;
 * - `ending`: the ending and its debrief;
 * - `overlay`: help, history, notes, the table or the glossary over the game;
 * - `confirm`: a yes/no question (quit);
 * - `small`: the terminal is too small to play;
 * - `replay`: stepping through a saved game;
 * - `memo`: writing the reason for an option just picked (typed keys are text, not commands).
 */
export type Mode =
  | 'title'
  | 'menu'
  | 'game'
  | 'reading'
  | 'ending'
  | 'overlay'
  | 'confirm'
  | 'small'
  | 'replay'
  | 'memo';

export interface Binding {
  command: Command;
  /** How the keys are written in the footer and the help overlay. */
  label: string;
  /** Short word for the footer; absent for keys that only the help overlay lists. */
  footer?: string;
  /** How the footer writes the keys, when not as `label`. */
  footerKeys?: string;
  /** When the footer is too narrow, items with the highest rank are left out first. */
  rank?: number;
  /** One line for the help overlay. */
  help: string;
  /** Modes where the command works. */
  modes: readonly Mode[];
  match(input: string, key: KeyPress): boolean;
}

const ch =
  (...chars: string[]) =>
  (input: string, key: KeyPress) =>
    !key.ctrl && chars.includes(input);

const ALL: readonly Mode[] = [
  'title',
  'menu',
  'game',
  'reading',
  'ending',
  'overlay',
  'confirm',
  'small',
  'replay',
  'memo',
];
/** Every screen with text to scroll: the same keys scroll all of them. */
const SCROLLING: readonly Mode[] = ['game', 'reading', 'ending', 'overlay', 'replay'];
/** A game on screen, whether its passage is read yet or not. */
const PLAYING: readonly Mode[] = ['game', 'reading'];

/**
 * The table, in the order the footer and the help overlay list them; the first row that
 * matches a key in a mode wins. One set of keys everywhere: Esc and q go back one level, the
 * same keys scroll every screen, h is the history and t the table wherever there is a game.
 */
export const BINDINGS: readonly Binding[] = [
  {
    command: 'readOn',
    label: 'Enter/Space',
    footerKeys: 'Enter',
    footer: 'read on',
    rank: 0,
    help: 'read on: the options come at the end of the passage',
    modes: ['reading'],
    match: (input, k) => k.return || ch(' ')(input, k),
  },
  {
    command: 'stepOn',
    label: '→',
    footerKeys: '←/→',
    footer: 'step',
    rank: 0,
    help: 'the next decision',
    modes: ['replay'],
    match: (_, k) => Boolean(k.rightArrow),
  },
  {
    command: 'stepBack',
    label: '←',
    help: 'the decision before',
    modes: ['replay'],
    match: (_, k) => Boolean(k.leftArrow),
  },
  {
    // The text field takes Enter itself; this row only puts it in the footer and the help.
    command: 'choose',
    label: 'Enter',
    footer: 'decide',
    rank: 0,
    help: 'take the option, with the reason written',
    modes: ['memo'],
    match: (_, k) => k.return,
  },
  {
    command: 'back',
    label: 'Esc',
    footer: 'back to the options',
    rank: 1,
    help: 'put the option back: nothing is decided yet',
    modes: ['memo'],
    match: (_, k) => k.escape,
  },
  {
    command: 'prev',
    label: '↑',
    help: 'highlight the previous option',
    modes: ['title', 'menu', 'game', 'ending'],
    match: (_, k) => k.upArrow,
  },
  {
    command: 'next',
    label: '↓',
    help: 'highlight the next option',
    modes: ['title', 'menu', 'game', 'ending'],
    match: (_, k) => k.downArrow,
  },
  {
    command: 'choose',
    label: 'Enter',
    footerKeys: 'Enter',
    footer: 'choose',
    rank: 0,
    help: 'take the highlighted option',
    modes: ['title', 'menu', 'game', 'ending'],
    match: (_, k) => k.return,
  },
  {
    command: 'pick',
    label: '1-9',
    help: 'take that option at once (while reading, highlight it)',
    modes: ['title', 'menu', 'game', 'reading', 'ending'],
    match: (input, k) => !k.ctrl && /^[1-9]$/.test(input),
  },
  {
    command: 'lineUp',
    label: 'k',
    help: 'scroll up one line',
    modes: SCROLLING,
    match: ch('k'),
  },
  {
    command: 'lineDown',
    label: 'j',
    help: 'scroll down one line',
    modes: SCROLLING,
    match: ch('j'),
  },
  {
    command: 'lineUp',
    label: '↑',
    help: 'scroll up one line',
    modes: ['reading', 'overlay', 'replay'],
    match: (_, k) => k.upArrow,
  },
  {
    command: 'lineDown',
    label: '↓',
    help: 'scroll down one line',
    modes: ['reading', 'overlay', 'replay'],
    match: (_, k) => k.downArrow,
  },
  {
    command: 'pageUp',
    label: 'PgUp/b',
    help: 'scroll back a page (earlier passages)',
    modes: SCROLLING,
    match: (input, k) => k.pageUp || ch('b')(input, k),
  },
  {
    command: 'pageDown',
    label: 'PgDn/Space',
    help: 'scroll forward a page',
    modes: SCROLLING,
    match: (input, k) => k.pageDown || ch(' ')(input, k),
  },
  {
    command: 'top',
    label: 'Home/g',
    help: 'go to the first line',
    modes: SCROLLING,
    match: (input, k) => Boolean(k.home) || ch('g')(input, k),
  },
  {
    command: 'bottom',
    label: 'End/G',
    help: 'go to the last line',
    modes: SCROLLING,
    match: (input, k) => Boolean(k.end) || ch('G')(input, k),
  },
  {
    command: 'undo',
    label: 'u',
    footer: 'undo',
    rank: 3,
    help: 'take back the last decision',
    modes: [...PLAYING, 'ending'],
    match: ch('u'),
  },
  {
    command: 'notes',
    label: 'n',
    footer: 'note',
    rank: 3,
    help: 'the historical note for this passage',
    modes: [...PLAYING, 'overlay'],
    match: ch('n'),
  },
  {
    command: 'table',
    label: 't',
    footer: 'table',
    rank: 2,
    help: 'the state of play: the three conditions, the tracks, and the table (every member, its stance, what it wants, what moved it)',
    modes: [...PLAYING, 'ending', 'overlay'],
    match: ch('t'),
  },
  {
    command: 'glossary',
    label: 'w',
    footer: 'words',
    rank: 4,
    help: 'the glossary: every acronym and office in the story, explained (CPA, NAC, veto…)',
    modes: [...PLAYING, 'ending', 'overlay'],
    match: ch('w'),
  },
  {
    command: 'history',
    label: 'h',
    footer: 'history',
    rank: 1,
    help: 'the decisions so far and what each cost',
    modes: [...PLAYING, 'ending', 'overlay'],
    match: ch('h'),
  },
  {
    command: 'save',
    label: 's',
    footer: 'save',
    rank: 1,
    help: 'save now (the game also saves after every decision)',
    modes: [...PLAYING, 'ending'],
    match: ch('s'),
  },
  {
    command: 'yes',
    label: 'y',
    footer: 'yes',
    rank: 0,
    help: 'yes',
    modes: ['confirm'],
    match: (input, k) => k.return || ch('y', 'Y', 'q')(input, k),
  },
  {
    command: 'no',
    label: 'n',
    footer: 'no',
    rank: 0,
    help: 'no, go back',
    modes: ['confirm'],
    match: (input, k) => k.escape || ch('n', 'N')(input, k),
  },
  {
    command: 'close',
    label: 'Esc/q',
    footer: 'close',
    rank: 0,
    help: 'close this panel',
    modes: ['overlay'],
    match: (input, k) => k.escape || ch('q')(input, k),
  },
  {
    command: 'quit',
    label: 'Esc/q',
    footer: 'quit',
    rank: 0,
    help: 'quit (asks first while a game is on; it is saved either way)',
    modes: ['title', ...PLAYING],
    match: (input, k) => k.escape || ch('q')(input, k),
  },
  {
    command: 'back',
    label: 'Esc/q',
    footer: 'back',
    rank: 0,
    help: 'go back',
    modes: ['menu', 'ending', 'replay'],
    match: (input, k) => k.escape || ch('q')(input, k),
  },
  {
    command: 'help',
    label: '?',
    footer: 'help',
    rank: 4,
    help: 'show or hide this help',
    modes: ['title', 'menu', ...PLAYING, 'ending', 'overlay', 'replay'],
    match: ch('?'),
  },
  {
    command: 'interrupt',
    label: 'Ctrl+C',
    help: 'save and leave at once',
    modes: ALL,
    match: (input, k) => k.ctrl && input === 'c',
  },
];

export interface ResolvedKey {
  command: Command;
  binding: Binding;
  /** For `pick`: the 0-based option the digit names. */
  index?: number;
}

/** The command a key gives in a mode, or null. The first matching row of the table wins. */
export function resolveKey(input: string, key: KeyPress, mode: Mode): ResolvedKey | null {
  for (const binding of BINDINGS) {
    if (!binding.modes.includes(mode) || !binding.match(input, key)) continue;
    const resolved: ResolvedKey = { command: binding.command, binding };
    if (binding.command === 'pick') resolved.index = Number(input) - 1;
    return resolved;
  }
  return null;
}

/** Commands that exist in the table but cannot be used right now (undo off, no note here). */
export type Unavailable = ReadonlySet<Command>;

export interface FooterItem {
  keys: string;
  label: string;
  rank: number;
}

/** The footer for a mode: each command once, in table order, leaving out what is unavailable. */
export function footerItems(mode: Mode, unavailable: Unavailable = new Set()): FooterItem[] {
  const items: FooterItem[] = [];
  const seen = new Set<Command>();
  for (const b of BINDINGS) {
    if (!b.footer || !b.modes.includes(mode) || unavailable.has(b.command) || seen.has(b.command)) continue;
    seen.add(b.command);
    const keys = b.footerKeys ?? b.label;
    items.push({ keys, label: b.footer, rank: b.rank ?? 9 });
  }
  return items;
}

/** The footer as one line that fits `width`: the highest-ranked items drop out first. */
export function footerLine(items: readonly FooterItem[], width: number): string {
  const kept = [...items];
  const text = () => kept.map((i) => `${i.keys}: ${i.label}`).join(' · ');
  while (kept.length > 1 && text().length > width) {
    let drop = 0;
    kept.forEach((item, i) => {
      if (item.rank >= kept[drop]!.rank) drop = i;
    });
    kept.splice(drop, 1);
  }
  return text();
}

export interface HelpRow {
  keys: string;
  help: string;
  available: boolean;
}

/** The help overlay's rows for a mode: every command once, with all its keys. */
export function helpRows(mode: Mode, unavailable: Unavailable = new Set()): HelpRow[] {
  const rows = new Map<string, HelpRow>();
  for (const b of BINDINGS) {
    if (!b.modes.includes(mode)) continue;
    const id = `${b.command}:${b.help}`;
    const row = rows.get(id);
    if (row) row.keys = `${row.keys} ${b.label}`;
    else rows.set(id, { keys: b.label, help: b.help, available: !unavailable.has(b.command) });
  }
  return [...rows.values()];
}

/** Whether a key gives `command` in any mode. */
export function matchesCommand(command: Command, input: string, key: KeyPress): boolean {
  return BINDINGS.some((b) => b.command === command && b.match(input, key));
}

/** What cannot be used in a game view right now: undo when off or empty, notes when none. */
export function unavailableFor(view: { canUndo: boolean; passage: { notes: readonly string[] } }): Set<Command> {
  const out = new Set<Command>();
  if (!view.canUndo) out.add('undo');
  if (view.passage.notes.length === 0) out.add('notes');
  return out;
}
