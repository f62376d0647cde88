/**
 * Tags are the story's metadata: `# turn: 3`, `# date: 2003-10`, `# note: ...`,
 * `# ending: id`, `# title: ...`, and the bare `# history` and `# question` markers of a
 * debrief. See docs/story-contract.md.
 */

export interface Tag {
  key: string;
  value: string;
}

/** Splits `key: value` (or a bare `key`) and lower-cases the key. */
export function parseTag(raw: string): Tag {
  const i = raw.indexOf(':');
  if (i < 0) return { key: raw.trim().toLowerCase(), value: '' };
  return { key: raw.slice(0, i).trim().toLowerCase(), value: raw.slice(i + 1).trim() };
}

export function tagValue(tags: readonly Tag[], key: string): string | undefined {
  return tags.find((t) => t.key === key)?.value;
}

export function hasTag(tags: readonly Tag[], key: string): boolean {
  return tags.some((t) => t.key === key);
}

/** A story's id and version, from its global tags (`# story:`, `# version:`). */
export function storyIdentity(globalTags: Readonly<Record<string, string>>): { id: string; version: string } {
  return { id: globalTags.story ?? 'custom', version: globalTags.version ?? '0' };
}
