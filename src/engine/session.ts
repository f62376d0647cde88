/**
 * A game session: start (role, seed, scenario), view, choose, undo. The session owns the
 * story runtime and the simulation, binds one to the other through the contract's externals,
 * and records every decision, which is what logs, replays and reports are made of.
 */
import { readStoryTree } from './explorer/story-tree.js';
import type { SharedWorld } from './linked/world.js';
import { type MemoRequest, memoRequest } from './memo.js';
import type { Scenario } from './scenario.js';
import type { CollapseReason, Meters } from './sim/meters.js';
import { createSim, type SimState, sim, turnOutcome } from './sim/simulation.js';
import { INITIAL_TRACKS, type Tracks } from './sim/tracks.js';
import { assertionOf } from './story/assertions.js';
import { briefingFromTags, type Entry } from './story/briefing.js';
import { BRIEFING_KNOT } from './story/info.js';
import { labelsFromTags, type MeterLabel, type StoryLabels } from './story/labels.js';
import {
  type ExternalHandlers,
  type StoryLine,
  type StoryProbe,
  StoryRuntime,
  StoryRuntimeError,
} from './story/runtime.js';
import { hasTag, storyIdentity, type Tag, tagValue } from './story/tags.js';
import { LedgerBook } from './table/book.js';
import { initialStances, tableFromTags } from './table/declare.js';
import { type Cause, type Effect, METER_NAMES, type VoteRecord } from './table/ledger.js';
import { propose, wouldDecide } from './table/propose.js';
import { decide, deciderOf, membersOf } from './table/rules.js';
import { conditionsFromTags, type ScoreItem, type ScoreLine, scorecardFromTags, scoreGame } from './table/scorecard.js';
import type { BodyDecision, Table } from './table/types.js';
import { monthlyUpkeep, type UpkeepRule, upkeepRuleFromTags } from './table/upkeep.js';
import { listNames, tallyText } from './table/words.js';

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
   * Bodies whose standing the passage puts before the player (`# table: unsc` on a line that
   * sets up a vote): plain mode and the screen show each one's count before the decision.
   */
  tables: string[];
  /** Where the ending begins inside the passage (the last choice's consequences come before it). */
  endingAt?: number;
  /**
   * Where a new month begins inside the passage: the index of its first line, when the
   * consequences of the last decision came before it. Absent when the month did not change.
   */
  newMonthAt?: number;
  /** The question of the decision that follows, when the story states it (`# prompt: text`). */
  prompt?: string;
  /**
   * The story marks the decision that follows for a memo (`# memo` or `# memo: question`):
   * the story's question, or '' for a bare tag. Absent when unmarked.
   */
  memo?: string;
}

export interface ChoiceView {
  /** 0-based index into the current choices. */
  index: number;
  text: string;
  /**
   * The direction the option leans, from its `# lean:` tag (`* [Text # lean: allies]`): whom it
   * courts. Set only when the story says; scripted players and the fairness test follow it.
   */
  lean?: string;
}

/** A choice as the view shows it: the lean only when the story tags one. */
function choiceView(c: { index: number; text: string; tags: readonly { key: string; value: string }[] }): ChoiceView {
  const lean = c.tags.find((t) => t.key === 'lean')?.value.trim();
  return lean ? { index: c.index, text: c.text, lean } : { index: c.index, text: c.text };
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
  /** The question the player was asked: the last line of the passage before the options. */
  prompt: string;
  before: Meters;
  meters: Meters;
  tracks: Tracks;
  /** Every change from this choice to the next decision, with its cause (the ledger). */
  effects: Effect[];
  /** What the bodies at the table decided in that time. */
  votes: VoteRecord[];
  /** Why the player chose it, in their own words, when the game asked. */
  reason?: string;
}

/** What happened before the first decision: the opening's events, as ledger entries. */
export interface Prelude {
  effects: Effect[];
  votes: VoteRecord[];
}

/** A line whose `# assert:` did not hold when it was shown. */
export interface AssertionFailure {
  /** The line's text. */
  text: string;
  /** What the tag said (`false`, `0`, or text that is not an ink expression). */
  value: string;
  /** The story path where the line began (the checker turns it into FILE:LINE). */
  where: string | null;
  /** Decisions taken before the line was shown. */
  step: number;
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
  /** What this desk calls its capital meter (`# meter_capital_ROLE:`), wherever the player sees it. */
  capitalLabel: MeterLabel;
  /** The bodies and members the story declares (empty when it declares none). */
  table: Table;
  /** Each member's stance now, by `body.member`. */
  stances: Readonly<Record<string, number>>;
  /** The story's date now (`YYYY-MM` or `YYYY-MM-DD`), which decides who sits at each body. */
  date: string | null;
  /** The ledger of what happened before the first decision. */
  prelude: Prelude;
  /** The role's brief measured against the game, once it has ended (empty before). */
  scorecard: ScoreLine[];
  /** When the player picks an option here, ask for their reason (the scenario's memos); else null. */
  memo: MemoRequest | null;
  /** The conditions the story says the negotiation turns on (`# condition:`), met or not now. */
  conditions: ScoreLine[];
  /** Capital the next month's upkeep will take, by the role's rule (table/upkeep.ts). */
  upkeep: number;
  /** The ids of the story's endings for this role, in the order it is written ("ending 3 of 8"). */
  endings: readonly string[];
  /** The story's glossary (`# term:` in its briefing knot): every acronym and office, explained. */
  glossary: readonly Entry[];
}

export interface SessionOptions {
  storyJson: string | object;
  role: Role;
  seed: number;
  scenario: Scenario;
  /** Overrides the scenario's undo switch (for --no-undo). */
  undo?: boolean;
  /** For one desk of a linked game: how it meets the other desk at each month's end. */
  link?: DeskLink;
}

/** How a desk of a linked game (engine/linked) meets the other desk at the end of each month. */
export interface DeskLink {
  /**
   * Called when the story ends a month, before the upkeep, with this desk's entries of the
   * month and the shared world as this desk sees it. Returns the world both desks share from
   * now on, or null when the other desk has not finished its month: the desk then plays on in
   * its own world, and the linked game takes the choice back (snapshot, restore) and plays it
   * again once the other desk is there. (ink cannot pause inside a line, so the desk does not
   * wait; it is put back.)
   */
  monthEnd(role: Role, month: readonly Effect[], world: SharedWorld): SharedWorld | null;
}

/** A session's whole state between decisions, to try a choice and take it back. */
export interface SessionSnapshot {
  storyState: string;
  simState: SimState;
  passage: Passage;
  turn: number;
  month: string | null;
  date: string | null;
  decisions: number;
  book: ReturnType<LedgerBook['save']>;
  failures: number;
}

interface Snapshot {
  storyState: string;
  simState: SimState;
  passage: Passage;
  turn: number;
  month: string | null;
  date: string | null;
}

/**
 * The question a decision answers: the story's `# prompt:`, else the passage's last line that
 * asks something (since the month began), else its last line.
 */
function promptOf(passage: Passage): string {
  if (passage.prompt) return passage.prompt;
  const lines = passage.lines.slice(passage.newMonthAt ?? 0).filter((l) => l.kind === 'text');
  return ([...lines].reverse().find((l) => l.text.includes('?')) ?? lines.at(-1))?.text ?? '';
}

/** The table each story declares, read once per compiled story (the checker starts thousands of sessions). */
const tables = new WeakMap<object, Table>();
const upkeepRules = new WeakMap<object, Partial<Record<Role, UpkeepRule>>>();
const scorecards = new WeakMap<object, Record<string, ScoreItem[]>>();

const endingLists = new WeakMap<object, string[]>();
const glossaries = new WeakMap<object, Entry[]>();

/** The glossary a story declares, read once per compiled story. */
function glossaryOf(runtime: StoryRuntime): Entry[] {
  const content = runtime.story.mainContentContainer;
  let terms = glossaries.get(content);
  if (!terms) {
    terms = briefingFromTags(runtime.knotTags(BRIEFING_KNOT)).terms;
    glossaries.set(content, terms);
  }
  return terms;
}
const conditionLists = new WeakMap<object, ScoreItem[]>();

/** The conditions a story declares, read once per compiled story. */
function conditionItems(runtime: StoryRuntime): ScoreItem[] {
  const content = runtime.story.mainContentContainer;
  let items = conditionLists.get(content);
  if (!items) {
    items = conditionsFromTags(runtime.globalTagList());
    conditionLists.set(content, items);
  }
  return items;
}

/**
 * A role's endings, in story order: ids that start with the role (`us-`), or all of them when
 * the story does not name its endings by role.
 */
function endingsFor(runtime: StoryRuntime, role: Role): string[] {
  const content = runtime.story.mainContentContainer;
  let all = endingLists.get(content);
  if (!all) {
    all = readStoryTree(runtime.story).endingIds;
    endingLists.set(content, all);
  }
  const mine = all.filter((id) => id.startsWith(`${role}-`));
  return mine.length > 0 ? mine : all;
}

/** The scorecard a story declares for a role, read once per compiled story. */
function scorecardItems(runtime: StoryRuntime, role: Role): ScoreItem[] {
  const content = runtime.story.mainContentContainer;
  let byRole = scorecards.get(content);
  if (!byRole) {
    byRole = {};
    scorecards.set(content, byRole);
  }
  byRole[role] ??= scorecardFromTags(runtime.globalTagList(), role);
  return byRole[role];
}

export class GameSession {
  private runtime: StoryRuntime;
  private simState: SimState;
  private passage!: Passage;
  private turn = 0;
  private month: string | null = null;
  private date: string | null = null;
  private ending: Ending | null = null;
  private readonly table: Table;
  private readonly book = new LedgerBook();
  private prelude: Prelude = { effects: [], votes: [] };
  private readonly failures: AssertionFailure[] = [];
  /** True while a choice's consequences run (its decision is not in the list yet). */
  private choosing = false;
  private readonly decisionList: Decision[] = [];
  private readonly undoStack: Snapshot[] = [];
  private readonly undoAllowed: boolean;
  private labelsCache: StoryLabels | null = null;
  /** Set when the story failed mid-passage with no state to go back to (undo off): see `failed`. */
  private failure: Error | null = null;

  private constructor(readonly options: SessionOptions) {
    const { scenario } = options;
    this.undoAllowed = options.undo ?? scenario.undo;
    this.runtime = this.newRuntime();
    const content = this.runtime.story.mainContentContainer;
    let table = tables.get(content);
    if (!table) {
      table = tableFromTags(this.runtime.globalTagList());
      tables.set(content, table);
    }
    this.table = table;
    this.simState = createSim(scenario.start, INITIAL_TRACKS, initialStances(table));
  }

  private newRuntime(): StoryRuntime {
    return new StoryRuntime(this.options.storyJson, {
      seed: this.options.seed,
      variables: { role: this.options.role, scenario: this.options.scenario.story },
      handlers: this.handlers(),
    });
  }

  /**
   * The story failed in the middle of a passage and the session could not go back to the state
   * before the choice (undo is off): what it shows now is not a state of play, and must not be
   * saved over the last one that was.
   */
  get failed(): Error | null {
    return this.failure;
  }

  static start(options: SessionOptions): GameSession {
    const session = new GameSession(options);
    session.advance();
    session.prelude = session.book.take();
    return session;
  }

  /** Lines whose `# assert:` failed, in the order they were shown (the checker reports them). */
  get assertionFailures(): readonly AssertionFailure[] {
    return this.failures;
  }

  /** What the story calls its roles, tracks and track states, from its global tags. */
  get labels(): StoryLabels {
    this.labelsCache ??= labelsFromTags(this.runtime.globalTags());
    return this.labelsCache;
  }

  /** The role's brief, measured now (engine/table/scorecard.ts); empty when the story declares none. */
  scorecard(): ScoreLine[] {
    return this.measure(scorecardItems(this.runtime, this.options.role));
  }

  /** Measures items against the game as it stands. */
  private measure(items: readonly ScoreItem[]): ScoreLine[] {
    if (items.length === 0) return [];
    const all = [...this.prelude.votes, ...this.decisionList.flatMap((d) => d.votes)];
    return scoreGame(items, {
      table: this.table,
      start: this.options.scenario.start,
      final: this.simState.meters,
      tracks: this.simState.tracks,
      stances: this.simState.stances,
      votes: all,
      labels: this.labels,
    });
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
      choices: this.ended ? [] : this.runtime.choices().map(choiceView),
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
      capitalLabel: this.labels.capital[this.options.role],
      table: this.table,
      stances: this.simState.stances,
      date: this.date,
      prelude: this.prelude,
      scorecard: this.ended ? this.scorecard() : [],
      memo: this.ended ? null : memoRequest(this.options.scenario.memos, this.passage.memo ?? null),
      conditions: this.measure(conditionItems(this.runtime)),
      upkeep: this.upkeepNow(),
      endings: this.ended ? endingsFor(this.runtime, this.options.role) : [],
      glossary: glossaryOf(this.runtime),
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
    const prompt = promptOf(this.passage);
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
        date: this.date,
      });
    }
    // What to go back to if the story fails half-way: the state the undo stack just kept.
    const back: SessionSnapshot | null = this.undoAllowed
      ? {
          ...this.undoStack.at(-1)!,
          decisions: this.decisionList.length,
          book: this.book.save(),
          failures: this.failures.length,
        }
      : null;
    this.book.choice();
    this.runtime.choose(index);
    this.choosing = true;
    try {
      this.advance();
    } catch (e) {
      // inkjs stopped half-way through a step (a runtime error, a loop past its budget): back to
      // the state before the choice, in a fresh runtime, when there is one to go back to.
      if (back) {
        this.undoStack.pop();
        this.runtime = this.newRuntime();
        this.restore(back);
      } else {
        this.failure = e as Error;
      }
      throw e;
    } finally {
      this.choosing = false;
    }
    const { effects, votes } = this.book.take();
    this.decisionList.push({
      turn,
      month,
      position,
      index,
      text: choice.text,
      options: choices.map((c) => c.text),
      prompt,
      before,
      meters: this.simState.meters,
      tracks: this.simState.tracks,
      effects,
      votes,
    });
    return this.view();
  }

  /** Keeps the player's reason for decision `step` (1-based), as typed or as a log kept it. */
  annotate(step: number, reason: string): void {
    const d = this.decisionList[step - 1];
    if (!d) throw new RangeError(`no decision ${step} to annotate`);
    d.reason = reason;
  }

  /** What the month's end would cost now, by the role's upkeep rule. */
  private upkeepNow(): number {
    const content = this.runtime.story.mainContentContainer;
    let byRole = upkeepRules.get(content);
    if (!byRole) {
      byRole = {};
      upkeepRules.set(content, byRole);
    }
    const role = this.options.role;
    byRole[role] ??= upkeepRuleFromTags(this.runtime.globalTagList(), role, this.table);
    return monthlyUpkeep(byRole[role], this.simState.meters, this.table, this.simState.stances, this.date);
  }

  /** Everything needed to put the session back here (a linked desk's choice that must wait). */
  snapshot(): SessionSnapshot {
    return {
      storyState: this.runtime.saveState(),
      simState: this.simState,
      passage: this.passage,
      turn: this.turn,
      month: this.month,
      date: this.date,
      decisions: this.decisionList.length,
      book: this.book.save(),
      failures: this.failures.length,
    };
  }

  /** Puts the session back at a snapshot taken on this session. */
  restore(s: SessionSnapshot): void {
    this.runtime.loadState(s.storyState);
    this.simState = s.simState;
    this.passage = s.passage;
    this.turn = s.turn;
    this.month = s.month;
    this.date = s.date;
    this.ending = null;
    this.decisionList.length = s.decisions;
    this.failures.length = s.failures;
    this.book.restore(s.book);
  }

  /** The part of the state the two desks of a linked game share. */
  shared(): SharedWorld {
    const { tracks, stances, meters } = this.simState;
    return { tracks, stances, usTroops: meters.usTroops, alliedTroops: meters.alliedTroops };
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
    this.date = snap.date;
    this.ending = null;
    this.decisionList.pop();
    return true;
  }

  /** Runs the story to the next choice or the end, collecting the passage and its tags. */
  private advance(): void {
    const passage: Passage = { turn: this.turn, month: this.month, lines: [], notes: [], tables: [] };
    this.passage = passage;
    this.runtime.continuePassage((line) => this.take(line, passage));
  }

  /** One line as the story produced it: its tags count at once (a date decides who votes next). */
  private take(line: StoryLine, passage: Passage): void {
    if (tagValue(line.tags, 'turn') !== undefined && passage.lines.length > 0 && passage.newMonthAt === undefined) {
      passage.newMonthAt = passage.lines.length;
    }
    this.absorbTags(line.tags, passage);
    const assertion = assertionOf(line.tags);
    if (assertion && !assertion.holds) {
      this.failures.push({
        text: line.text,
        value: assertion.value,
        where: this.runtime.lastLineTextPosition(),
        step: this.decisionList.length + (this.choosing ? 1 : 0),
      });
    }
    if (line.text.trim() === '') return;
    const kind = hasTag(line.tags, 'question') ? 'question' : hasTag(line.tags, 'history') ? 'history' : 'text';
    passage.lines.push({ text: line.text, kind });
    if (this.ending && kind === 'history') this.ending.history.push(line.text);
    if (this.ending && kind === 'question') this.ending.questions.push(line.text);
  }

  private absorbTags(tags: Tag[], passage: Passage): void {
    const turn = tagValue(tags, 'turn');
    if (turn !== undefined && /^\d+$/.test(turn)) {
      this.turn = Number(turn);
      passage.turn = this.turn;
    }
    const date = tagValue(tags, 'date');
    if (date !== undefined) {
      // `# date: 2004-03-29` dates what follows to the day (who sits at a body); the month shows.
      this.date = date;
      this.month = date.slice(0, 7);
      passage.month = this.month;
    }
    for (const t of tags) {
      if (t.key === 'note' && t.value) passage.notes.push(t.value);
      if (t.key === 'memo') passage.memo = t.value;
      if (t.key === 'prompt' && t.value) passage.prompt = t.value;
      if (t.key === 'table' && this.table.bodies.some((b) => b.id === t.value) && !passage.tables.includes(t.value)) {
        passage.tables.push(t.value);
      }
    }
    const ending = tagValue(tags, 'ending');
    if (ending && passage.endingAt === undefined) passage.endingAt = passage.lines.length;
    if (ending) {
      this.ending = { id: ending, title: tagValue(tags, 'title') ?? ending, history: [], questions: [] };
    }
  }

  /** Applies a change to the simulation and writes what it did to the ledger. */
  private apply(next: SimState, cause?: Cause): void {
    const before = this.simState;
    this.simState = next;
    const c = cause ?? this.book.cause(this.runtime.callDepth());
    for (const name of METER_NAMES) {
      const delta = next.meters[name] - before.meters[name];
      if (delta !== 0) this.book.add({ ...c, kind: 'meter', target: name, delta });
    }
    for (const name of Object.keys(next.tracks) as (keyof Tracks)[]) {
      if (next.tracks[name] !== before.tracks[name]) {
        this.book.add({ ...c, kind: 'track', target: name, from: before.tracks[name], to: next.tracks[name] });
      }
    }
    if (next.stances !== before.stances) {
      for (const [key, value] of Object.entries(next.stances)) {
        const delta = value - (before.stances[key] ?? value);
        if (delta !== 0) this.book.add({ ...c, kind: 'stance', target: key, delta });
      }
    }
  }

  /** `body.member`, checked against the table. */
  private memberKeyOf(body: unknown, member: unknown): string {
    const key = `${String(body)}.${String(member)}`;
    if (!(key in this.simState.stances)) throw new Error(`no member "${key}" at the table`);
    return key;
  }

  private decisionText(decision: BodyDecision): string {
    const names = (ids: readonly string[]) =>
      listNames(ids.map((id) => this.table.members.find((m) => m.body === decision.body && m.id === id)?.name ?? id));
    return names(decision.blockers);
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
        this.apply(sim.changeCapital(this.simState, d));
      }),
      change_troops: wrap('change_troops', (us: unknown, allied: unknown) => {
        this.apply(sim.changeTroops(this.simState, us, allied));
      }),
      // Own keys only: `track("constructor")` must not find Object.prototype's.
      track: (name: unknown) =>
        Object.hasOwn(this.simState.tracks, String(name)) ? this.simState.tracks[String(name) as keyof Tracks] : '',
      move_track: wrap('move_track', (name: unknown, state: unknown) => {
        const [track, to] = [String(name), String(state)];
        const body = this.simState.tracks[track as keyof Tracks] === to ? null : deciderOf(this.table, track, to);
        if (body) {
          throw new Error(`${track} → ${to} is decided by ${body.id} (${body.name}): use propose("${track}", "${to}")`);
        }
        this.apply(sim.moveTrack(this.simState, track, to));
      }),
      end_turn: () => {
        const link = this.options.link;
        if (link) {
          const world = link.monthEnd(this.options.role, this.book.monthEntries(), this.shared());
          if (world) {
            const meters = { ...this.simState.meters, usTroops: world.usTroops, alliedTroops: world.alliedTroops };
            this.apply(
              { ...this.simState, meters, tracks: world.tracks, stances: world.stances },
              { source: 'event', event: 'other_desk' },
            );
          }
        }
        this.apply(sim.endTurn(this.simState, this.upkeepNow()), { source: 'upkeep' });
        this.book.monthEnded();
        return turnOutcome(this.simState, scenario.turns);
      },
      event_on: (name: unknown) =>
        !Object.hasOwn(scenario.events, String(name)) || scenario.events[String(name)] !== false,
      max_turns: () => scenario.turns,
      stance: wrap(
        'stance',
        (body: unknown, member: unknown) => this.simState.stances[this.memberKeyOf(body, member)]!,
      ),
      move_stance: wrap('move_stance', (body: unknown, member: unknown, delta: unknown) => {
        this.apply(sim.moveStance(this.simState, this.memberKeyOf(body, member), delta));
      }),
      propose: wrap('propose', (name: unknown, state: unknown) => {
        const [track, to] = [String(name), String(state)];
        const cause = this.book.cause(this.runtime.callDepth());
        const outcome = propose(this.table, this.simState, track, to, this.date);
        const { decision } = outcome;
        this.book.vote({
          ...cause,
          body: decision.body,
          turn: this.turn,
          month: this.month,
          track,
          proposal: to,
          result: decision.result,
          tally: decision.tally,
          blockers: decision.blockers,
        });
        this.apply(outcome.next, cause);
        return outcome.next.tracks[track as keyof Tracks];
      }),
      blockers: wrap('blockers', (name: unknown, state: unknown) => {
        const { decision } = wouldDecide(this.table, this.simState, String(name), String(state), this.date);
        return this.decisionText(decision);
      }),
      tally: wrap('tally', (id: unknown) => {
        const body = this.table.bodies.find((b) => b.id === String(id) && b.rule === 'vote');
        if (!body) throw new Error(`no voting body "${String(id)}" at the table`);
        const members = membersOf(this.table, body.id, this.date);
        return tallyText(decide(body, members, this.simState.stances, 'passed').tally);
      }),
      event: (name: unknown) => {
        this.book.event(String(name), this.runtime.callDepth());
      },
    };
  }
}
