/** The id and version a compiled story declares in its global tags (`# story:`, `# version:`). */
import { StoryRuntime } from '../story/runtime.js';

export function storyInfo(storyJson: string | object): { id: string; version: string } {
  // No handlers: the ink fallbacks are enough to read global tags, and nothing is played.
  const tags = new StoryRuntime(storyJson, { seed: 0 }).globalTags();
  return { id: tags.story ?? 'custom', version: tags.version ?? '0' };
}
