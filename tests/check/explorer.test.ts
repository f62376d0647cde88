/** The explorer in process: what it finds, where it says it is, and that it repeats itself. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/engine/explorer/check.js';
import { locate } from '../../src/engine/explorer/source-index.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession, type Role } from '../../src/engine/session.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { compileStoryFile } from '../../src/storage/story-files.js';

const scenarios = [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short];

function checkFile(path: string, runs = 20, seed = 1) {
  const compiled = compileStoryFile(path, { index: true });
  return checkStory({
    // The compiler's own Story, as the CLI checks it: its debug metadata gives FILE:LINE.
    json: compiled.json ? new ParsedStory(compiled.json, compiled.story) : null,
    index: compiled.index,
    label: path,
    compile: compiled.messages,
    runs,
    seed,
    scenarios,
    clock: () => 0,
  });
}

describe('source index', () => {
  const { index } = compileStoryFile('tests/check/fixtures/dead-end.ink', { index: true });

  it('knows where each knot and choice is written, include files by their path', () => {
    expect(index!.flows.map((f) => [f.path, f.loc?.line])).toEqual([
      ['start', 6],
      ['signed', 12],
      ['walked_out', 21],
    ]);
    expect(index!.choices.map((c) => [c.text, c.loc?.line])).toEqual([
      ['Sign the communiqué.', 9],
      ['Walk out.', 10],
    ]);
    expect(index!.files).toContain('tests/check/fixtures/contract.ink');
  });

  it("turns any runtime path into its line, by the compiler's own debug metadata", () => {
    const compiled = compileStoryFile('tests/check/fixtures/dead-end.ink');
    const story = new ParsedStory(compiled.json!, compiled.story);
    expect(story.locate('walked_out.2')).toEqual({ file: 'tests/check/fixtures/dead-end.ink', line: 23 });
    expect(locate(index!, 'walked_out')).toEqual({ file: 'tests/check/fixtures/dead-end.ink', line: 21 });
    expect(story.locate('capital.0')?.file).toBe('tests/check/fixtures/contract.ink');
    expect(story.locate('no_such_knot.3')).toBeNull();
    // A story read back from JSON carries no debug metadata: only the index's names are located.
    expect(new ParsedStory(compiled.json!).locate('walked_out.2')).toBeNull();
  });
});

describe('explorer', () => {
  it('reports a dead end at its -> END, with the shortest path there', () => {
    const r = checkFile('tests/check/fixtures/dead-end.ink');
    expect(r.ok).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ kind: 'dead-end', loc: { line: 23 }, example: { path: [{ choice: 2 }] } });
    expect(r.endings.map((e) => e.id)).toEqual(['signed']);
  });

  it('gives a path a player can follow to the same error: role, scenario, seed and choices', () => {
    const r = checkFile('tests/check/fixtures/meter-range.ink');
    const { example } = r.findings[0]!;
    const compiled = compileStoryFile('tests/check/fixtures/meter-range.ink');
    const session = GameSession.start({
      storyJson: compiled.json!,
      role: example.role as Role,
      seed: example.seed,
      scenario: BUILT_IN_SCENARIOS[example.scenario as 'full' | 'short'],
    });
    const steps = example.path.map((s) => s.choice - 1);
    const last = steps.pop()!;
    for (const i of steps) session.choose(i);
    expect(() => session.choose(last)).toThrow('meter out of range: US troops would be 346,000');
  });

  it('explores every role, the unset one too, in every scenario and variants of it', () => {
    const r = checkFile('examples/isaf/main.ink', 30);
    expect(r.runs.map((x) => `${x.role}/${x.scenario}:${x.playthroughs}`)).toEqual([
      'us/full:30',
      'nato/full:30',
      'unset/full:3',
      'us/full-variant:3',
      'nato/full-variant:3',
      'us/short:30',
      'nato/short:30',
      'unset/short:3',
      'us/short-variant:3',
      'nato/short-variant:3',
    ]);
    expect(r.playthroughs.total).toBe(138);
  });

  it('gives the same report for the same seed', () => {
    const a = checkFile('examples/isaf/main.ink', 40, 9);
    const b = checkFile('examples/isaf/main.ink', 40, 9);
    expect(b).toEqual(a);
  });

  it('checks a compiled .json without its source, naming runtime paths', () => {
    const compiled = compileStoryFile('tests/check/fixtures/unreachable-knot.ink');
    const r = checkStory({ json: compiled.json, label: 'x.json', runs: 10, seed: 1, scenarios });
    expect(r.unreached).toEqual([
      { kind: 'knot', path: 'forgotten', text: '', loc: null, choicesInside: 0, proof: 'no-divert' },
    ]);
    // The contract's fallback functions are not knots a player should reach.
    expect(r.coverage.knots).toEqual({ reached: 2, total: 3 });
  });

  it('does not explore a story the engine cannot start', () => {
    const r = checkFile('tests/check/fixtures/unbound-external.ink');
    expect(r.contract.map((p) => [p.loc?.line, p.blocking])).toEqual([[4, true]]);
    expect(r.playthroughs.total).toBe(0);
  });

  it('reports a story that does not compile and explores nothing', () => {
    const r = checkFile('tests/check/fixtures/compile-error.ink');
    expect(r.ok).toBe(false);
    expect(r.compile).toMatchObject([{ severity: 'error', line: 9 }]);
    expect(r.playthroughs.total).toBe(0);
  });
});

describe('scenario variants', () => {
  it('reach what only a scenario file could: fewer months, an event switched off', () => {
    const r = checkFile('tests/check/fixtures/scenario-only.ink', 50);
    expect(r.unreached).toEqual([]);
    expect(r.ok).toBe(true);
    const outOfTime = r.endings.find((e) => e.id === 'out-of-time')!;
    expect(Object.keys(outOfTime.byRun).every((group) => group.endsWith('-variant'))).toBe(true);
  });
});

describe('the ISAF example', () => {
  const r = checkFile('examples/isaf/main.ink', 100);

  it('passes the check', () => {
    expect(r.compile).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('has at least two endings for each role', () => {
    const ids = r.endings.map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('us-')).length).toBeGreaterThanOrEqual(2);
    expect(ids.filter((id) => id.startsWith('nato-')).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps an exact copy of the shipped contract, so it compiles on its own', () => {
    expect(readFileSync('examples/isaf/contract.ink', 'utf8')).toBe(readFileSync('story/contract.ink', 'utf8'));
    // The test fixtures keep theirs too: an author's INCLUDE stays inside the story's folder.
    expect(readFileSync('tests/check/fixtures/contract.ink', 'utf8')).toBe(readFileSync('story/contract.ink', 'utf8'));
    expect(readFileSync('tests/engine/fixtures/contract.ink', 'utf8')).toBe(readFileSync('story/contract.ink', 'utf8'));
  });
});
