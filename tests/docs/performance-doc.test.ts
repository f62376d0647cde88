/**
 * docs/performance.md's table is written by `npm run bench` (bench/performance-doc.ts), never by
 * hand: the page must hold a table in exactly the form the writer produces, consistent in
 * itself (each ratio is the figure over its floor, each "met" follows from its target), and
 * its prose must not state measurements of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BenchRow } from '../../bench/harness.js';
import { benchTable, withSections } from '../../bench/performance-doc.js';

const doc = readFileSync('docs/performance.md', 'utf8');
const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

const rows: BenchRow[] = [
  {
    name: 'first frame',
    value: 212.4,
    unit: 'ms',
    baseline: { name: 'node -e 0', value: 49.61 },
    target: '<= 3x floor',
    ok: false,
  },
  {
    name: 'verify',
    value: 1234.5,
    unit: 'logs/s',
    baseline: { name: 'bare', value: 68.8 },
    target: '>= 0.5x floor',
    ok: true,
  },
  { name: 'seeds', value: 7, unit: 'seeds' },
];

describe('the bench table writer', () => {
  it('formats each row: figure, floor, ratio, target and whether it is met', () => {
    expect(benchTable(rows).split('\n')).toEqual([
      '| benchmark | figure | floor (same run) | ratio | target | met |',
      '| --- | --- | --- | --- | --- | --- |',
      '| first frame | 212 ms | 49.6 ms (node -e 0) | 4.28x | <= 3x floor | **no** |',
      '| verify | 1,235 logs/s | 68.8 logs/s (bare) | 17.94x | >= 0.5x floor | yes |',
      '| seeds | 7.00 seeds |  |  |  |  |',
    ]);
  });

  it('replaces only what is between the markers, each benchmark in its section with its date and machine', () => {
    const page = `# Title\n\nBefore.\n\n${START}\nold table\n${END}\n\nAfter.\n`;
    const at = (date: string, file: string, r = rows) => ({
      file,
      rows: r,
      machine: '2 × CPU, 24 GiB, Node v20',
      date: new Date(date),
    });
    const once = withSections(page, [
      at('2026-12-01T10:00:00Z', 'startup.bench.ts'),
      at('2026-12-01T10:00:00Z', 'keys.bench.ts'),
    ]);
    expect(once.startsWith('# Title\n\nBefore.\n\n')).toBe(true);
    expect(once.endsWith(`${END}\n\nAfter.\n`)).toBe(true);
    expect(once).not.toContain('old table');
    expect(once).toContain('Measured by `npm run bench` on 2026-12-01: 2 × CPU, 24 GiB, Node v20.');
    expect(once).toContain(benchTable(rows));
    // Sections in the order of their files, whatever order they ran in.
    expect(once.indexOf('### bench/keys.bench.ts')).toBeLessThan(once.indexOf('### bench/startup.bench.ts'));
    expect(
      withSections(once, [at('2026-12-01T10:00:00Z', 'startup.bench.ts'), at('2026-12-01T10:00:00Z', 'keys.bench.ts')]),
    ).toBe(once);

    // A run of one benchmark with --write: its section is new, the other stays as it was.
    const later = withSections(once, [at('2026-12-02T10:00:00Z', 'keys.bench.ts', rows.slice(2))], true);
    const keys = later.slice(later.indexOf('### bench/keys.bench.ts'), later.indexOf('### bench/startup.bench.ts'));
    const startup = later.slice(later.indexOf('### bench/startup.bench.ts'), later.indexOf(END));
    expect(keys).toContain('on 2026-12-02');
    expect(keys).not.toContain('first frame');
    expect(startup).toContain('on 2026-12-01');
    expect(startup).toContain(benchTable(rows));
    // A full run keeps only what it measured.
    const full = withSections(later, [at('2026-12-03T10:00:00Z', 'keys.bench.ts')]);
    expect(full).not.toContain('startup.bench.ts');
    expect(() => withSections('# No markers\n', [])).toThrow(/markers/);
  });
});

describe('docs/performance.md', () => {
  const table = doc.slice(doc.indexOf(START), doc.indexOf(END));
  const prose = doc.slice(0, doc.indexOf(START)) + doc.slice(doc.indexOf(END));

  it('holds a table written by npm run bench', () => {
    const sections = table.split(/^### bench\//m).slice(1);
    expect(sections.length).toBeGreaterThan(5);
    for (const section of sections) {
      expect(section).toMatch(/^\S+\.bench\.ts\n\nMeasured by `npm run bench` on \d{4}-\d{2}-\d{2}: .+, Node v\d+/);
      expect(section).toContain('| benchmark | figure | floor (same run) | ratio | target | met |');
    }
  });

  it('has rows that agree with themselves: ratio = figure / floor, met = the target applied', () => {
    const number = (text: string) => Number(text.replace(/,/g, ''));
    const lines = table
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| benchmark') && !l.startsWith('| ---'));
    expect(lines.length).toBeGreaterThan(10);
    let ratios = 0;
    let targets = 0;
    for (const line of lines) {
      const [, figure, floor, ratio, target, met] = line.split(' | ').map((c) => c.trim());
      if (!floor) continue;
      const f = number(figure!.split(' ')[0]!);
      const b = number(floor.split(' ')[0]!);
      expect(Math.abs(f / b - Number(ratio!.replace('x', ''))), line).toBeLessThan(0.05 * (f / b) + 0.01);
      ratios++;
      const limit = /^(<=|<|>=) ?([\d.]+)x floor$/.exec(target ?? '');
      if (limit) {
        const r = f / b;
        const k = Number(limit[2]);
        const ok = limit[1] === '<=' ? r <= k * 1.005 : limit[1] === '<' ? r < k : r >= k * 0.995;
        expect(met?.replace(' |', ''), line).toBe(ok ? 'yes' : '**no**');
        targets++;
      }
    }
    // The skips above (rows without a floor, targets not relative to it) must leave rows to check.
    expect(ratios).toBeGreaterThan(10);
    expect(targets).toBeGreaterThan(5);
  });

  it('states no measurement outside the table', () => {
    expect(prose).not.toMatch(/\b\d[\d,.]*\s?(ms|MB|kB|GB|logs\/s|runs\/s)\b/);
  });
});
