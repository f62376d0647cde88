/** What a compiled story declares in its global tags: id and version, and its labels. */
import { labelsFromTags, type StoryLabels } from '../story/labels.js';
import { StoryRuntime } from '../story/runtime.js';

export function storyInfo(storyJson: string | object): { id: string; version: string } {
  // No handlers: the ink fallbacks are enough to read global tags, and nothing is played.
  const tags = new StoryRuntime(storyJson, { seed: 0 }).globalTags();
  return { id: tags.story ?? 'custom', version: tags.version ?? '0' };
}

/** The story's names for its roles and tracks (see story/labels.ts). */
export function storyLabels(storyJson: string | object): StoryLabels {
  return labelsFromTags(new StoryRuntime(storyJson, { seed: 0 }).globalTags());
}
