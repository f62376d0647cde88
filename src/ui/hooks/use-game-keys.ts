import type { Mode } from '../keys.js';
import { useGameActions, useGameState } from '../state/game-context.js';
import type { ScrollBox, ScrollMove } from '../state/game-reducer.js';

const MOVES = new Set<string>(['lineUp', 'lineDown', 'pageUp', 'pageDown', 'top', 'bottom']);

import { useCommands } from './use-commands.js';

/**
 * The keys of the game and ending screens, turned into actions. `story` is the story pane
 * (or the ending's debrief), `overlay` the open overlay, if any. In `reading` mode Enter and
 * Space read on (to `readOnTop`) and a digit only highlights its option.
 */
/** A menu the screen draws itself (the ending's): the keys move and take its items. */
export interface ScreenMenu {
  count: number;
  select(delta: number): void;
  /** Takes item `index`, or the highlighted one. */
  choose(index?: number): void;
}

export function useGameKeys(
  mode: Mode,
  story: ScrollBox,
  overlay: ScrollBox,
  readOnTop = 0,
  menu: ScreenMenu | null = null,
): void {
  const state = useGameState();
  const actions = useGameActions();
  useCommands(mode, ({ command, index }) => {
    if (state.flash) actions.flash(null);
    const move = MOVES.has(command) ? (command as ScrollMove) : null;
    if (mode === 'memo') {
      // Everything else typed belongs to the text field.
      if (command === 'back') actions.cancelMemo();
      return;
    }
    if (mode === 'confirm') {
      if (command === 'yes') actions.quit();
      else if (command === 'no') actions.close();
      return;
    }
    if (mode === 'overlay') {
      if (move) actions.overlayScroll(move, overlay);
      else if (command === 'close') actions.close();
      else if (command === 'help') actions.toggle('help');
      else if (command === 'history') actions.toggle('history');
      else if (command === 'notes') actions.toggle('notes');
      else if (command === 'table') actions.toggle('table');
      else if (command === 'glossary') actions.toggle('glossary');
      return;
    }
    if (command === 'readOn') {
      actions.scrollTo(readOnTop);
      return;
    }
    if (move) {
      actions.scroll(move, story);
      return;
    }
    const { view } = state;
    if (menu && (command === 'prev' || command === 'next' || command === 'choose' || command === 'pick')) {
      if (command === 'prev') menu.select(-1);
      else if (command === 'next') menu.select(1);
      else if (command === 'choose') menu.choose();
      else if (index !== undefined && index < menu.count) menu.choose(index);
      return;
    }
    if (mode === 'reading' && command === 'pick' && index !== undefined && index < view.choices.length) {
      actions.selectIndex(index);
      actions.flash({
        text: `Option ${index + 1} highlighted. Read on with Enter; then Enter takes it.`,
        tone: 'info',
      });
      return;
    }
    switch (command) {
      case 'prev':
        actions.select(-1);
        break;
      case 'next':
        actions.select(1);
        break;
      case 'choose':
        actions.chooseSelected();
        break;
      case 'pick':
        if (index !== undefined && index < view.choices.length) actions.choose(index);
        else {
          const n = view.choices.length;
          actions.flash({ text: `There ${n === 1 ? 'is one option' : `are ${n} options`} here.`, tone: 'info' });
        }
        break;
      case 'undo':
        actions.undo();
        break;
      case 'save':
        actions.save();
        break;
      case 'help':
        actions.toggle('help');
        break;
      case 'history':
        actions.toggle('history');
        break;
      case 'notes':
        if (view.passage.notes.length > 0) actions.toggle('notes');
        else actions.flash({ text: 'There is no historical note for this passage.', tone: 'info' });
        break;
      case 'table':
        actions.toggle('table');
        break;
      case 'glossary':
        actions.toggle('glossary');
        break;
      case 'quit':
        actions.toggle('quit');
        break;
      case 'back':
        // Back from the ending: what the menu's last item does (the title screen, or quit).
        if (menu) menu.choose(menu.count - 1);
        else actions.quit();
        break;
    }
  });
}
