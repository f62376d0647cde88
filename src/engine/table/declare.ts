/**
 * Reads the table a story declares in its global tags (docs/story-contract.md):
 *
 *   # body: unsc; UN Security Council; vote 9; decides un: passed; short UNSC
 *   # body: nac; North Atlantic Council; consensus; decides command: training 0, nato-sector 1
 *   # member: unsc.france; France; permanent; stance 1; wants: a central UN role
 *   # member: nac.bulgaria; Bulgaria; from 2004-03-29; stance 2; wants: to prove itself an ally
 *
 * A malformed declaration is the author's bug and is reported with the tag it came from.
 */
import { sanitize } from '../sanitize.js';
import { isTrackName } from '../sim/tracks.js';
import { type Body, type Member, memberKey, RULE_KINDS, type RuleKind, STANCE_RANGE, type Table } from './types.js';

/** A table declaration the engine cannot use; the message quotes the tag. */
export class TableDeclarationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableDeclarationError';
  }
}

/** Limits that keep a hostile story from declaring what no screen or log could hold. */
export const TABLE_LIMITS = { bodies: 20, members: 300, text: 300 } as const;

const ID = /^[a-z][a-z0-9_-]{0,39}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const clean = (s: string) => sanitize(s).trim().slice(0, TABLE_LIMITS.text);

function fail(tag: string, why: string): never {
  const shown = tag.length > 80 ? `${tag.slice(0, 77)}...` : tag;
  throw new TableDeclarationError(`table: ${why} in "# ${clean(shown)}"`);
}

function parseBody(raw: string, value: string): Body {
  const [id = '', name = '', ruleText = '', ...rest] = value.split(';').map((p) => p.trim());
  if (!ID.test(id)) fail(raw, `"${clean(id)}" is not a body id (lower-case letters, digits, - and _)`);
  if (!name) fail(raw, 'the body has no name');
  const [ruleWord = '', quotaText] = ruleText.split(/\s+/);
  if (!(RULE_KINDS as readonly string[]).includes(ruleWord)) {
    fail(raw, `the rule must be one of ${RULE_KINDS.join(', ')}`);
  }
  const rule = ruleWord as RuleKind;
  const quota = quotaText === undefined ? 0 : Number(quotaText);
  if (rule === 'vote' && !(Number.isInteger(quota) && quota >= 1)) fail(raw, 'a vote needs a quota: "vote 9"');
  const body: Body = { id, name: clean(name), short: clean(name), rule, quota, track: null, decides: {} };
  for (const part of rest) {
    const short = /^short\s+(.+)$/.exec(part);
    if (short) {
      body.short = clean(short[1] ?? '');
      continue;
    }
    const m = /^decides\s+([a-z]+)\s*(?::\s*(.*))?$/.exec(part);
    if (!m) fail(raw, `"${clean(part)}" is not understood (expected "decides TRACK: STATE BAR, ...")`);
    const track = m[1] ?? '';
    if (!isTrackName(track)) fail(raw, `"${clean(track)}" is not a track (un, invitation, command)`);
    if (rule === 'advisory') fail(raw, 'an advisory body decides nothing');
    body.track = track;
    const states = (m[2] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (rule === 'vote') {
      // A vote has one proposal, to pass; vetoed and failed are its other outcomes.
      const yes = { min: 1, max: null };
      body.decides = { passed: yes, vetoed: yes, failed: yes };
      continue;
    }
    if (states.length === 0) fail(raw, 'name the states it decides: "decides command: training 0"');
    for (const s of states) {
      const m = /^([a-z][a-z0-9_-]*)(?:\s+(at most\s+)?(-?\d+))?$/.exec(s);
      if (!m) fail(raw, `"${clean(s)}" is not "STATE", "STATE N" or "STATE at most N"`);
      const [, state = '', atMost, n] = m;
      const value = n === undefined ? (rule === 'consensus' ? 0 : 1) : Number(n);
      if (value < STANCE_RANGE.min || value > STANCE_RANGE.max) {
        fail(raw, `the bar of "${state}" must be from ${STANCE_RANGE.min} to ${STANCE_RANGE.max}`);
      }
      body.decides[state] = atMost ? { min: null, max: value } : { min: value, max: null };
    }
  }
  return body;
}

function parseMember(raw: string, value: string, bodies: ReadonlyMap<string, Body>): Member {
  const [key = '', name = '', ...rest] = value.split(';').map((p) => p.trim());
  const [bodyId = '', id = '', extra] = key.split('.');
  if (extra !== undefined || !ID.test(id)) fail(raw, `"${clean(key)}" is not BODY.MEMBER`);
  if (!bodies.has(bodyId)) fail(raw, `no body "${clean(bodyId)}" is declared before it`);
  if (!name) fail(raw, 'the member has no name');
  const member: Member = {
    body: bodyId,
    id,
    name: clean(name),
    permanent: false,
    from: null,
    until: null,
    stance: 0,
    wants: '',
  };
  for (const part of rest) {
    const [word = '', ...args] = part.split(/\s+/);
    const arg = args.join(' ');
    if (word === 'permanent') member.permanent = true;
    else if (word === 'elected') member.permanent = false;
    else if (word === 'from' || word === 'until') {
      if (!DATE.test(arg)) fail(raw, `"${clean(part)}" needs a date as YYYY-MM-DD`);
      member[word] = arg;
    } else if (word === 'stance') {
      const n = Number(arg);
      if (!Number.isInteger(n) || n < STANCE_RANGE.min || n > STANCE_RANGE.max) {
        fail(raw, `the stance must be a whole number from ${STANCE_RANGE.min} to ${STANCE_RANGE.max}`);
      }
      member.stance = n;
    } else if (word === 'wants:' || word === 'wants') member.wants = clean(arg);
    else fail(raw, `"${clean(part)}" is not understood (permanent, from, until, stance, wants:)`);
  }
  if (member.from && member.until && member.from > member.until) fail(raw, 'it leaves before it joins');
  return member;
}

/** The table declared by a story's global tags (raw, in order); empty when it declares none. */
export function tableFromTags(tags: readonly string[]): Table {
  const bodies = new Map<string, Body>();
  const members: Member[] = [];
  const keys = new Set<string>();
  for (const raw of tags) {
    const i = raw.indexOf(':');
    if (i < 0) continue;
    const key = raw.slice(0, i).trim().toLowerCase();
    const value = raw.slice(i + 1).trim();
    if (key === 'body') {
      const body = parseBody(raw, value);
      if (bodies.has(body.id)) fail(raw, `body "${body.id}" is declared twice`);
      if (bodies.size >= TABLE_LIMITS.bodies) fail(raw, `more than ${TABLE_LIMITS.bodies} bodies`);
      bodies.set(body.id, body);
    } else if (key === 'member') {
      const member = parseMember(raw, value, bodies);
      if (keys.has(memberKey(member))) fail(raw, `member "${memberKey(member)}" is declared twice`);
      if (members.length >= TABLE_LIMITS.members) fail(raw, `more than ${TABLE_LIMITS.members} members`);
      keys.add(memberKey(member));
      members.push(member);
    }
  }
  return { bodies: [...bodies.values()], members };
}

/** The stances a story starts with, by `body.member`. */
export function initialStances(table: Table): Record<string, number> {
  return Object.fromEntries(table.members.map((m) => [memberKey(m), m.stance]));
}
