/**
 * The class host's HTTP server (node:http: a handful of JSON routes need no framework). Students
 * join with the class code and send their game's log after every decision; the teacher's
 * dashboard (dashboard-page.ts) reads the class with the teacher token and follows it live by
 * server-sent events (one-way pushes, which a browser's EventSource keeps open and reconnects
 * without any library). Every request is refused with a 4xx before anything is written unless
 * it comes from the local network, fits the size limit, is JSON that passes its schema, and
 * carries the class code (students, plus their game's secret) or the teacher token.
 */
import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DecisionLog } from '../engine/log-schema.js';
import { parseLog } from '../engine/log-schema.js';
import type { Role } from '../engine/session.js';
import { type GameEntry, writeGameLogAsync } from '../storage/class-folder.js';
import { type ClassState, type GameSummary, secretMatches, sha256 } from './class-state.js';
import { DASHBOARD_HTML, DASHBOARD_JS } from './dashboard-page.js';
import { cableRequest, joinRequest, MAX_BODY_BYTES, moveRequest } from './messages.js';
import { isLocalAddress } from './network.js';
import { PairConflict, type Pairs } from './pairs.js';

export interface HostServerOptions {
  state: ClassState;
  /** The class report over the folder, as an HTML page (for the dashboard's link). */
  report(): Promise<string>;
  /** Seed of a new game when the class has none. */
  seed?: () => number;
  /** Linked pairs (pairs.ts); without it, a join with a pair name is refused. */
  pairs?: Pairs;
  /** Accepts requests from any address (tests on a machine without a local network do not need it). */
  anyAddress?: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DASHBOARDS = 50;

/** Reads a JSON body of at most MAX_BODY_BYTES. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'send JSON (Content-Type: application/json)');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export class HostServer {
  readonly server: Server;
  private readonly streams = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;
  /** Each game's writes, one after another. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly options: HostServerOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        const status = e instanceof HttpError ? e.status : 500;
        const message = e instanceof HttpError ? e.message : 'the host failed to handle the request';
        if (!res.headersSent) send(res, status, { error: message });
        else res.end();
        // A refused body is not read to its end: close, so a client cannot keep sending.
        if (status === 413) req.destroy();
      });
    });
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 30_000;
    this.keepAlive = setInterval(() => {
      for (const s of this.streams) s.write(': still here\n\n');
    }, 15_000);
    this.keepAlive.unref();
  }

  get state(): ClassState {
    return this.options.state;
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve(this.server.address() as AddressInfo));
    });
  }

  close(): Promise<void> {
    clearInterval(this.keepAlive);
    for (const s of this.streams) s.end();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.options.anyAddress && !isLocalAddress(req.socket.remoteAddress)) {
      throw new HttpError(403, 'this host answers the local network only');
    }
    const url = new URL(req.url ?? '/', 'http://host');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'POST' && path === '/api/join') return this.join(req, res);
    const pair = /^\/api\/pairs\/([^/]+)(\/move|\/cable|\/desk)?$/.exec(path);
    if (pair) return this.pair(req, res, url, decodeURIComponent(pair[1]!), pair[2] ?? '');
    const game = /^\/api\/games\/([^/]+)(\/log|\/ping)?$/.exec(path);
    if (game) return this.game(req, res, decodeURIComponent(game[1]!), game[2] ?? '');
    if (method === 'GET' && path === '/dashboard') return this.page(res, url, DASHBOARD_HTML, 'text/html');
    if (method === 'GET' && path === '/dashboard.js')
      return this.page(res, url, DASHBOARD_JS, 'text/javascript', false);
    if (method === 'GET' && path === '/favicon.ico') {
      // Browsers ask for one; there is none, and that is not an error.
      res.writeHead(204).end();
      return;
    }
    if (method === 'GET' && path === '/api/state') {
      this.teacher(url);
      return send(res, 200, this.snapshot());
    }
    if (method === 'GET' && path === '/api/events') return this.events(req, res, url);
    if (method === 'GET' && path === '/api/report') {
      this.teacher(url);
      const html = await this.options.report();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    throw new HttpError(404, 'no such page');
  }

  /** The teacher's token, from `?token=`; refused unless it is the class's. */
  private teacher(url: URL): void {
    const token = url.searchParams.get('token');
    if (!token) throw new HttpError(401, 'the dashboard needs the teacher token (?token=…)');
    if (!secretMatches(token, sha256(this.state.record.token))) throw new HttpError(403, 'wrong teacher token');
  }

  /** The class code, from the student's request; refused unless it is the class's. */
  private code(given: string | undefined): void {
    if (!given) throw new HttpError(401, 'the class code is missing');
    if (given.trim().toUpperCase() !== this.state.record.code) throw new HttpError(403, 'wrong class code');
  }

  private page(res: ServerResponse, url: URL, body: string, type: string, needsToken = true): void {
    if (needsToken) this.teacher(url);
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
      // The page loads nothing from anywhere else.
      'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'",
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
  }

  private async join(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    const parsed = joinRequest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new HttpError(400, `${issue?.path.join('.') || 'the request'}: ${issue?.message ?? 'not a join request'}`);
    }
    this.code(parsed.data.code);
    const record = this.state.record;
    const seedOf = () => record.seed ?? this.options.seed?.() ?? randomInt(0, 2 ** 31 - 1);
    if (parsed.data.pair || record.hostPairs) {
      const pairs = this.options.pairs;
      if (!pairs) throw new HttpError(400, 'this class has no linked pairs');
      let seated: ReturnType<Pairs['join']>;
      try {
        seated = pairs.join(parsed.data.pair ?? null, parsed.data.player, parsed.data.role, seedOf);
      } catch (e) {
        if (e instanceof PairConflict) throw new HttpError(409, e.message);
        throw e;
      }
      const { room, role, secret } = seated;
      for (const s of pairs.summaries(room)) this.broadcast(s);
      return send(res, 200, { pair: { ...pairs.seat(room, role), secret }, class: { name: record.name } });
    }
    const role: Role = parsed.data.role ?? this.state.nextRole();
    const seed = seedOf();
    const { entry, secret } = this.state.join(parsed.data.player, role, seed);
    this.broadcast(this.state.summaries.get(entry.id)!);
    send(res, 200, {
      game: { id: entry.id, secret, player: entry.player, role, seed, scenario: record.scenario, memos: record.memos },
      class: { name: record.name },
    });
  }

  private async game(req: IncomingMessage, res: ServerResponse, id: string, action: string): Promise<void> {
    const method = req.method ?? 'GET';
    const allowed = action === '/log' ? 'PUT' : action === '/ping' ? 'POST' : 'GET';
    if (method !== allowed) throw new HttpError(405, `use ${allowed} here`);
    this.code(req.headers['x-mandate-code'] as string | undefined);
    const secret = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!secret) throw new HttpError(401, "the game's secret is missing");
    const entry = this.state.entry(id);
    // The same answer for a game that does not exist and one that is not yours: ids are not to be probed.
    if (!entry || !secretMatches(secret, entry.secretHash)) throw new HttpError(403, 'not your game');
    if (action === '') {
      const log = this.state.logs.get(id);
      return send(res, 200, { id, decisions: log?.decisions.length ?? 0, status: log?.status ?? 'joined' });
    }
    if (action === '/ping') {
      const s = this.state.saw(id);
      if (s) this.broadcast(s);
      return send(res, 200, { ok: true });
    }
    const parsed = parseLog(await readJson(req));
    if (!parsed.ok) throw new HttpError(400, parsed.problem);
    const log = parsed.log;
    if (log.role !== entry.role || log.seed !== entry.seed || log.player !== entry.player) {
      throw new HttpError(409, 'this log is of another game (role, seed or player differ)');
    }
    if (log.scenario.id !== this.state.record.scenario && !this.state.record.scenario.endsWith('.json')) {
      throw new HttpError(409, `this class plays the scenario ${this.state.record.scenario}`);
    }
    // One write at a time per game, in the order the logs arrived: a later log never lands first.
    const queued = this.queues.get(id) ?? Promise.resolve();
    const turn = queued.then(() => this.store(res, entry, log));
    this.queues.set(
      id,
      turn.catch(() => {}),
    );
    await turn;
  }

  /** Stores a game's log (if it adds to what the host has) and tells the dashboards. */
  private async store(res: ServerResponse, entry: GameEntry, log: DecisionLog): Promise<void> {
    const id = entry.id;
    const before = this.state.logs.get(id);
    if (before) {
      // A resend of an older save (the network held it back) never replaces a newer one.
      if (log.decisions.length < before.decisions.length) {
        this.state.saw(id);
        return send(res, 200, { id, decisions: before.decisions.length });
      }
      const rewritten = before.decisions.findIndex(
        (d, i) => d.text !== log.decisions[i]?.text || d.index !== log.decisions[i]?.index,
      );
      if (rewritten >= 0 || before.createdAt !== log.createdAt) {
        throw new HttpError(409, `this log changes decision ${rewritten + 1} the host already has`);
      }
    }
    await writeGameLogAsync(this.state.folder, id, `${JSON.stringify(log, null, 2)}\n`);
    const summary = this.state.stored(entry, log);
    this.broadcast(summary);
    send(res, 200, { id, decisions: log.decisions.length });
  }

  /**
   * A desk of a linked pair: the moves so far (GET), a move or a cable (POST), and the desk
   * itself (GET /desk: a student who comes back, known by the desk's secret alone).
   */
  private async pair(req: IncomingMessage, res: ServerResponse, url: URL, id: string, action: string): Promise<void> {
    const method = req.method ?? 'GET';
    const allowed = action === '' || action === '/desk' ? 'GET' : 'POST';
    if (method !== allowed) throw new HttpError(405, `use ${allowed} here`);
    this.code(req.headers['x-mandate-code'] as string | undefined);
    const secret = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!secret) throw new HttpError(401, "the desk's secret is missing");
    const pairs = this.options.pairs;
    const desk = pairs?.desk(id, secret);
    if (!pairs || !desk) throw new HttpError(403, 'not your pair');
    const { room, role } = desk;
    if (action === '/desk' || (desk.stale && action === '')) for (const s of pairs.summaries(room)) this.broadcast(s);
    if (action === '/desk')
      return send(res, 200, { pair: pairs.seat(room, role), class: { name: this.state.record.name } });
    if (action === '') {
      const after = Number(url.searchParams.get('after') ?? 0);
      if (!Number.isInteger(after) || after < 0) throw new HttpError(400, 'after: a whole number');
      return send(res, 200, { role, ...pairs.since(room, after) });
    }
    const body = await readJson(req);
    try {
      if (action === '/move') {
        const m = moveRequest.safeParse(body);
        if (!m.success) throw new HttpError(400, `move: ${m.error.issues[0]?.message ?? 'not a move'}`);
        pairs.move(room, role, m.data.index, m.data.mine, m.data.reason);
      } else {
        const c = cableRequest.safeParse(body);
        if (!c.success) throw new HttpError(400, `cable: ${c.error.issues[0]?.message ?? 'not a cable'}`);
        pairs.cable(room, role, c.data.text, c.data.mine);
      }
    } catch (e) {
      if (e instanceof PairConflict) throw new HttpError(409, e.message);
      throw e;
    }
    for (const s of pairs.summaries(room)) this.broadcast(s);
    send(res, 200, { role, ...pairs.since(room, Number(url.searchParams.get('after') ?? 0) || 0) });
  }

  private events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    this.teacher(url);
    if (this.streams.size >= MAX_DASHBOARDS) throw new HttpError(429, 'too many dashboards open');
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(`event: state\ndata: ${JSON.stringify(this.snapshot())}\n\n`);
    this.streams.add(res);
    req.on('close', () => this.streams.delete(res));
  }

  private snapshot() {
    const desks = [...(this.options.pairs?.rooms.values() ?? [])].flatMap((r) => this.options.pairs!.summaries(r));
    return { class: this.state.record.name, now: Date.now(), games: [...this.state.summaries.values(), ...desks] };
  }

  private broadcast(summary: GameSummary): void {
    const text = `event: game\ndata: ${JSON.stringify({ now: Date.now(), game: summary })}\n\n`;
    for (const s of this.streams) s.write(text);
  }
}
