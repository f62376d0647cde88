import { ROLES, type Role } from '../../engine/session.js';
import { MenuScreen } from '../components/MenuScreen.js';
import { ROLE_GOALS, ROLE_LABELS } from '../format.js';

interface Props {
  onPick(role: Role): void;
  /** q or Esc. */
  onBack(): void;
  /** `title` when this is the first screen (q quits), `menu` after the title screen. */
  mode?: 'title' | 'menu';
}

/** Whose desk the player takes, with one line on what each role wants. */
export function RoleScreen({ onPick, onBack, mode = 'menu' }: Props) {
  return (
    <MenuScreen
      heading="MANDATE · New game"
      intro={[{ text: 'August 2003. Whose desk is yours?', tone: 'heading' }]}
      items={ROLES.map((r) => ({ label: ROLE_LABELS[r], detail: ROLE_GOALS[r] }))}
      mode={mode}
      onChoose={(i) => onPick(ROLES[i] ?? 'us')}
      onBack={onBack}
    />
  );
}
