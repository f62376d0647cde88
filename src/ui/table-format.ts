/**
 * The table and the ledger in words, for the terminal, plain mode and anything else that
 * prints them: a line per body at a glance ("UN Security Council: 11 yes · 3 abstain · 1 no ·
 * no veto"), the full table (every member, its stance, what it wants, what moved it), and
 * what a decision changed, grouped by cause. Pure string functions over engine data: the
 * counts come from engine/table, never from here.
 */

import type { View } from '../engine/session.js';
import { allowedMoves, TRACK_NAMES } from '../engine/sim/tracks.js';
import { eventLabel, type MeterLabel, type StoryLabels, stateLabel } from '../engine/story/labels.js';
import type { Cause, Effect, VoteRecord } from '../engine/table/ledger.js';
import { causeName } from '../engine/table/ledger.js';
import type { ScoreLine } from '../engine/table/scorecard.js';
import { type BodyStanding, type MemberStanding, tableStanding } from '../engine/table/standing.js';
import type { Table } from '../engine/table/types.js';
import { listNames } from '../engine/table/words.js';
import { formatMonth, formatShortMonth, formatTroops, sanitize, truncate, wrapHanging } from './format.js';
import type { StyledLine, Tone } from './theme.js';

/** `+1`, `-2`, `0`: ASCII, as every other figure in the game, so screen readers say "minus". */
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** `a training mission`: a state's label as the object of a sentence. */
function proposalWords(labels: StoryLabels, state: string): string {
  return stateLabel(labels, state);
}

/** Names of the members `ids` of a body, as "France and Belgium". */
function memberNames(standing: BodyStanding, ids: readonly string[]): string {
  return listNames(ids.map((id) => standing.members.find((m) => m.id === id)?.name ?? id));
}

/** One line for a body: the count of a vote, who would block, what the lead would say. */
export function glanceLine(standing: BodyStanding, labels: StoryLabels): string {
  const { body, members, proposals } = standing;
  const head = `${body.name}:`;
  if (body.rule === 'vote') {
    const d = proposals[0]!.decision;
    const veto = d.blockers.length ? `veto: ${memberNames(standing, d.blockers)}` : 'no veto';
    const verdict = d.result === 'passed' ? 'would pass' : d.result === 'vetoed' ? 'would be vetoed' : 'would fail';
    return `${head} ${d.tally.yes} yes · ${d.tally.abstain} abstain · ${d.tally.no} no · ${veto} (${verdict}, ${body.quota} needed)`;
  }
  if (body.rule === 'consensus') {
    // The proposals that need support, from the easiest: the first one someone blocks is the news.
    const steps = proposals
      .filter((p) => body.decides[p.state]?.min !== null)
      .sort((a, b) => (body.decides[a.state]?.min ?? 0) - (body.decides[b.state]?.min ?? 0));
    const blocked = steps.find((p) => p.decision.blockers.length > 0);
    if (!blocked) return `${head} all ${members.length} would agree to any role`;
    const who = `${memberNames(standing, blocked.decision.blockers)} would block ${proposalWords(labels, blocked.state)}`;
    const agreed = steps.filter((p) => p.decision.result === 'agreed').map((p) => proposalWords(labels, p.state));
    return agreed.length ? `${head} all ${members.length} would agree to ${agreed[0]}; ${who}` : `${head} ${who}`;
  }
  if (body.rule === 'lead') {
    const lead = members.at(-1);
    if (!lead) return `${head} nobody in office`;
    const d = proposals[0]?.decision;
    return `${head} ${lead.name} (${signed(lead.stance)}) would ${d?.result === 'agreed' ? 'agree' : 'refuse'}`;
  }
  return `${head} ${members.map((m) => `${m.name} ${signed(m.stance)}`).join(' · ')}`;
}

/** How a body decides, in one sentence, for the full table. */
export function ruleSentence(standing: BodyStanding, labels: StoryLabels): string {
  const { body, members } = standing;
  switch (body.rule) {
    case 'vote':
      return `${members.length} members. A resolution passes with ${body.quota} yes votes and no permanent member against. A member votes yes from +1, abstains at 0, votes no below.`;
    case 'consensus': {
      const bars = Object.entries(body.decides)
        .map(([state, bar]) =>
          bar.min !== null
            ? `${proposalWords(labels, state)}: every member at ${signed(bar.min)} or more`
            : `${proposalWords(labels, state)}: blocked by any member above ${signed(bar.max ?? 0)}`,
        )
        .join('; ');
      return `${members.length} members. It acts only by consensus: any one member can block. What each step needs: ${bars}.`;
    }
    case 'lead':
      return 'The member in office decides alone: it agrees from +1.';
    case 'advisory':
      return 'No vote: what each wants shapes what the others will accept.';
  }
}

/** A member's position now, under its body's rule. */
export function positionWords(standing: BodyStanding, member: MemberStanding, labels: StoryLabels): string {
  const { body, proposals } = standing;
  const on = (p: (typeof proposals)[number]) => p.decision.positions.find((x) => x.member === member.id)?.position;
  if (body.rule === 'vote') {
    const p = on(proposals[0]!);
    return p === 'no' && member.permanent ? 'no (veto)' : (p ?? '');
  }
  if (body.rule === 'consensus') {
    const blocks = proposals.filter((p) => on(p) === 'blocks').map((p) => proposalWords(labels, p.state));
    return blocks.length ? `would block ${listNames(blocks)}` : 'blocks nothing';
  }
  if (body.rule === 'lead') {
    if (!proposals[0]?.decision.positions.some((x) => x.member === member.id)) return 'not in office';
    return on(proposals[0]) === 'agrees' ? 'would agree' : 'would refuse';
  }
  return '';
}

/** `your choice`, `upkeep`, `the Nasiriyah bombing`. */
export function causeWords(cause: Cause, labels: StoryLabels): string {
  if (cause.source === 'choice') return 'your choice';
  if (cause.source === 'upkeep') return 'upkeep';
  return eventLabel(labels, cause.event);
}

function memberLabel(table: Table, key: string): string {
  const [bodyId, id] = key.split('.');
  const body = table.bodies.find((b) => b.id === bodyId);
  const member = table.members.find((m) => m.body === bodyId && m.id === id);
  return `${member?.name ?? id}${body ? ` (${body.short})` : ''}`;
}

/**
 * One effect in words: `capital −2`, `US troops +3,000`, `UN resolution: none → drafting`,
 * `France (NAC) +1`; the capital meter by the desk's name for it (`trust −2`).
 */
export function effectWords(e: Effect, labels: StoryLabels, table: Table, capital: MeterLabel): string {
  if (e.kind === 'meter') {
    if (e.target === 'capital') return `${capital.word} ${signed(e.delta)}`;
    const troops = `${e.delta > 0 ? '+' : '-'}${formatTroops(Math.abs(e.delta))}`;
    return `${e.target === 'usTroops' ? 'US troops' : 'allied troops'} ${troops}`;
  }
  if (e.kind === 'track') {
    const name = labels.tracks[e.target as keyof StoryLabels['tracks']] ?? e.target;
    return `${name}: ${stateLabel(labels, e.from)} → ${stateLabel(labels, e.to)}`;
  }
  return `${memberLabel(table, e.target)} ${signed(e.delta)}`;
}

/** What a body decided, in words: `UN Security Council: passed, 15 in favour, 0 against, 0 abstaining`. */
export function voteWords(v: VoteRecord, labels: StoryLabels, table: Table): string {
  const body = table.bodies.find((b) => b.id === v.body);
  const name = body?.name ?? v.body;
  const names = listNames(
    v.blockers.map((id) => table.members.find((m) => m.body === v.body && m.id === id)?.name ?? id),
  );
  const what = proposalWords(labels, v.proposal);
  switch (v.result) {
    case 'passed':
    case 'vetoed':
    case 'failed': {
      const count = `${v.tally.yes} in favour, ${v.tally.no} against, ${v.tally.abstain} abstaining`;
      const verdict = v.result === 'vetoed' ? `vetoed by ${names}` : v.result;
      return `${name} votes: ${verdict} (${count})`;
    }
    case 'agreed':
      return `${name} agrees to ${what}`;
    case 'blocked':
      return `${name}: ${names} ${v.blockers.length === 1 ? 'blocks' : 'block'} ${what}`;
    case 'refused':
      return `${name}: ${names || 'nobody in office'} ${names ? 'refuses' : ''}`.trim();
  }
}

/** Effects in words, with a track's successive moves as one chain (`none → drafting → tabled`). */
function chained(effects: readonly Effect[], labels: StoryLabels, table: Table, capital: MeterLabel): string[] {
  const out: string[] = [];
  let chain: Extract<Effect, { kind: 'track' }> | null = null;
  for (const e of effects) {
    if (e.kind === 'track' && chain && chain.target === e.target && chain.to === e.from) {
      out[out.length - 1] += ` → ${stateLabel(labels, e.to)}`;
      chain = e;
      continue;
    }
    out.push(effectWords(e, labels, table, capital));
    chain = e.kind === 'track' ? e : null;
  }
  return out;
}

/** A decision's consequences grouped by cause, in the order they happened: one line each. */
export function ledgerLines(
  entries: { effects: readonly Effect[]; votes: readonly VoteRecord[] },
  labels: StoryLabels,
  table: Table,
  capital: MeterLabel,
): string[] {
  const groups: { cause: Cause; effects: Effect[] }[] = [];
  for (const e of entries.effects) {
    const last = groups.at(-1);
    if (last && causeName(last.cause) === causeName(e)) last.effects.push(e);
    else groups.push({ cause: e, effects: [e] });
  }
  return [
    ...groups.map((g) => `${causeWords(g.cause, labels)}: ${chained(g.effects, labels, table, capital).join(' · ')}`),
    ...entries.votes.map((v) => voteWords(v, labels, table)),
  ].map(sanitize);
}

/**
 * One line under a choice taken: each meter's change split by cause, then tracks and votes.
 * `capital −2 (your choice) −3 (upkeep) · UN resolution: none → drafting · UNSC: passed`.
 */
export function ledgerSummary(
  entries: { effects: readonly Effect[]; votes: readonly VoteRecord[] },
  labels: StoryLabels,
  table: Table,
  capital: MeterLabel,
): string {
  const parts: string[] = [];
  const meters = [
    ['capital', capital.word],
    ['usTroops', 'US troops'],
    ['alliedTroops', 'allied'],
  ] as const;
  for (const [key, name] of meters) {
    const byCause = new Map<string, { cause: Cause; delta: number }>();
    for (const e of entries.effects) {
      if (e.kind !== 'meter' || e.target !== key) continue;
      const k = causeName(e);
      const entry = byCause.get(k) ?? { cause: e, delta: 0 };
      entry.delta += e.delta;
      byCause.set(k, entry);
    }
    const bits = [...byCause.values()].filter((b) => b.delta !== 0);
    if (bits.length === 0) continue;
    const unit = key === 'capital' ? '' : 'k';
    parts.push(`${name} ${bits.map((b) => `${signed(b.delta)}${unit} (${causeWords(b.cause, labels)})`).join(' ')}`);
  }
  parts.push(
    ...chained(
      entries.effects.filter((e) => e.kind !== 'meter'),
      labels,
      table,
      capital,
    ),
  );
  for (const v of entries.votes) {
    const body = table.bodies.find((b) => b.id === v.body);
    parts.push(`${body?.short ?? v.body}: ${v.result}`);
  }
  return sanitize(parts.join(' · '));
}

/** The stance moves of a member, in words: `+1 your choice (Oct 2003) · −1 Abu Ghraib (Apr 2004)`. */
export function movesWords(member: MemberStanding, labels: StoryLabels): string {
  return member.moves
    .map((m) => {
      const when = formatShortMonth(m.month);
      return `${signed(m.kind === 'stance' ? m.delta : 0)} ${causeWords(m, labels)}${when ? ` (${when})` : ''}`;
    })
    .join(' · ');
}

/** The heading of the state of play: `State of play · October 2003`. */
export function tableHeading(date: string | null): string {
  return date ? `State of play · ${formatMonth(date.slice(0, 7))}` : 'State of play';
}

/** A checklist line: `✓ A UN mandate: UN resolution: passed`. */
export function checkLines(items: readonly ScoreLine[], width: number): StyledLine[] {
  return items.flatMap((s) =>
    wrapHanging(s.met ? '✓ ' : '✗ ', sanitize(`${s.label}: ${s.detail}`), width).map((text) => ({
      text,
      tone: (s.met ? 'good' : 'text') as Tone,
    })),
  );
}

/** Each track, where it stands, and what each state it can reach means. */
export function trackLines(view: View, width: number): StyledLine[] {
  const out: StyledLine[] = [];
  for (const track of TRACK_NAMES) {
    const now = view.tracks[track];
    out.push({ text: truncate(`${view.labels.tracks[track]}: ${stateLabel(view.labels, now)}`, width), tone: 'text' });
    const meaning = view.labels.meanings[now];
    if (meaning)
      out.push(...wrapHanging('    ', sanitize(meaning), width).map((text) => ({ text, tone: 'dim' as Tone })));
    const next = allowedMoves(track, now).map((s) => stateLabel(view.labels, s));
    if (next.length) {
      out.push(
        ...wrapHanging('    ', `can move to: ${next.join(', ')}`, width).map((text) => ({ text, tone: 'dim' as Tone })),
      );
    }
  }
  return out;
}

/**
 * The state of play, on `t`: the conditions as a checklist, the tracks and what their states
 * mean, then the table (each body, how it decides, and each member).
 */
export function stateOfPlayLines(view: View, width: number): StyledLine[] {
  const out: StyledLine[] = [];
  const section = (title: string) => {
    if (out.length > 0) out.push(blank);
    out.push({ text: truncate(title, width), tone: 'heading' });
  };
  if (view.conditions.length > 0) {
    section('The conditions');
    out.push(...checkLines(view.conditions, width));
  }
  section('The negotiations');
  out.push(...trackLines(view, width));
  if (view.table.bodies.length > 0) {
    section('The table');
    out.push(...tableLines(view, width));
  }
  return out;
}

const blank: StyledLine = { text: '', tone: 'text' };

/** One line per deciding body: the count, who would block, what the lead would say. */
export function glanceLines(view: View): string[] {
  return tableStanding(view.table, view.stances, view.date)
    .filter((b) => b.body.rule !== 'advisory')
    .map((b) => sanitize(glanceLine(b, view.labels)));
}

/** The full table: each body, how it decides, and each member's stance, position, price and moves. */
export function tableLines(view: View, width: number): StyledLine[] {
  const { labels } = view;
  const pages = [
    { effects: view.prelude.effects, month: view.decisions[0]?.month ?? null },
    ...view.decisions.map((d) => ({ effects: d.effects, month: d.month })),
  ];
  const standing = tableStanding(view.table, view.stances, view.date, pages);
  const out: StyledLine[] = [];
  const wrap = (text: string, tone: Tone, indent = '') =>
    wrapHanging(indent, sanitize(text), width).map((t) => ({ text: t, tone }));
  for (const body of standing) {
    if (out.length > 0) out.push(blank);
    out.push({ text: truncate(body.body.name, width), tone: 'heading' });
    out.push(...wrap(ruleSentence(body, labels), 'dim'));
    out.push(...wrap(glanceLine(body, labels), 'text'));
    for (const m of body.members) {
      const position = positionWords(body, m, labels);
      out.push(
        ...wrap(
          `${m.name}${m.permanent ? ' (permanent)' : ''}: ${signed(m.stance)}${position ? ` · ${position}` : ''}`,
          'text',
          '• ',
        ),
      );
      if (m.wants) out.push(...wrap(`wants ${m.wants}`, 'dim', '    '));
      const moves = movesWords(m, labels);
      if (moves) out.push(...wrap(`moved: ${moves}`, 'note', '    '));
    }
  }
  return out.length ? out : [{ text: 'This story declares no negotiating table.', tone: 'dim' }];
}
