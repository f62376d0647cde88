/**
 * What a story says to a student before the game and to a teacher after it, from the tags at
 * the start of its `briefing` knot, which it never plays (story/briefing.ink for the campaign;
 * docs/story-contract.md, "The briefing"):
 *
 *   # brief_us: a paragraph of the role's brief (one tag per paragraph)
 *   # conditions_intro: a sentence before the conditions
 *   # condition: A wider UN mandate; what it means
 *   # wanted_intro: a sentence before who wanted what
 *   # wanted: Washington; what it wanted
 *   # term: CPA; what it stands for
 *   # timeline: 2003-08-19; what happened; un_bombing
 *
 * A timeline entry may end with the name of an optional event (story/events.ink): a scenario
 * that switches the event off does not show it. Text is cleaned like every label.
 */
import { sanitize } from '../sanitize.js';
import type { Role } from '../session.js';

export interface Entry {
  /** The short part: a condition's name, who wanted, a term. */
  name: string;
  /** The rest. */
  text: string;
}

export interface TimelineEntry {
  /** `YYYY-MM-DD`, or `YYYY-MM` when the story gives only the month. */
  date: string;
  /** `YYYY-MM`. */
  month: string;
  text: string;
  /** The optional event this entry is, when the story names one; else null (it always happens). */
  event: string | null;
}

export interface Briefing {
  briefs: Record<Role, string[]>;
  conditionsIntro: string;
  conditions: Entry[];
  wantedIntro: string;
  wanted: Entry[];
  terms: Entry[];
  timeline: TimelineEntry[];
}

const clean = (text: string) => sanitize(text).replace(/\s+/g, ' ').trim();

function entry(value: string): Entry {
  const i = value.indexOf(';');
  return i < 0 ? { name: '', text: clean(value) } : { name: clean(value.slice(0, i)), text: clean(value.slice(i + 1)) };
}

/** `DATE; TEXT` or `DATE; TEXT; event_name`; the text may hold `;` itself. */
function timelineEntry(value: string): TimelineEntry | null {
  const [date = '', ...rest] = value.split(';').map(clean);
  const last = rest.at(-1) ?? '';
  const event = rest.length >= 2 && /^[a-z0-9_]+$/.test(last) ? last : null;
  const text = (event ? rest.slice(0, -1) : rest).join('; ');
  if (!/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(date) || !text) return null;
  return { date, month: date.slice(0, 7), text, event };
}

/** The briefing in a story's tags (raw, in order); empty lists when none. */
export function briefingFromTags(tags: readonly string[]): Briefing {
  const out: Briefing = {
    briefs: { us: [], nato: [] },
    conditionsIntro: '',
    conditions: [],
    wantedIntro: '',
    wanted: [],
    terms: [],
    timeline: [],
  };
  for (const raw of tags) {
    const i = raw.indexOf(':');
    if (i < 0) continue;
    const key = raw.slice(0, i).trim().toLowerCase();
    const value = raw.slice(i + 1);
    if (key === 'brief_us' || key === 'brief_nato') {
      const text = clean(value);
      if (text) out.briefs[key === 'brief_us' ? 'us' : 'nato'].push(text);
    } else if (key === 'conditions_intro') out.conditionsIntro = clean(value);
    else if (key === 'wanted_intro') out.wantedIntro = clean(value);
    else if (key === 'condition') out.conditions.push(entry(value));
    else if (key === 'wanted') out.wanted.push(entry(value));
    else if (key === 'term') out.terms.push(entry(value));
    else if (key === 'timeline') {
      const t = timelineEntry(value);
      if (t) out.timeline.push(t);
    }
  }
  out.timeline.sort((a, b) => a.date.localeCompare(b.date));
  return out;
}

/** The timeline as a scenario plays it: entries of optional events it switches off are left out. */
export function timelineFor(timeline: readonly TimelineEntry[], events: Readonly<Record<string, boolean>>) {
  return timeline.filter((t) => t.event === null || events[t.event] !== false);
}
