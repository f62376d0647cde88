import type { StoryLabels } from '../../engine/story/labels.js';
import { MenuScreen } from '../components/MenuScreen.js';
import { formatAgo, formatTurnMonth } from '../format.js';
import type { StyledLine } from '../theme.js';
import type { ContinueInfo } from '../types.js';

export type TitleChoice = 'new' | 'continue' | 'replay' | 'plain' | 'quit';

interface Props {
  labels: StoryLabels;
  /** The game Continue picks up, or null (Continue is then shown, but greyed out). */
  latest: ContinueInfo | null;
  /** Whether "Replay a log" is offered. */
  canReplay: boolean;
  /** A problem to show under the menu (Continue failed). */
  message?: string | null;
  onChoose(choice: TitleChoice): void;
  /** For "saved 5 minutes ago". */
  now?: Date;
}

/** The title spaced out, then the story's subtitle and blurb (each left out when empty). */
function intro(labels: StoryLabels): StyledLine[] {
  const lines: StyledLine[] = [{ text: labels.title.toUpperCase().split('').join(' '), tone: 'heading' }];
  if (labels.subtitle) lines.push({ text: labels.subtitle, tone: 'dim' });
  if (labels.blurb) lines.push({ text: '', tone: 'text' }, { text: labels.blurb, tone: 'text' });
  return lines;
}

/** The first screen: new game, continue, replay a log, plain mode, quit. */
export function TitleScreen({ labels, latest, canReplay, message, onChoose, now = new Date() }: Props) {
  const choices: TitleChoice[] = ['new', 'continue', ...(canReplay ? (['replay'] as const) : []), 'plain', 'quit'];
  const detail = latest
    ? [
        labels.roles[latest.role].label,
        latest.player,
        formatTurnMonth(latest.turn, latest.month) || 'not started',
        `${latest.decisions} decision${latest.decisions === 1 ? '' : 's'}`,
        `saved ${formatAgo(latest.updatedAt, now)}`,
      ]
        .filter(Boolean)
        .join(' · ')
    : 'no unfinished game saved';
  const items: Record<TitleChoice, { label: string; detail?: string; disabled?: boolean }> = {
    new: { label: 'New game' },
    continue: { label: 'Continue', detail, disabled: !latest },
    replay: { label: 'Replay a log' },
    // Offered here too, for a player who finds the screen hard to read: no full-screen layout.
    plain: {
      label: 'Plain mode',
      detail: 'for screen readers: the story line by line, numbered choices (or: mandate play --plain)',
    },
    quit: { label: 'Quit' },
  };
  return (
    <MenuScreen
      heading="MANDATE"
      intro={intro(labels)}
      items={choices.map((c) => items[c])}
      mode="title"
      initial={latest ? choices.indexOf('continue') : 0}
      onChoose={(i) => onChoose(choices[i] ?? 'quit')}
      onBack={() => onChoose('quit')}
      message={message ? { text: message, tone: 'error' } : null}
    />
  );
}
