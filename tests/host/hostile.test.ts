/**
 * Nobody let in: a table of hostile requests to the class host, each refused with a 4xx and
 * none changing a file in the host's folder; and the address check that keeps the host to the
 * local network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalAddress } from '../../src/host/network.js';
import { folderSnapshot, startHost, studentLog } from './fixtures.js';

let ctx: Awaited<ReturnType<typeof startHost>>;
let ann: { id: string; secret: string };
let bo: { id: string; secret: string };
/** A desk of each of two linked pairs. */
let dee: { id: string; secret: string };
let fay: { id: string; secret: string };

async function call(path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${ctx.base}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body,
  });
  return { status: res.status, text: await res.text() };
}

const join = async (player: string) => {
  const r = await call('/api/join', { method: 'POST', body: JSON.stringify({ code: ctx.record.code, player }) });
  expect(r.status).toBe(200);
  return (JSON.parse(r.text) as { game: { id: string; secret: string } }).game;
};

beforeAll(async () => {
  ctx = await startHost(5);
  ann = await join('Ann');
  bo = await join('Bo');
  const seat = async (player: string, pair: string) => {
    const r = await call('/api/join', {
      method: 'POST',
      body: JSON.stringify({ code: ctx.record.code, player, pair }),
    });
    expect(r.status).toBe(200);
    return (JSON.parse(r.text) as { pair: { id: string; secret: string } }).pair;
  };
  dee = await seat('Dee', 'table 4');
  fay = await seat('Fay', 'table 5');
  // Ann's game holds two decisions already: a refused request must leave them as they are.
  const log = studentLog('Ann', 'us', 5, 2);
  const r = await call(`/api/games/${ann.id}/log`, {
    method: 'PUT',
    body: JSON.stringify(log),
    headers: { 'x-mandate-code': ctx.record.code, authorization: `Bearer ${ann.secret}` },
  });
  expect(r.status).toBe(200);
});
afterAll(() => ctx.host.close());

const asAnn = () => ({ 'x-mandate-code': ctx.record.code, authorization: `Bearer ${ann.secret}` });
const asDee = () => ({ 'x-mandate-code': ctx.record.code, authorization: `Bearer ${dee.secret}` });
const annLog = (n = 3) => JSON.stringify(studentLog('Ann', 'us', 5, n));

const HOSTILE: [string, () => Parameters<typeof call>, number][] = [
  ['join without a class code', () => ['/api/join', { method: 'POST', body: '{"player":"Eve"}' }], 400],
  [
    'join with the wrong class code',
    () => ['/api/join', { method: 'POST', body: '{"code":"AAAAAA","player":"Eve"}' }],
    403,
  ],
  [
    'send a log without the class code',
    () => [
      `/api/games/${ann.id}/log`,
      { method: 'PUT', body: annLog(), headers: { authorization: `Bearer ${ann.secret}` } },
    ],
    401,
  ],
  [
    'send a log with the wrong class code',
    () => [
      `/api/games/${ann.id}/log`,
      { method: 'PUT', body: annLog(), headers: { ...asAnn(), 'x-mandate-code': 'ZZZZZZ' } },
    ],
    403,
  ],
  [
    'send a log without the game secret',
    () => [
      `/api/games/${ann.id}/log`,
      { method: 'PUT', body: annLog(), headers: { 'x-mandate-code': ctx.record.code } },
    ],
    401,
  ],
  ['open the dashboard without the token', () => ['/dashboard', {}], 401],
  ['read the class with the wrong token', () => ['/api/state?token=not-the-token-at-all-000', {}], 403],
  ['follow the class with the wrong token', () => ['/api/events?token=not-the-token-at-all-000', {}], 403],
  ['read the report with the wrong token', () => ['/api/report?token=x', {}], 403],
  [
    'send an oversized body',
    () => [
      `/api/games/${ann.id}/log`,
      { method: 'PUT', body: `{"x":"${'a'.repeat(3 * 1024 * 1024)}"}`, headers: asAnn() },
    ],
    413,
  ],
  [
    'send malformed JSON',
    () => [`/api/games/${ann.id}/log`, { method: 'PUT', body: '{"format": "mandate-log", ', headers: asAnn() }],
    400,
  ],
  [
    'send something that is not a log',
    () => [
      `/api/games/${ann.id}/log`,
      { method: 'PUT', body: '{"format":"mandate-log","version":2}', headers: asAnn() },
    ],
    400,
  ],
  [
    'send a log that is not JSON by its type',
    () => [
      `/api/games/${ann.id}/log`,
      { method: 'PUT', body: annLog(), headers: { ...asAnn(), 'content-type': 'text/plain' } },
    ],
    415,
  ],
  [
    'join with a player name that is a path',
    () => [
      '/api/join',
      { method: 'POST', body: JSON.stringify({ code: ctx.record.code, player: '../../etc/passwd' }) },
    ],
    400,
  ],
  [
    'join with a player name with a slash',
    () => ['/api/join', { method: 'POST', body: JSON.stringify({ code: ctx.record.code, player: 'ann/../../x' }) }],
    400,
  ],
  [
    'join with a player name of dots',
    () => ['/api/join', { method: 'POST', body: JSON.stringify({ code: ctx.record.code, player: '..' }) }],
    400,
  ],
  [
    'join with a control character in the name',
    () => ['/api/join', { method: 'POST', body: JSON.stringify({ code: ctx.record.code, player: 'Ann\u001b[2J' }) }],
    400,
  ],
  [
    "overwrite another student's game with one's own secret",
    () => [`/api/games/${bo.id}/log`, { method: 'PUT', body: annLog(), headers: asAnn() }],
    403,
  ],
  ["read another student's game with one's own secret", () => [`/api/games/${bo.id}`, { headers: asAnn() }], 403],
  [
    'name a game id that is a path',
    () => [`/api/games/..%2F..%2Fclass/log`, { method: 'PUT', body: annLog(), headers: asAnn() }],
    403,
  ],
  [
    'send the log of another player under one’s own game',
    () => [
      `/api/games/${ann.id}/log`,
      { method: 'PUT', body: JSON.stringify(studentLog('Bo', 'us', 5, 3)), headers: asAnn() },
    ],
    409,
  ],
  [
    'rewrite a decision the host already has',
    () => [`/api/games/${ann.id}/log`, { method: 'PUT', body: JSON.stringify(rewritten()), headers: asAnn() }],
    409,
  ],
  ["read another pair's game with one's own desk secret", () => [`/api/pairs/${fay.id}`, { headers: asDee() }], 403],
  [
    "move in another pair's game",
    () => [`/api/pairs/${fay.id}/move`, { method: 'POST', body: '{"index":0,"mine":0}', headers: asDee() }],
    403,
  ],
  [
    "cable into another pair's game",
    () => [`/api/pairs/${fay.id}/cable`, { method: 'POST', body: '{"text":"hi","mine":0}', headers: asDee() }],
    403,
  ],
  [
    'move in a pair with a student’s game secret',
    () => [`/api/pairs/${dee.id}/move`, { method: 'POST', body: '{"index":0,"mine":0}', headers: asAnn() }],
    403,
  ],
  [
    'send a cable past 500 characters',
    () => [
      `/api/pairs/${dee.id}/cable`,
      { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(501), mine: 0 }), headers: asDee() },
    ],
    400,
  ],
  [
    'send a move that is not one',
    () => [`/api/pairs/${dee.id}/move`, { method: 'POST', body: '{"index":"../x","mine":0}', headers: asDee() }],
    400,
  ],
  [
    'take an option that is not on offer',
    () => [`/api/pairs/${dee.id}/move`, { method: 'POST', body: '{"index":99,"mine":0}', headers: asDee() }],
    409,
  ],
  [
    "take another pair's desk back with one's own desk secret",
    () => [`/api/pairs/${fay.id}/desk`, { headers: asDee() }],
    403,
  ],
  [
    'take a desk back without its secret',
    () => [`/api/pairs/${dee.id}/desk`, { headers: { 'x-mandate-code': ctx.record.code } }],
    401,
  ],
  [
    'take a desk back with the wrong class code',
    () => [`/api/pairs/${dee.id}/desk`, { headers: { ...asDee(), 'x-mandate-code': 'ZZZZZZ' } }],
    403,
  ],
  [
    "join a pair by the name of a student seated in it (Dee's desk, without its secret)",
    () => [
      '/api/join',
      { method: 'POST', body: JSON.stringify({ code: ctx.record.code, player: 'DEE', pair: 'Table 4' }) },
    ],
    409,
  ],
  [
    'join a pair with a name that is a path',
    () => [
      '/api/join',
      { method: 'POST', body: JSON.stringify({ code: ctx.record.code, player: 'Gil', pair: '../games' }) },
    ],
    400,
  ],
  [
    'use a method the route does not take',
    () => [`/api/games/${ann.id}/log`, { method: 'DELETE', headers: asAnn() }],
    405,
  ],
  ['ask for a page that does not exist', () => ['/../../etc/passwd', {}], 404],
];

/** Ann's log with its first decision changed to another option. */
function rewritten() {
  const log = studentLog('Ann', 'us', 5, 3);
  const d = log.decisions[0]!;
  d.index = 1;
  d.text = d.options[1]!;
  return log;
}

describe('hostile requests to the class host', () => {
  it.each(HOSTILE)('%s: refused (4xx), and no file changes', async (_what, request, status) => {
    const before = folderSnapshot(ctx.folder);
    const r = await call(...request());
    expect(r.status).toBe(status);
    expect(folderSnapshot(ctx.folder)).toEqual(before);
  });

  it('takes the same student’s next decision (the table above refuses nothing it should take)', async () => {
    const r = await call(`/api/games/${ann.id}/log`, { method: 'PUT', body: annLog(3), headers: asAnn() });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({ decisions: 3 });
  });

  it('gives a desk back to its own secret: its pair and desk, and no secret in the answer', async () => {
    const r = await call(`/api/pairs/${dee.id}/desk`, { headers: asDee() });
    expect(r.status).toBe(200);
    const { pair } = JSON.parse(r.text) as { pair: Record<string, unknown> };
    expect(pair).toMatchObject({ id: dee.id, name: 'table 4', player: 'Dee', role: 'us', seed: 5, scenario: 'short' });
    expect(pair).not.toHaveProperty('secret');
  });
});

describe('the local network', () => {
  it.each([
    ['127.0.0.1', true],
    ['::ffff:192.168.1.20', true],
    ['10.0.3.4', true],
    ['172.20.0.1', true],
    ['fe80::1', true],
    ['::1', true],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['2001:db8::1', false],
    ['', false],
  ])('%s is local: %s', (address, local) => {
    expect(isLocalAddress(address)).toBe(local);
  });
});
