/** Ink's flags for a key, as the key table reads them: none set, or the ones given. */
import type { KeyPress } from '../../../src/ui/keys.js';

export const NO_FLAGS: KeyPress = {
  upArrow: false,
  downArrow: false,
  pageUp: false,
  pageDown: false,
  return: false,
  escape: false,
  ctrl: false,
};

export const keyPress = (flags: Partial<KeyPress>): KeyPress => ({ ...NO_FLAGS, ...flags });
