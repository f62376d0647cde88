/** Which story to play: the built-in campaign, or an author's .ink or .json file. */
import builtInStory from '../../story/build/mandate.json' with { type: 'json' };

export interface StorySource {
  /** The compiled story (JSON text or parsed object). */
  json: string | object;
  /** Where it came from, for messages: `built-in` or the file path. */
  label: string;
}

export function builtInStorySource(): StorySource {
  return { json: builtInStory, label: 'built-in' };
}
