import type { Command, Mode } from '../keys.js';
import { useGameActions, useGameState } from '../state/game-context.js';
import { clampTop } from '../state/game-reducer.js';
import { useCommands } from './use-commands.js';

/** A scrolled block: its first visible line, how many lines it has, and how many show. */
export interface ScrollBox {
  top: number;
  total: number;
  height: number;
}

const SCROLLS: Partial<Record<Command, (box: ScrollBox) => number>> = {
  lineUp: (b) => b.top - 1,
  lineDown: (b) => b.top + 1,
  pageUp: (b) => b.top - Math.max(1, b.height - 1),
  pageDown: (b) => b.top + Math.max(1, b.height - 1),
  top: () => 0,
  bottom: (b) => b.total,
};

/**
 * The keys of the game and ending screens, turned into actions. `story` is the story pane
 * (or the ending's debrief), `overlay` the open overlay, if any.
 */
export function useGameKeys(mode: Mode, story: ScrollBox, overlay: ScrollBox): void {
  const state = useGameState();
  const actions = useGameActions();
  useCommands(mode, ({ command, index }) => {
    if (state.flash) actions.flash(null);
    const scroll = SCROLLS[command];
    if (mode === 'confirm') {
      if (command === 'yes') actions.quit();
      else if (command === 'no') actions.close();
      return;
    }
    if (mode === 'overlay') {
      if (scroll) actions.overlayScrollTo(clampTop(scroll(overlay), overlay.total, overlay.height));
      else if (command === 'close') actions.close();
      else if (command === 'help') actions.toggle('help');
      else if (command === 'history') actions.toggle('history');
      else if (command === 'notes') actions.toggle('notes');
      return;
    }
    if (scroll) {
      actions.scrollTo(clampTop(scroll(story), story.total, story.height));
      return;
    }
    const { view } = state;
    switch (command) {
      case 'prev':
        actions.select(-1);
        break;
      case 'next':
        actions.select(1);
        break;
      case 'choose':
        actions.choose(state.selected);
        break;
      case 'pick':
        if (index !== undefined && index < view.choices.length) actions.choose(index);
        else
          actions.flash({
            text: `There ${view.choices.length === 1 ? 'is one option' : `are ${view.choices.length} options`} here.`,
            tone: 'info',
          });
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
      case 'quit':
        if (mode === 'ending') actions.quit();
        else actions.toggle('quit');
        break;
    }
  });
}
