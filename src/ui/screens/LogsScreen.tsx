import { basename } from 'node:path';
import type { StoryLabels } from '../../engine/story/labels.js';
import { MenuScreen } from '../components/MenuScreen.js';
import { formatAgo, formatTurnMonth } from '../format.js';
import type { LogInfo } from '../types.js';

/** At most this many logs are listed: one per digit key. */
export const MAX_LOGS = 9;

interface Props {
  labels: StoryLabels;
  logs: readonly LogInfo[];
  onPick(file: string): void;
  onBack(): void;
  /** A problem to show under the list (a log that cannot be replayed). */
  message?: string;
  now?: Date;
}

/** The saved games, newest first, to pick one to replay. */
export function LogsScreen({ labels, logs, onPick, onBack, message, now = new Date() }: Props) {
  const shown = logs.slice(0, MAX_LOGS);
  const intro =
    logs.length === 0
      ? 'There are no saved games yet. Play one first, or replay a file with: mandate replay FILE'
      : logs.length > MAX_LOGS
        ? `The ${MAX_LOGS} newest of ${logs.length} saved games. For the others: mandate replay FILE`
        : 'Pick a saved game to step through it.';
  return (
    <MenuScreen
      heading="MANDATE · Replay a log"
      intro={[{ text: intro, tone: 'text' }]}
      items={shown.map((l) => ({
        label: `${labels.roles[l.role].label} · ${l.status === 'ended' ? (l.ending ?? 'ended') : `in progress, ${formatTurnMonth(l.turn, l.month) || 'not started'}`}`,
        detail: [l.player, `${l.decisions} decisions`, formatAgo(l.updatedAt, now), basename(l.file)]
          .filter(Boolean)
          .join(' · '),
      }))}
      mode="menu"
      onChoose={(i) => {
        const l = shown[i];
        if (l) onPick(l.file);
      }}
      onBack={onBack}
      message={message ? { text: message, tone: 'error' } : null}
    />
  );
}
