import { Box, Text } from 'ink';
import type { Role } from '../engine/session.js';
import { Choices } from './components/Choices.js';
import { ROLE_GOALS, ROLE_LABELS } from './format.js';

interface Props {
  onPick(role: Role): void;
}

const ROLES: Role[] = ['us', 'nato'];

/** Asks whose desk the player takes, with one line on what each role wants. */
export function RolePicker({ onPick }: Props) {
  return (
    <Box flexDirection="column">
      <Text bold>Mandate — August 2003. Whose desk is yours?</Text>
      <Box marginTop={1}>
        <Choices
          options={ROLES.map((r) => `${ROLE_LABELS[r]}: ${ROLE_GOALS[r]}`)}
          onChoose={(i) => onPick(ROLES[i] ?? 'us')}
        />
      </Box>
    </Box>
  );
}
