/**
 * A desk of a linked pair that only asks the host for news (a student reading, or waiting for
 * the other desk) is still there: once the dashboards' row of it is 30 s old, its next question
 * is to be told to them, with the time it was heard. Sooner, questions tell them nothing new.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { newClassCode, newToken } from '../../src/host/class-state.js';
import { Pairs } from '../../src/host/pairs.js';
import { type ClassRecord, writeClass } from '../../src/storage/class-folder.js';
import { storyJson } from '../helpers/story.js';

describe("a pair's desk on the dashboard", () => {
  it('is told again when its row is 30 s old and the desk asks for news', () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandate-presence-'));
    const record: ClassRecord = {
      format: 'mandate-class',
      version: 1,
      name: 'Presence',
      code: newClassCode(),
      token: newToken(),
      scenario: 'short',
      seed: 5,
      memos: null,
      createdAt: new Date(0).toISOString(),
      games: [],
      pairs: [],
    };
    writeClass(folder, record);
    let now = 1_000_000;
    const pairs = new Pairs(
      folder,
      record,
      { json: storyJson, parsed: storyJson },
      BUILT_IN_SCENARIOS.short,
      () => now,
    );
    const { room, secret } = pairs.join('table 1', 'Dee', 'us', () => 5);
    const row = () => pairs.summaries(room).find((s) => s.role === 'us')!;
    expect(row().seen).toBe(now);

    now += 20_000;
    expect(pairs.desk(room.entry.id, secret)).toMatchObject({ role: 'us', stale: false });
    now += 11_000;
    expect(pairs.desk(room.entry.id, secret)).toMatchObject({ role: 'us', stale: true });
    // The row the dashboards are then sent says when the desk was heard.
    expect(row().seen).toBe(now);
    now += 1_000;
    expect(pairs.desk(room.entry.id, secret)?.stale).toBe(false);
    expect(pairs.desk(room.entry.id, 'not the secret')).toBeNull();
  });
});
