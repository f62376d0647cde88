/**
 * What a compiled story declares in its global tags, read without playing it: id and version
 * (kept in every log) and its labels. Used by the build, the CLI's story sources and reports.
 */
import { type Briefing, briefingFromTags } from './briefing.js';
import { labelsFromTags, type StoryLabels } from './labels.js';
import { StoryRuntime } from './runtime.js';
import { storyIdentity } from './tags.js';

export function storyInfo(storyJson: string | object): { id: string; version: string } {
  const { id, version } = storyMeta(storyJson);
  return { id, version };
}

/** Id, version and labels in one reading of the global tags (see story/labels.ts). */
export function storyMeta(storyJson: string | object): { id: string; version: string; labels: StoryLabels } {
  // No handlers: the ink fallbacks are enough to read global tags, and nothing is played.
  const tags = new StoryRuntime(storyJson, { seed: 0 }).globalTags();
  return { ...storyIdentity(tags), labels: labelsFromTags(tags) };
}

/** The knot whose opening tags hold the briefing (story/briefing.ts); the story never plays it. */
export const BRIEFING_KNOT = 'briefing';

/** The briefing a story declares (story/briefing.ts), read without playing it. */
export function storyBriefing(storyJson: string | object): Briefing {
  return briefingFromTags(new StoryRuntime(storyJson, { seed: 0 }).knotTags(BRIEFING_KNOT));
}
