/**
 * A game session: start (role, seed, scenario), view, choose, undo. The session owns the
 * story runtime and the simulation, binds one to the other through the contract's externals,
 * and records every decision, which is what logs, replays and reports are made of.
 */
import type { Scenario } from './scenario.js';
import type { CollapseReason, Meters } from './sim/meters.js';
import { createSim, type SimState, sim, turnOutcome } from './sim/simulation.js';
import { INITIAL_TRACKS, type Tracks } from './sim/tracks.js';
import { labelsFromTags, type StoryLabels } from './story/labels.js';
import { type ExternalHandlers, type StoryProbe, StoryRuntime, StoryRuntimeError } from './story/runtime.js';
import { hasTag, storyIdentity, type Tag, tagValue } from './story/tags.js';

export type Role = 'us' | 'nato';
export const ROLES: readonly Role[] = ['us', 'nato'];

export interface Line {
  text: string;
  /** `history` and `question` lines belong to an ending's debrief. */
  kind: 'text' | 'history' | 'question';
}

/** What the story printed between two decisions. */
export interface Passage {
  turn: number;
  /** `YYYY-MM`, from the latest `# date:` tag, or null before the first. */
  month: string | null;
  lines: Line[];
  /** Historical notes (`# note:`) of this passage. */
  notes: string[];
  /**
   * Where a new month begins inside the passage: the index of its first line, when the
   * consequences of the last decision came before it. Absent when the month did not change.
   */
  newMonthAt?: number;
}

export interface ChoiceView {
  /** 0-based index into the current choices. */
  index: number;
  text: string;
}

export interface Ending {
  id: string;
  title: string;
  history: string[];
  questions: string[];
}

/** One decision, as a log records it. */
export interface Decision {
  turn: number;
  month: string | null;
  /** Where the choice set sits in the story (see StoryRuntime.choicePosition). */
  position: string;
  index: number;
  text: string;
  /** The texts of every option offered, the chosen one included. */
  options: string[];
  before: Meters;
  meters: Meters;
  tracks: Tracks;
}

export interface View {
  role: Role;
  seed: number;
  scenario: Scenario;
  turn: number;
  month: string | null;
  /** The passage in front of the player now. */
  passage: Passage;
  choices: ChoiceView[];
  meters: Meters;
  /** Change in the meters made by the last decision (and the month it closed), or null. */
  delta: Meters | null;
  tracks: Tracks;
  decisions: readonly Decision[];
  ended: boolean;
  /** The ending reached, or null (also null when a story stops without an ending tag). */
  ending: Ending | null;
  /** Set when a threshold ended the game. */
  collapse: CollapseReason | null;
  canUndo: boolean;
  /** What the story calls its roles, tracks and track states (its global tags). */
  labels: StoryLabels;
}

export interface SessionOptions {
  storyJson: string | object;
  role: Role;
  seed: number;
  scenario: Scenario;
  /** Overrides the scenario's undo switch (for --no-undo). */
  undo?: boolean;
}

interface Snapshot {
  storyState: string;
  simState: SimState;
  passage: Passage;
  turn: number;
  month: string | null;
}

export class GameSession {
  private readonly runtime: StoryRuntime;
  private simState: SimState;
  private passage!: Passage;
  private turn = 0;
  private month: string | null = null;
  private ending: Ending | null = null;
  private readonly decisionList: Decision[] = [];
  private readonly undoStack: Snapshot[] = [];
  private readonly undoAllowed: boolean;
  private labelsCache: StoryLabels | null = null;

  private constructor(readonly options: SessionOptions) {
    const { scenario } = options;
    this.undoAllowed = options.undo ?? scenario.undo;
    this.simState = createSim(scenario.start, INITIAL_TRACKS);
    this.runtime = new StoryRuntime(options.storyJson, {
      seed: options.seed,
      variables: { role: options.role, scenario: scenario.story },
      handlers: this.handlers(),
    });
  }

  static start(options: SessionOptions): GameSession {
    const session = new GameSession(options);
    session.advance();
    return session;
  }

  /** What the story calls its roles, tracks and track states, from its global tags. */
  get labels(): StoryLabels {
    this.labelsCache ??= labelsFromTags(this.runtime.globalTags());
    return this.labelsCache;
  }

  /** The story's id, version (from its global tags). */
  storyInfo(): { id: string; version: string } {
    return storyIdentity(this.runtime.globalTags());
  }

  /** Read-only view of the story underneath: coverage and choice identities, for the checker. */
  get probe(): StoryProbe {
    return this.runtime;
  }

  get decisions(): readonly Decision[] {
    return this.decisionList;
  }

  view(): View {
    const last = this.decisionList.at(-1);
    const meters = this.simState.meters;
    return {
      role: this.options.role,
      seed: this.options.seed,
      scenario: this.options.scenario,
      turn: this.turn,
      month: this.month,
      passage: this.passage,
      choices: this.ended ? [] : this.runtime.choices().map((c) => ({ index: c.index, text: c.text })),
      meters,
      delta: last
        ? {
            capital: meters.capital - last.before.capital,
            usTroops: meters.usTroops - last.before.usTroops,
            alliedTroops: meters.alliedTroops - last.before.alliedTroops,
          }
        : null,
      tracks: this.simState.tracks,
      decisions: this.decisionList,
      ended: this.ended,
      ending: this.ending,
      collapse: this.simState.collapse,
      canUndo: this.undoAllowed && this.undoStack.length > 0,
      labels: this.labels,
    };
  }

  get ended(): boolean {
    return this.runtime.choices().length === 0;
  }

  /** Takes option `index` (0-based). Throws RangeError for an index not on offer. */
  choose(index: number): View {
    const choices = this.runtime.choices();
    const choice = choices[index];
    if (!Number.isInteger(index) || !choice) {
      throw new RangeError(`choice ${index + 1} is not on offer (1-${choices.length})`);
    }
    const position = this.runtime.choicePosition();
    const before = this.simState.meters;
    const turn = this.turn;
    const month = this.month;
    if (this.undoAllowed) {
      this.undoStack.push({
        storyState: this.runtime.saveState(),
        simState: this.simState,
        passage: this.passage,
        turn: this.turn,
        month: this.month,
      });
    }
    this.runtime.choose(index);
    this.advance();
    this.decisionList.push({
      turn,
      month,
      position,
      index,
      text: choice.text,
      options: choices.map((c) => c.text),
      before,
      meters: this.simState.meters,
      tracks: this.simState.tracks,
    });
    return this.view();
  }

  /** Takes back the last decision; false when there is nothing to undo or undo is off. */
  undo(): boolean {
    const snap = this.undoAllowed ? this.undoStack.pop() : undefined;
    if (!snap) return false;
    this.runtime.loadState(snap.storyState);
    this.simState = snap.simState;
    this.passage = snap.passage;
    this.turn = snap.turn;
    this.month = snap.month;
    this.ending = null;
    this.decisionList.pop();
    return true;
  }

  /** Runs the story to the next choice or the end, collecting the passage and its tags. */
  private advance(): void {
    const passage: Passage = { turn: this.turn, month: this.month, lines: [], notes: [] };
    for (const line of this.runtime.continuePassage()) {
      if (tagValue(line.tags, 'turn') !== undefined && passage.lines.length > 0 && passage.newMonthAt === undefined) {
        passage.newMonthAt = passage.lines.length;
      }
      this.absorbTags(line.tags, passage);
      if (line.text.trim() === '') continue;
      const kind = hasTag(line.tags, 'question') ? 'question' : hasTag(line.tags, 'history') ? 'history' : 'text';
      passage.lines.push({ text: line.text, kind });
      if (this.ending && kind === 'history') this.ending.history.push(line.text);
      if (this.ending && kind === 'question') this.ending.questions.push(line.text);
    }
    this.passage = passage;
  }

  private absorbTags(tags: Tag[], passage: Passage): void {
    const turn = tagValue(tags, 'turn');
    if (turn !== undefined && /^\d+$/.test(turn)) {
      this.turn = Number(turn);
      passage.turn = this.turn;
    }
    const date = tagValue(tags, 'date');
    if (date !== undefined) {
      this.month = date;
      passage.month = date;
    }
    for (const t of tags) if (t.key === 'note' && t.value) passage.notes.push(t.value);
    const ending = tagValue(tags, 'ending');
    if (ending) {
      this.ending = { id: ending, title: tagValue(tags, 'title') ?? ending, history: [], questions: [] };
    }
  }

  private handlers(): ExternalHandlers {
    const scenario = this.options.scenario;
    const wrap =
      <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
      (...args: A): R => {
        try {
          return fn(...args);
        } catch (e) {
          if (e instanceof StoryRuntimeError) throw e;
          throw new StoryRuntimeError(`${name}: ${(e as Error).message}`, this.runtime?.position() ?? null);
        }
      };
    return {
      capital: () => this.simState.meters.capital,
      us_troops: () => this.simState.meters.usTroops,
      allied_troops: () => this.simState.meters.alliedTroops,
      change_capital: wrap('change_capital', (d: unknown) => {
        this.simState = sim.changeCapital(this.simState, d);
      }),
      change_troops: wrap('change_troops', (us: unknown, allied: unknown) => {
        this.simState = sim.changeTroops(this.simState, us, allied);
      }),
      track: (name: unknown) => this.simState.tracks[String(name) as keyof Tracks] ?? '',
      move_track: wrap('move_track', (name: unknown, state: unknown) => {
        this.simState = sim.moveTrack(this.simState, String(name), String(state));
      }),
      end_turn: () => {
        this.simState = sim.endTurn(this.simState);
        return turnOutcome(this.simState, scenario.turns);
      },
      event_on: (name: unknown) => scenario.events[String(name)] ?? true,
      max_turns: () => scenario.turns,
    };
  }
}
