/**
 * The class report as one CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break). One long table with a `section` column, so a
 * spreadsheet's filter or pivot table gets at any part; docs/teaching.md lists the sections.
 * Starts with a UTF-8 byte-order mark, without which Excel misreads accented names.
 */
import type { ClassReport, GameRef, Spread } from '../../engine/report/index.js';
import { clean } from './text.js';

export const CSV_COLUMNS = [
  'section',
  'role',
  'scenario',
  'turn',
  'month',
  'key',
  'label',
  'player',
  'measure',
  'value',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/** Quotes a field when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text from logs, cleaned and defused: a spreadsheet runs a cell that starts with = + - or @
 * as a formula, so such text gets a leading apostrophe (the spreadsheet's own "this is text").
 */
function text(value: string): string {
  const c = clean(value);
  return /^[=+\-@]/.test(c) ? `'${c}` : c;
}

function line(r: Row): string {
  return CSV_COLUMNS.map((c) => {
    const v = r[c];
    if (v === null || v === undefined) return '';
    return csvField(typeof v === 'number' ? String(v) : v);
  }).join(',');
}

const STATS: (keyof Spread)[] = ['n', 'min', 'q1', 'median', 'q3', 'max'];

function gameRows(section: string, g: GameRef): Row[] {
  const base = {
    section,
    role: g.role,
    scenario: text(g.scenario),
    turn: g.turn,
    key: text(g.file),
    player: text(g.player ?? ''),
  };
  return [
    { ...base, measure: 'decisions', value: g.decisions },
    { ...base, measure: 'capital', value: g.meters.capital },
    { ...base, measure: 'us_troops', value: g.meters.usTroops },
    { ...base, measure: 'allied_troops', value: g.meters.alliedTroops },
    { ...base, measure: 'brief_met', value: g.brief.met },
  ];
}

function rows(r: ClassReport): Row[] {
  const out: Row[] = [];
  out.push({ section: 'totals', measure: 'files', value: r.totals.files });
  out.push({ section: 'totals', measure: 'counted', value: r.totals.verified });
  out.push({ section: 'totals', measure: 'left_out', value: r.totals.rejected });
  for (const w of r.warnings) out.push({ section: 'warning', label: text(w), measure: 'warning', value: 1 });
  for (const g of r.roster) {
    const base = {
      section: 'roster',
      role: g.role,
      scenario: text(g.scenario),
      turn: g.turn,
      month: text(g.month ?? ''),
      key: text(g.file),
      label: text(g.finished ? (g.ending?.title ?? '') : '(not finished)'),
      player: text(g.player ?? ''),
    };
    out.push({ ...base, measure: 'seed', value: g.seed });
    out.push({ ...base, measure: 'finished', value: g.finished ? 1 : 0 });
    out.push({ ...base, measure: 'collapse', value: g.collapse ? 1 : 0 });
    out.push({ ...base, measure: 'decisions', value: g.decisions });
    out.push({ ...base, measure: 'capital', value: g.final.capital });
    out.push({ ...base, measure: 'us_troops', value: g.final.usTroops });
    out.push({ ...base, measure: 'allied_troops', value: g.final.alliedTroops });
    out.push({ ...base, measure: 'brief_met', value: g.brief.met });
    out.push({ ...base, measure: 'brief_items', value: g.brief.of });
    out.push({ ...base, measure: 'reasons', value: g.reasons });
  }
  for (const x of r.byRoleScenario) {
    out.push({
      section: 'logs',
      role: x.role,
      scenario: text(x.scenario),
      label: text(x.scenarioTitle),
      measure: 'logs',
      value: x.logs,
    });
  }
  for (const e of r.endings) {
    const key = e.finished ? text(e.ids.join(' ')) : '(not finished)';
    const base = { section: 'endings', key, label: text(e.title) };
    out.push({ ...base, measure: 'games', value: e.logs });
    out.push({ ...base, role: 'us', measure: 'games', value: e.byRole.us });
    out.push({ ...base, role: 'nato', measure: 'games', value: e.byRole.nato });
    out.push({ ...base, measure: 'collapses', value: e.collapses });
  }
  for (const e of r.endingTexts) {
    const base = { section: 'ending_text', role: e.role, key: text(e.id) };
    e.history.forEach((h, i) => {
      out.push({ ...base, label: text(h), measure: 'history', value: i + 1 });
    });
    e.questions.forEach((q, i) => {
      out.push({ ...base, label: text(q), measure: 'question', value: i + 1 });
    });
  }
  for (const p of r.decisionPoints) {
    const base = {
      section: 'choices',
      role: p.roles.join('+'),
      scenario: text(p.scenario),
      turn: p.turn,
      month: text(p.month ?? ''),
      key: text(p.position),
    };
    out.push({ ...base, label: text(p.prompt), measure: 'question', value: 1 });
    out.push({ ...base, measure: 'reached', value: p.reached });
    out.push({ ...base, measure: 'games', value: p.logs });
    for (const o of p.options) {
      out.push({ ...base, label: text(o.text), measure: 'chosen', value: o.chosen });
      out.push({ ...base, label: text(o.text), measure: 'share', value: o.share });
      for (const who of o.players ?? []) {
        out.push({
          ...base,
          section: 'chosen_by',
          label: text(o.text),
          player: text(who ?? ''),
          measure: 'chosen',
          value: 1,
        });
      }
      for (const x of o.reasons) {
        out.push({
          ...base,
          section: 'reasons',
          label: text(o.text),
          player: text(x.player ?? ''),
          measure: 'reason',
          value: text(x.reason),
        });
      }
    }
  }
  for (const t of r.trajectories) {
    for (const p of t.turns) {
      for (const [section, s] of [
        ['capital', p.capital],
        ['us_troops', p.usTroops],
      ] as const) {
        for (const m of STATS) {
          out.push({
            section,
            role: t.role,
            scenario: text(t.scenario),
            turn: p.turn,
            month: text(p.month ?? ''),
            measure: m,
            value: s[m],
          });
        }
      }
    }
  }
  for (const t of r.timeline) {
    out.push({
      section: 'timeline',
      month: t.month,
      key: t.date,
      label: text(t.text),
      measure: 'event',
      value: t.event ?? '',
    });
  }
  for (const h of r.highlights) {
    if (h.bestOutcome) out.push(...gameRows('best_outcome', h.bestOutcome));
    if (h.fastestCollapse) out.push(...gameRows('fastest_collapse', h.fastestCollapse));
    if (h.costliest) {
      const c = h.costliest;
      out.push({
        section: 'costliest_choice',
        role: h.role,
        scenario: text(h.scenario),
        turn: c.turn,
        month: text(c.month ?? ''),
        key: text(c.game.file),
        label: text(c.choice),
        player: text(c.game.player ?? ''),
        measure: 'capital',
        value: c.capital,
      });
    }
  }
  for (const b of r.briefs) {
    for (const i of b.items) {
      const base = { section: 'brief', role: b.role, scenario: text(b.scenario), label: text(i.label) };
      out.push({ ...base, measure: 'met', value: i.met });
      out.push({ ...base, measure: 'games', value: b.games });
    }
  }
  for (const x of r.rejected)
    out.push({ section: 'left_out', key: text(x.file), label: text(x.reason), measure: 'left_out', value: 1 });
  return out;
}

export function renderCsv(r: ClassReport): string {
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows(r).map(line)].join('\r\n')}\r\n`;
}
