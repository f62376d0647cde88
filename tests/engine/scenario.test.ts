import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { scenarioSchema } from '../../src/engine/scenario-schema.js';

describe('built-in scenarios', () => {
  // The game trusts them without loading the schema, so the schema is checked here instead.
  for (const [name, scenario] of Object.entries(BUILT_IN_SCENARIOS)) {
    it(`${name} satisfies the scenario schema`, () => {
      expect(scenarioSchema.parse(scenario)).toEqual(scenario);
      expect(scenario.id).toBe(name);
      expect(scenario.story).toBe(name);
    });
  }
});
