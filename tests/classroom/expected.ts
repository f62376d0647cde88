/**
 * What a report over a generated class must say, computed straight from the generated games
 * (not by the report code), so the tests compare two independent countings.
 */
import type { ClassFile } from './class-logs.js';

export const UNFINISHED = '(not finished)';

export interface Expected {
  good: ClassFile[];
  bad: ClassFile[];
  /** `scenario/role` → logs. */
  byRoleScenario: Map<string, number>;
  /** ending title (or UNFINISHED) → games: a class counts endings by title. */
  endings: Map<string, number>;
  /** `scenario position` → how often reached, and how often each option text was chosen. */
  points: Map<string, { reached: number; chosen: Map<string, number> }>;
}

export const pointKey = (scenario: string, position: string) => `${scenario} ${position}`;

export function expectedFor(files: readonly ClassFile[]): Expected {
  const good = files.filter((f) => f.kind === 'good');
  const bad = files.filter((f) => f.kind !== 'good');
  const byRoleScenario = new Map<string, number>();
  const endings = new Map<string, number>();
  const points: Expected['points'] = new Map();
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const f of good) {
    bump(byRoleScenario, `${f.scenario}/${f.role}`);
    bump(endings, f.ending === null ? UNFINISHED : (f.log.ending?.title ?? ''));
    for (const d of f.log.decisions) {
      const key = pointKey(f.scenario, d.position);
      let p = points.get(key);
      if (!p) {
        p = { reached: 0, chosen: new Map() };
        points.set(key, p);
      }
      p.reached++;
      bump(p.chosen, d.text);
    }
  }
  return { good, bad, byRoleScenario, endings, points };
}

/** The reason a damaged file must be listed with. */
export const REASON: Record<Exclude<ClassFile['kind'], 'good'>, RegExp> = {
  truncated: /JSON/i,
  'wrong-version': /version/i,
  'edited-choice': /decision \d+/i,
};

export const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
