/**
 * A story that breaks while it is played (an author's loop without choices, an ink error) is
 * the story's fault, not Mandate's: one line naming FILE:LINE when the compiler said where, else
 * the story and the runtime path, and exit 2.
 */
import { StoryContractError, StoryRuntimeError } from '../engine/story/runtime.js';
import { UserError } from './errors.js';

/** The UserError for a story error, or the error itself when it is something else. */
export function storyErrorToUser(e: unknown, label: string): unknown {
  if (e instanceof StoryRuntimeError) {
    if (!e.loc) return new UserError(`${label}: story error: ${e.message}`);
    const message = e.path ? e.message.slice(0, e.message.length - ` (at ${e.path})`.length) : e.message;
    return new UserError(`${e.loc.file}:${e.loc.line}: story error: ${stripInkLocation(message)}`);
  }
  if (e instanceof StoryContractError) return new UserError(`${label}: ${e.message}`);
  return e;
}

/** inkjs puts "'file' line N: " in front of its own messages; the line already says where. */
function stripInkLocation(message: string): string {
  return message.replace(/^'[^']*' line \d+:\s*/, '');
}

/** Runs `fn`, turning a story error into one line for the user. */
export async function asUserStoryErrors<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw storyErrorToUser(e, label);
  }
}
