/** Starts the terminal UI for a new game and resolves with the exit code when it closes. */
import { render } from 'ink';
import { useState } from 'react';
import type { Scenario } from '../engine/scenario.js';
import type { GameSession, Role } from '../engine/session.js';
import { App } from './App.js';
import { RolePicker } from './RolePicker.js';

export interface GameUIOptions {
  role?: Role;
  /** Creates the session once the role is known. */
  start(role: Role): GameSession;
  onDecision?(session: GameSession): void;
}

function Root({ role, start, onDecision }: GameUIOptions) {
  const [session, setSession] = useState<GameSession | null>(() => (role ? start(role) : null));
  if (!session) return <RolePicker onPick={(r) => setSession(start(r))} />;
  return <App session={session} onDecision={onDecision} />;
}

export async function runGameUI(options: GameUIOptions & { scenario?: Scenario }): Promise<number> {
  const instance = render(<Root {...options} />, { exitOnCtrlC: false });
  await instance.waitUntilExit();
  return 0;
}
