import type { Scenario } from '../../engine/scenario.js';
import type { Role } from '../../engine/session.js';
import type { StoryLabels } from '../../engine/story/labels.js';
import { MenuScreen } from '../components/MenuScreen.js';

interface Props {
  labels: StoryLabels;
  role: Role;
  scenarios: readonly Scenario[];
  onPick(scenario: Scenario): void;
  onBack(): void;
}

/** Which scenario to play: the full campaign or the one-lesson version. */
export function ScenarioScreen({ labels, role, scenarios, onPick, onBack }: Props) {
  return (
    <MenuScreen
      heading={`MANDATE · New game · ${labels.roles[role].label}`}
      intro={[{ text: 'How long a game?', tone: 'heading' }]}
      items={scenarios.map((s) => ({
        label: s.title,
        detail: `up to ${s.turns} turns · ${s.undo ? 'undo allowed' : 'no undo'}`,
      }))}
      mode="menu"
      onChoose={(i) => {
        const s = scenarios[i];
        if (s) onPick(s);
      }}
      onBack={onBack}
    />
  );
}
