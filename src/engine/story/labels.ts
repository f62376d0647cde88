/**
 * The words a story gives the screens around it: its title and blurb for the title screen,
 * what each role is called and wants, what each desk calls its capital meter, and what the
 * three tracks and their states are called.
 * They come from the story's global tags (`# role_us: US official`), so another story (the
 * ISAF example, a teacher's own) names its own negotiation; a tag left out falls back to the
 * plain names below, which describe the engine's roles and tracks and no story in particular.
 */
import { sanitize } from '../sanitize.js';
import type { Role } from '../session.js';
import { TRACK_NAMES, type TrackName, type Tracks } from '../sim/tracks.js';

export interface StoryLabels {
  /** `# title:`; the product's name when absent. */
  title: string;
  /** `# subtitle:`: one line under the title (place and period). */
  subtitle: string;
  /** `# blurb:`: a few sentences on what the game is about. */
  blurb: string;
  /** `# role_prompt:`: the question over the role list. */
  rolePrompt: string;
  /** `# role_us:` / `# goal_us:` and the same for nato. */
  roles: Record<Role, { label: string; goal: string }>;
  /**
   * `# meter_capital_us: Political capital; capital` and the same for nato: what each desk calls
   * its capital meter, since the two desks spend different things (see MeterLabel).
   */
  capital: Record<Role, MeterLabel>;
  /** `# track_un:`, `# track_invitation:`, `# track_command:`. */
  tracks: Record<TrackName, string>;
  /** `# state_NAME:` for any track state, e.g. `# state_polish-model: Polish-division model`. */
  states: Record<string, string>;
  /** `# event_NAME: label`: how the ledger names an event (`# event_nasiriyah: the Nasiriyah bombing`). */
  events: Record<string, string>;
  /** `# means_STATE: sentence`: what a track state means, for the state of play. */
  meanings: Record<string, string>;
  /**
   * `# turns:`: how many monthly turns the whole story has, so a three-month story under an
   * eleven-month scenario shows "Turn 2 of 3"; null when the story does not say.
   */
  turns: number | null;
}

/**
 * A meter's name for the player: `name` heads the status panel (`Political capital`), `word`
 * stands in short lines (`capital 60 (-2)`). The tag gives `NAME; word`; without the word it is
 * the name with a small first letter.
 */
export interface MeterLabel {
  name: string;
  word: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const POLITICAL_CAPITAL: MeterLabel = { name: 'Political capital', word: 'capital' };

/** The engine's own names for its roles, tracks and track states. */
export const DEFAULT_LABELS: StoryLabels = {
  title: 'Mandate',
  subtitle: '',
  blurb: '',
  rolePrompt: 'Whose desk is yours?',
  roles: { us: { label: 'US official', goal: '' }, nato: { label: 'NATO official', goal: '' } },
  capital: { us: POLITICAL_CAPITAL, nato: POLITICAL_CAPITAL },
  tracks: { un: 'UN resolution', invitation: 'Invitation', command: 'Command' },
  states: {
    sounding: 'sounding out',
    support: 'support only',
    training: 'training mission',
    'polish-model': 'multinational division',
    gradual: 'gradual takeover',
    'nato-sector': 'NATO sector',
    parallel: 'parallel command',
  },
  events: { start: 'the opening', month: 'the new month', other_desk: 'the other desk' },
  meanings: {},
  turns: null,
};

/** The labels a story declares in its global tags (keys lower-cased, as parseTag gives them). */
export function labelsFromTags(raw: Readonly<Record<string, string>>): StoryLabels {
  // An author's story is a file like any other: its words reach the screen only cleaned.
  const tags = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, sanitize(v).trim()]));
  const d = DEFAULT_LABELS;
  const role = (r: Role) => ({
    label: tags[`role_${r}`] || d.roles[r].label,
    goal: tags[`goal_${r}`] ?? d.roles[r].goal,
  });
  const meter = (r: Role): MeterLabel => {
    const [name = '', word = ''] = (tags[`meter_capital_${r}`] ?? '').split(';').map((t) => t.trim());
    if (!name) return d.capital[r];
    return { name, word: word || lowerFirst(name) };
  };
  const states = { ...d.states };
  const events = { ...d.events };
  const meanings: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    if (key.startsWith('state_') && value) states[key.slice('state_'.length)] = value;
    if (key.startsWith('event_') && value) events[key.slice('event_'.length)] = value;
    if (key.startsWith('means_') && value) meanings[key.slice('means_'.length)] = value;
  }
  return {
    title: tags.title || d.title,
    subtitle: tags.subtitle ?? d.subtitle,
    blurb: tags.blurb ?? d.blurb,
    rolePrompt: tags.role_prompt || d.rolePrompt,
    roles: { us: role('us'), nato: role('nato') },
    capital: { us: meter('us'), nato: meter('nato') },
    tracks: {
      un: tags.track_un || d.tracks.un,
      invitation: tags.track_invitation || d.tracks.invitation,
      command: tags.track_command || d.tracks.command,
    },
    states,
    events,
    meanings,
    turns: /^[1-9]\d{0,2}$/.test(tags.turns ?? '') ? Number(tags.turns) : d.turns,
  };
}

/** A meter's name inside a sentence: `political capital`, `trust`. */
export function meterInText(meter: MeterLabel): string {
  return lowerFirst(meter.name);
}

/** A track state as the player reads it: the story's label, else the state's own name. */
export function stateLabel(labels: StoryLabels, state: string): string {
  return labels.states[state] ?? state;
}

/** `UN resolution: drafting · Invitation: none · Command: training mission`. */
export function tracksLine(labels: StoryLabels, tracks: Tracks): string {
  return TRACK_NAMES.map((n) => `${labels.tracks[n]}: ${stateLabel(labels, tracks[n])}`).join(' · ');
}

/** An event as the ledger names it: the story's label, else its id in words (`un_bombing` → `un bombing`). */
export function eventLabel(labels: StoryLabels, id: string): string {
  return labels.events[id] ?? id.replaceAll('_', ' ');
}
