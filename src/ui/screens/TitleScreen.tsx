import { MenuScreen } from '../components/MenuScreen.js';
import { formatAgo, formatTurnMonth, ROLE_LABELS } from '../format.js';
import type { StyledLine } from '../theme.js';
import type { ContinueInfo } from '../types.js';

export type TitleChoice = 'new' | 'continue' | 'replay' | 'quit';

interface Props {
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

const INTRO: StyledLine[] = [
  { text: 'M A N D A T E', tone: 'heading' },
  { text: 'NATO, the UN and post-war Iraq · August 2003 to June 2004', tone: 'dim' },
  { text: '', tone: 'text' },
  {
    text: 'Washington wants NATO to share the burden in Iraq. Paris, Berlin and Brussels name their price: a UN mandate, an invitation from an Iraqi body, and a role apart from the occupation. Negotiate it, month by month.',
    tone: 'text',
  },
];

/** The first screen: new game, continue, replay a log, quit. */
export function TitleScreen({ latest, canReplay, message, onChoose, now = new Date() }: Props) {
  const choices: TitleChoice[] = ['new', 'continue', ...(canReplay ? (['replay'] as const) : []), 'quit'];
  const detail = latest
    ? [
        ROLE_LABELS[latest.role],
        latest.player,
        formatTurnMonth(latest.turn, latest.month) || 'not started',
        `${latest.decisions} decision${latest.decisions === 1 ? '' : 's'}`,
        `saved ${formatAgo(latest.updatedAt, now)}`,
      ]
        .filter(Boolean)
        .join(' · ')
    : 'no unfinished game saved';
  const labels: Record<TitleChoice, { label: string; detail?: string; disabled?: boolean }> = {
    new: { label: 'New game' },
    continue: { label: 'Continue', detail, disabled: !latest },
    replay: { label: 'Replay a log' },
    quit: { label: 'Quit' },
  };
  return (
    <MenuScreen
      heading="MANDATE"
      intro={INTRO}
      items={choices.map((c) => labels[c])}
      mode="title"
      onChoose={(i) => onChoose(choices[i] ?? 'quit')}
      onBack={() => onChoose('quit')}
      message={message ? { text: message, tone: 'error' } : null}
    />
  );
}
