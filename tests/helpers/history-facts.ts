/**
 * The dated facts of the shared HISTORY.md, and the historical lines of the story's ink source,
 * read for exact comparison (tests/story/history.test.ts): dates, months and years, resolution
 * numbers and their votes, vote counts, and figures in thousands or billions. Nothing here is
 * fuzzy: a fact of the story passes only if HISTORY.md writes the same one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month written out ("June") or, as HISTORY.md writes it, cut to three letters ("Jun"). */
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** "22 June 2004", "28-29 Jun 2004", "14 Mar" (the year then comes from the text around it). */
const DAY_DATE = new RegExp(`(?<!\\d|\\d,)(\\d{1,2})(?:-(\\d{1,2}))? (${MONTH})(?: (\\d{4}))?\\b`, 'g');
/** "May 2003", "Apr-May 2004", "November 2003". */
const MONTH_YEAR = new RegExp(`\\b(${MONTH})(?:-(${MONTH}))? (\\d{4})\\b`, 'g');
const YEAR = /\b((?:19|20)\d{2})\b/g;
/** A vote count: "15-0", "358-183"; not a range of days ("28-29 June") or of figures ("115,000-120,000"). */
const TALLY = new RegExp(`(?<!\\d|\\d,)(\\d{1,3})-(\\d{1,3})(?!\\d|,\\d)(?! ${MONTH})`, 'g');
/** A figure in thousands as both files write it: "146,000", "8,000-9,000" gives 8,000 and 9,000. */
const THOUSANDS = /(?<!\d|\d,)\d{1,3}(?:,\d{3})+(?!\d|,\d)/g;
const BILLIONS = /\$(\d+) billion/g;
/** A UN Security Council resolution's number: in these texts, the only four-digit numbers from 1300 to 1899. */
const RESOLUTION = /(?<!\d|\d,)(1[3-8]\d\d)(?!\d|,\d)/g;

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

/** The facts one text states, in the forms the comparison uses. */
export interface Facts {
  /** YYYY-MM-DD */
  days: Set<string>;
  /** YYYY-MM: months named with their year, and the months of the days */
  months: Set<string>;
  years: Set<string>;
  tallies: Set<string>;
  thousands: Set<string>;
  billions: Set<string>;
  resolutions: Set<string>;
}

export const emptyFacts = (): Facts => ({
  days: new Set(),
  months: new Set(),
  years: new Set(),
  tallies: new Set(),
  thousands: new Set(),
  billions: new Set(),
  resolutions: new Set(),
});

/**
 * Where the year of a date written without one comes from: the last year written before it in
 * the same text; else, if `following`, the first written after it; else `calendar(month)`.
 */
export interface YearRule {
  following: boolean;
  calendar?: (month: number) => number;
}

function yearFor(text: string, at: number, month: number, rule: YearRule) {
  const years = [...text.matchAll(/\b((?:19|20)\d{2})\b/g)];
  const before = years.filter((m) => m.index! < at).pop();
  const after = rule.following ? years.find((m) => m.index! > at) : undefined;
  const y = before?.[1] ?? after?.[1];
  return y ? Number(y) : (rule.calendar?.(month) ?? null);
}

/** Adds what one text (a line of HISTORY.md, a note of the story) states to `into`. */
export function collectFacts(text: string, into: Facts, rule: YearRule = { following: true }) {
  for (const m of text.matchAll(DAY_DATE)) {
    const month = monthIndex(m[3]!);
    const year = m[4] ? Number(m[4]) : yearFor(text, m.index!, month, rule);
    if (year === null) continue;
    for (const d of [m[1], m[2]].filter(Boolean)) into.days.add(`${year}-${pad(month)}-${pad(Number(d))}`);
    into.months.add(`${year}-${pad(month)}`);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    for (const name of [m[1], m[2]].filter(Boolean)) into.months.add(`${m[3]}-${pad(monthIndex(name!))}`);
  }
  for (const m of text.matchAll(YEAR)) into.years.add(m[1]!);
  for (const m of text.matchAll(TALLY)) into.tallies.add(`${m[1]}-${m[2]}`);
  for (const m of text.matchAll(THOUSANDS)) into.thousands.add(m[0]);
  for (const m of text.matchAll(BILLIONS)) into.billions.add(m[1]!);
  for (const m of text.matchAll(RESOLUTION)) into.resolutions.add(m[1]!);
  return into;
}

/**
 * HISTORY.md's facts, each line read on its own (a date without a year takes a year of its
 * line); `others` (the seed article) add their facts, but not votes.
 */
export function historyFacts(markdown: string, ...others: string[]): Facts & { votes: Map<string, string> } {
  const facts = emptyFacts();
  for (const line of [markdown, ...others].join('\n').split('\n')) collectFacts(line, facts);
  // "Votes: 1483 14-0 (Syria absent); 1500 14-0 …; 1511 15-0; 1546 15-0."
  const votes = new Map<string, string>();
  const line = markdown.split('\n').find((l) => /^- Votes:/.test(l)) ?? '';
  for (const m of line.matchAll(/(1[3-8]\d\d) (\d+-\d+)/g)) votes.set(m[1]!, m[2]!);
  return { ...facts, votes };
}

/**
 * How the story dates: a date without a year belongs to the last year written before it, else
 * to the game's calendar (its months run from August 2003 to June 2004). HISTORY.md's lines may
 * give the year after the date ("the 15 Nov plan … (Nov 2003 - Jan 2004)"); the story's notes
 * may not ("the 15 November plan …; the UN was asked back in early 2004").
 */
export const STORY_YEARS: YearRule = { following: false, calendar: (month) => (month >= 8 ? 2003 : 2004) };

/** A historical line of the story: a `# note:`'s text, or an ending's line tagged `# history`. */
export interface HistoricalLine {
  file: string;
  line: number;
  kind: 'note' | 'history';
  text: string;
}

/** Every `# note:` and `# history` line of one ink file (comments left out). */
export function historicalLines(file: string, source: string): HistoricalLine[] {
  const out: HistoricalLine[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = raw.replace(/^\s*\/\/.*$/, '');
    // A note's text runs to the next tag, or to the end of the ink text it is written in.
    for (const m of line.matchAll(/#\s*note\s*:\s*([^#|}]*)/g)) {
      out.push({ file, line: i + 1, kind: 'note', text: m[1]!.trim() });
    }
    if (/#\s*history\s*(?:#|$)/.test(line)) {
      out.push({ file, line: i + 1, kind: 'history', text: line.slice(0, line.indexOf('#')).trim() });
    }
  });
  return out;
}

/**
 * The text a reader sees on one line of ink, tags left out (a tag runs to the next `#`, or to
 * the end of the text it is written in: `|`, `}` or `]`); empty for a comment.
 */
export function shownText(line: string): string {
  if (/^\s*\/\//.test(line)) return '';
  return line.replace(/#[^#|}\]]*/g, '');
}

/**
 * What in one historical line HISTORY.md does not state: dates, months and years it does not
 * write, resolutions it does not name, a resolution's vote other than HISTORY.md's, vote counts
 * and figures it does not give. Empty when the line agrees.
 */
export function disagreements(text: string, history: ReturnType<typeof historyFacts>): string[] {
  const said = collectFacts(text, emptyFacts(), STORY_YEARS);
  const out: string[] = [];
  const missing = (what: string, mine: Set<string>, theirs: Set<string>) => {
    for (const x of mine) if (!theirs.has(x)) out.push(`${what} ${x}`);
  };
  missing('date', said.days, history.days);
  missing('month', said.months, history.months);
  missing('year', said.years, history.years);
  missing('resolution', said.resolutions, history.resolutions);
  missing('vote', said.tallies, history.tallies);
  missing('figure', said.thousands, history.thousands);
  missing('$ billion', said.billions, history.billions);
  // A sentence that names one resolution and a vote gives that resolution's vote.
  for (const sentence of text.split(/(?<=[.;])\s+/)) {
    const s = collectFacts(sentence, emptyFacts(), STORY_YEARS);
    if (s.resolutions.size !== 1 || s.tallies.size === 0) continue;
    const [number] = s.resolutions;
    for (const t of s.tallies) {
      if (history.votes.get(number!) !== t)
        out.push(`resolution ${number} passed ${t}, not ${history.votes.get(number!)}`);
    }
  }
  return out;
}

/**
 * Where the shared HISTORY.md is: in `shared/` beside the checkout (CI clones the project next
 * to it), or beside the main checkout when this one is a git worktree.
 */
export function historyPath(root: string): string {
  const beside = join(root, '..', 'shared', 'HISTORY.md');
  if (existsSync(beside)) return beside;
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const main = join(dirname(common), '..', 'shared', 'HISTORY.md');
    if (existsSync(main)) return main;
  } catch {
    // not a git checkout: only the path beside it counts
  }
  return beside;
}
