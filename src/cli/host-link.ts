/**
 * A student's link to the class host (`mandate join`): after every decision the game's log,
 * as saved on the student's machine, is sent to the host. Sending never holds the game up:
 * while the host cannot be reached the game goes on, and the latest log is sent again, with a
 * growing pause, until the host has it. Only the latest log matters: it holds every decision.
 */

import type { Role } from '../engine/session.js';

export type LinkStatus = 'sent' | 'unreachable' | 'refused';

export interface HostGame {
  base: string;
  code: string;
  id: string;
  secret: string;
}

/** A desk as the host's /api/join gives it, for a class game and for a pair's desk alike. */
export interface JoinedDesk {
  id: string;
  secret: string;
  player: string;
  role: Role;
  seed: number;
  scenario: string;
  memos: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class HostRefusedError extends Error {}

/** One request to the host; throws HostRefusedError for a 4xx (sending again will not help). */
export async function hostRequest(
  base: string,
  path: string,
  init: { method: string; body?: unknown; headers?: Record<string, string> },
  timeout = 5000,
): Promise<unknown> {
  // globalThis.fetch: the bundle defines the bare name away (scripts/build.ts, for Ink's start-up).
  const res = await globalThis.fetch(new URL(path, base), {
    method: init.method,
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    signal: AbortSignal.timeout(timeout),
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: the status says enough.
  }
  if (res.status >= 400 && res.status < 500) {
    const error = (data as { error?: unknown } | null)?.error;
    throw new HostRefusedError(typeof error === 'string' ? error : `the host refused (${res.status})`);
  }
  if (!res.ok) throw new Error(`the host answered ${res.status}`);
  return data;
}

export class HostLink {
  private pending: string | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  status: LinkStatus = 'sent';
  problem: string | null = null;

  constructor(
    private readonly game: HostGame,
    private readonly onStatus: (status: LinkStatus, problem: string | null) => void = () => {},
  ) {}

  /** Sends this log text (the latest wins over any not yet sent). */
  send(text: string): void {
    this.pending = text;
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  /** Whether the host has the latest log; waits for it at most `ms` milliseconds. */
  async flush(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.pending !== null && this.status !== 'refused' && Date.now() < deadline) await sleep(50);
    return this.pending === null && this.status === 'sent';
  }

  close(): void {
    this.closed = true;
  }

  private set(status: LinkStatus, problem: string | null) {
    if (status !== this.status || problem !== this.problem) {
      this.status = status;
      this.problem = problem;
      this.onStatus(status, problem);
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.pending !== null && !this.closed) {
      const text = this.pending;
      try {
        await hostRequest(this.game.base, `/api/games/${this.game.id}/log`, {
          method: 'PUT',
          body: text,
          headers: { 'x-mandate-code': this.game.code, authorization: `Bearer ${this.game.secret}` },
        });
        if (this.pending === text) this.pending = null;
        failures = 0;
        this.set('sent', null);
      } catch (e) {
        if (e instanceof HostRefusedError) {
          this.set('refused', e.message);
          if (this.pending === text) this.pending = null;
          return;
        }
        failures++;
        this.set('unreachable', null);
        await sleep(Math.min(5000, 250 * 2 ** Math.min(failures, 5)));
      }
    }
  }
}
