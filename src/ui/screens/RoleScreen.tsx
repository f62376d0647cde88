import { ROLES, type Role } from '../../engine/session.js';
import type { StoryLabels } from '../../engine/story/labels.js';
import { MenuScreen } from '../components/MenuScreen.js';

interface Props {
  labels: StoryLabels;
  onPick(role: Role): void;
  /** q or Esc. */
  onBack(): void;
  /** `title` when this is the first screen (q quits), `menu` after the title screen. */
  mode?: 'title' | 'menu';
}

/** Whose desk the player takes, with one line on what each role wants. */
export function RoleScreen({ labels, onPick, onBack, mode = 'menu' }: Props) {
  return (
    <MenuScreen
      heading="MANDATE · New game"
      intro={[{ text: labels.rolePrompt, tone: 'heading' }]}
      items={ROLES.map((r) => ({ label: labels.roles[r].label, detail: labels.roles[r].goal || undefined }))}
      mode={mode}
      onChoose={(i) => onPick(ROLES[i] ?? 'us')}
      onBack={onBack}
    />
  );
}
