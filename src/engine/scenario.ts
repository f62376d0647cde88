/**
 * Scenarios: the starting meters, the number of turns, which optional events are on, whether
 * undo is allowed, and a title. The two built-ins live in story/scenarios/; a teacher's own
 * file is validated against the same schema (see docs/scenarios.md).
 */
import { z } from 'zod';
import fullJson from '../../story/scenarios/full.json' with { type: 'json' };
import shortJson from '../../story/scenarios/short.json' with { type: 'json' };
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
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;

export const BUILT_IN_SCENARIOS: Record<'full' | 'short', Scenario> = {
  full: scenarioSchema.parse(fullJson),
  short: scenarioSchema.parse(shortJson),
};

export function isBuiltInScenario(name: string): name is 'full' | 'short' {
  return name === 'full' || name === 'short';
}
