/**
 * The negotiating table: the bodies that decide (a council that votes, an alliance that acts
 * by consensus, a side whose leader answers), their members, and what each member wants. The
 * story declares them (story/table.ink, docs/story-contract.md); the engine owns only the rules
 * (rules.ts), so the count of a Security Council vote lives in one place.
 */
import type { TrackName } from '../sim/tracks.js';

/**
 * How a body decides:
 * - `vote`: each member votes yes (stance >= 1), abstains (0) or no (<= -1); a proposal passes
 *   with at least `quota` yes votes and no `permanent` member voting no (a veto).
 * - `consensus`: any one member whose stance is below the proposal's bar blocks it.
 * - `lead`: the member in office (by date) decides alone: yes when its stance reaches the bar.
 * - `advisory`: no rule; the members' stances are shown and the story reads them.
 */
export type RuleKind = 'vote' | 'consensus' | 'lead' | 'advisory';

export const RULE_KINDS: readonly RuleKind[] = ['vote', 'consensus', 'lead', 'advisory'];

/** Lowest and highest stance: -3 hostile to +3 committed. Changes clamp to this range. */
export const STANCE_RANGE = { min: -3, max: 3 } as const;

export interface Body {
  /** Short id the story uses (`unsc`). */
  id: string;
  /** What the player reads (`UN Security Council`). */
  name: string;
  /** A short name for narrow places (`UNSC`); the name when the story gives none. */
  short: string;
  rule: RuleKind;
  /** For `vote`: yes votes needed. */
  quota: number;
  /** The track whose moves this body decides, if any. */
  track: TrackName | null;
  /**
   * The states of `track` that need this body's decision, each with its bar: the stances at
   * which a member does not block (consensus) or the lead agrees (lead). For a vote the
   * proposal is always `passed`, and a member votes yes from 1, abstains at 0, votes no below.
   */
  decides: Record<string, Bar>;
}

/**
 * The stances that accept a proposal: at least `min`, at most `max` (null: no limit). Most
 * proposals need support (`min`); a step back, such as suspending help, is blocked by the
 * members most committed to it (`max`).
 */
export interface Bar {
  min: number | null;
  max: number | null;
}

/** Whether a stance accepts a proposal with this bar. */
export const accepts = (bar: Bar, stance: number): boolean =>
  (bar.min === null || stance >= bar.min) && (bar.max === null || stance <= bar.max);

/** A seat at a body. The same country may sit at two bodies, each with its own stance. */
export interface Member {
  body: string;
  /** Short id within the body (`france`); its key in stances is `body.id`. */
  id: string;
  name: string;
  /** `permanent` members of a voting body hold a veto. */
  permanent: boolean;
  /** First and last day of membership (`YYYY-MM-DD`), or null for always. */
  from: string | null;
  until: string | null;
  /** Stance when the story starts, -3 to 3. */
  stance: number;
  /** In a few words, what it wants: its price. */
  wants: string;
}

export interface Table {
  bodies: Body[];
  members: Member[];
}

/** `body.member`: the key of a stance and of a ledger entry about it. */
export const memberKey = (m: { body: string; id: string }): string => `${m.body}.${m.id}`;

/** What a body decided, or would decide now. */
export type VoteResult = 'passed' | 'vetoed' | 'failed' | 'agreed' | 'blocked' | 'refused';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

/** One member's position on a proposal. */
export type Position = 'yes' | 'no' | 'abstain' | 'blocks' | 'agrees';

export interface BodyDecision {
  body: string;
  result: VoteResult;
  tally: Tally;
  /**
   * Who made it fail: the permanent members who voted no (a veto), the members who blocked
   * a consensus, or the lead who refused. Empty when it succeeded or merely lacked votes.
   */
  blockers: string[];
  /** Every member in office and its position, in roster order. */
  positions: { member: string; position: Position }[];
}

/** True when the decision lets the proposal happen. */
export const succeeded = (r: VoteResult): boolean => r === 'passed' || r === 'agreed';
