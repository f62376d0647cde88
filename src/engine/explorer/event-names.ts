/**
 * The optional events a story asks about (`event_on("name")` with a literal name): the names a
 * scenario file may switch on or off. Read from the compiled story without playing it.
 */
import { ParsedStory } from '../story/runtime.js';
import { readStoryTree } from './story-tree.js';

export function storyEventNames(json: string | object | ParsedStory): string[] {
  const story = json instanceof ParsedStory ? json : new ParsedStory(json);
  return [...readStoryTree(story.content).eventNames].sort();
}
