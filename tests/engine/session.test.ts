import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { StoryContractError } from '../../src/engine/story/runtime.js';
import { newSession, playThrough, storyJson } from '../helpers/story.js';

/** Everything a player reads, in order: the transcript two runs must agree on. */
function transcript(session: GameSession): string {
  return session.decisions.map((d) => `${d.turn}|${d.month}|${d.text}|${JSON.stringify(d.meters)}`).join('\n');
}

/** A seeded chooser, so "random" play is the same every time. */
function chooser(seed: number) {
  let x = seed || 1;
  return (_step: number, count: number) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % count;
  };
}

describe('game session', () => {
  for (const role of ['us', 'nato'] as const) {
    it(`plays the ${role} role to an ending`, () => {
      const view = playThrough(newSession(role, 1)).view();
      expect(view.ended).toBe(true);
      expect(view.ending?.id).toMatch(new RegExp(`^${role}-`));
      expect(view.ending?.questions).toHaveLength(3);
      expect(view.ending?.history.length).toBeGreaterThan(0);
    });
  }

  it('gives an identical transcript for the same seed and choices', () => {
    for (const seed of [1, 2, 99]) {
      const a = playThrough(newSession('us', seed), chooser(seed));
      const b = playThrough(newSession('us', seed), chooser(seed));
      expect(transcript(a)).toBe(transcript(b));
      expect(a.view().ending).toEqual(b.view().ending);
    }
  });

  it('starts from the scenario meters and reports the change of the last decision', () => {
    const s = newSession('us', 1);
    const first = s.view();
    expect(first.meters).toEqual(BUILT_IN_SCENARIOS.full.start);
    expect(first.delta).toBeNull();
    expect(first.turn).toBe(1);
    expect(first.month).toMatch(/^\d{4}-\d{2}$/);
    const after = s.choose(0);
    expect(after.delta?.capital).toBe(after.meters.capital - first.meters.capital);
    expect(s.decisions[0]).toMatchObject({ turn: 1, index: 0, text: first.choices[0]?.text, before: first.meters });
  });

  it('marks where a new month begins, after the consequences of the last decision', () => {
    const s = newSession('us', 1);
    let view = s.view();
    let marked = 0;
    while (!view.ended) {
      const before = view.turn;
      view = s.choose(0);
      const at = view.passage.newMonthAt;
      if (view.turn !== before && !view.ended) {
        // The consequences stay with the old month; the new month's briefing starts at `at`.
        expect(at).toBeGreaterThan(0);
        expect(view.passage.lines.length).toBeGreaterThan(at!);
        marked++;
      } else {
        expect(at).toBeUndefined();
      }
    }
    expect(marked).toBeGreaterThanOrEqual(8);
  });

  it('undoes a decision back to the same view', () => {
    const s = newSession('nato', 5);
    const before = s.view();
    s.choose(1);
    expect(s.view().canUndo).toBe(true);
    expect(s.undo()).toBe(true);
    const back = s.view();
    expect(back.passage).toEqual(before.passage);
    expect(back.meters).toEqual(before.meters);
    expect(back.tracks).toEqual(before.tracks);
    expect(back.decisions).toHaveLength(0);
    expect(s.undo()).toBe(false);
  });

  it('refuses undo when the scenario forbids it', () => {
    const s = newSession('us', 1, 'full', false);
    s.choose(0);
    expect(s.view().canUndo).toBe(false);
    expect(s.undo()).toBe(false);
    expect(s.decisions).toHaveLength(1);
  });

  it('rejects a choice that is not on offer', () => {
    const s = newSession('us', 1);
    expect(() => s.choose(9)).toThrow(RangeError);
    expect(() => s.choose(-1)).toThrow(RangeError);
    expect(s.decisions).toHaveLength(0);
  });

  it('rejects a story that breaks the contract', () => {
    expect(() =>
      GameSession.start({ storyJson: '{"not":"ink"}', role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.full }),
    ).toThrow(StoryContractError);
  });
});

describe('the compiled story with fallbacks only, as Inky plays it', () => {
  for (const role of ['us', 'nato'] as const) {
    it(`reaches a ${role} ending with every external unbound`, () => {
      const story = new Story(storyJson);
      story.allowExternalFunctionFallbacks = true;
      story.variablesState.role = role;
      story.state.storySeed = 1;
      const tags: string[] = [];
      for (let step = 0; step < 500; step++) {
        while (story.canContinue) {
          story.Continue();
          tags.push(...(story.currentTags ?? []));
        }
        if (story.currentChoices.length === 0) break;
        story.ChooseChoiceIndex(step % story.currentChoices.length);
      }
      expect(tags.some((t) => t.startsWith(`ending: ${role}-`))).toBe(true);
    });
  }

  it('asks for the role itself when none is set', () => {
    const story = new Story(storyJson);
    story.allowExternalFunctionFallbacks = true;
    while (story.canContinue) story.Continue();
    expect(story.currentChoices.length).toBe(2);
    story.ChooseChoiceIndex(1);
    story.Continue();
    expect(story.variablesState.role).toBe('nato');
  });

  it('fallback upkeep matches the engine', () => {
    // Both must charge the same upkeep, or a story previewed in Inky plays differently.
    const engine = playThrough(newSession('us', 3), () => 0).view();
    const story = new Story(storyJson);
    story.allowExternalFunctionFallbacks = true;
    story.variablesState.role = 'us';
    story.state.storySeed = 3;
    for (let step = 0; step < 500; step++) {
      while (story.canContinue) story.Continue();
      if (story.currentChoices.length === 0) break;
      story.ChooseChoiceIndex(0);
    }
    expect(story.variablesState.fb_capital).toBe(engine.meters.capital);
    expect(story.variablesState.fb_us_troops).toBe(engine.meters.usTroops);
  });

  // The NATO desk pays for a divided alliance, not for US troops (table.ink, `# upkeep_nato:
  // dissent nac`): the fallback must charge it the same way, or Inky shows another game.
  for (const [name, pick] of [
    ['the first option', () => 0],
    ['the last option', (count: number) => count - 1],
    ['alternating options', (count: number, step: number) => step % count],
  ] as const) {
    it(`charges the NATO desk one point per ally standing against at the first month's end (${name})`, () => {
      const story = new Story(storyJson);
      story.allowExternalFunctionFallbacks = true;
      story.variablesState.role = 'nato';
      story.state.storySeed = 2;
      const v = () => story.variablesState as unknown as Record<string, number>;
      const nac = ['fb_nac_france', 'fb_nac_germany', 'fb_nac_belgium', 'fb_nac_us'];
      // ink runs a line ahead only to look for glue and rolls it back, so the values read after
      // each line are those before the next line's code: the month ends inside the line that
      // first shows turn 2.
      let before = { capital: v().fb_capital!, against: 0, troops: v().fb_us_troops! };
      for (let step = 0; v().fb_turn === 1 && step < 50; step++) {
        while (story.canContinue && v().fb_turn === 1) {
          before = {
            capital: v().fb_capital!,
            against: nac.filter((k) => v()[k]! < 0).length,
            troops: v().fb_us_troops!,
          };
          story.Continue();
        }
        if (v().fb_turn !== 1) break;
        story.ChooseChoiceIndex(pick(story.currentChoices.length, step));
      }
      expect(v().fb_turn).toBe(2);
      expect(before.against).toBeGreaterThan(0);
      // The troop rule would charge something else here, so the test tells the two rules apart.
      expect(Math.floor((before.troops - 100) / 10)).not.toBe(before.against);
      expect(v().fb_capital).toBe(Math.max(0, before.capital - before.against));
    });
  }
});
