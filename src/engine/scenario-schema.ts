/**
 * The schema of a scenario file (docs/scenarios.md). Kept apart from scenario.ts so that a
 * game with a built-in scenario never loads the schema library; tests check the built-ins
 * against it.
 */
import { z } from 'zod';
import { MEMO_AFTER, MEMO_ASKS } from './memo.js';
import type { Scenario } from './scenario.js';
import { ALLIED_TROOPS_RANGE, CAPITAL_RANGE, US_TROOPS_RANGE } from './sim/meters.js';

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const scenarioSchema = z
  .object({
    /** Short id written into logs and reports. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes, at most 40'),
    /** Shown on the title screen and in reports. */
    title: z.string().min(1).max(120),
    /** Which branch of the story to play: the story's `scenario` variable. */
    story: z.enum(['full', 'short']),
    /** How many months the story may run (the story reads it with max_turns()). */
    turns: int(1, 24),
    /** Whether the player may take back a decision. */
    undo: z.boolean(),
    start: z.strictObject({
      capital: int(CAPITAL_RANGE.min + 1, CAPITAL_RANGE.max),
      usTroops: int(US_TROOPS_RANGE.min, US_TROOPS_RANGE.max),
      alliedTroops: int(ALLIED_TROOPS_RANGE.min, ALLIED_TROOPS_RANGE.max),
    }),
    /** Optional events switched off (false) or on (true); absent events are on. */
    events: z.record(z.string().regex(/^[a-z0-9_]+$/), z.boolean()),
    /** Whether to ask for the player's reasons (optional: a scenario without it asks none). */
    memos: z.strictObject({ ask: z.enum(MEMO_ASKS), after: z.enum(MEMO_AFTER) }).optional(),
  })
  .strict();

/** Fails to compile if the schema and the Scenario interface ever disagree. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof scenarioSchema>, Scenario> = true;
void schemaMatchesType;
