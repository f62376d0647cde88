/** Where Mandate keeps its files: the data directory (env-paths, or MANDATE_HOME). */
import { join } from 'node:path';
import envPaths from 'env-paths';

export function dataDir(): string {
  return process.env.MANDATE_HOME || envPaths('mandate', { suffix: '' }).data;
}

export function savesDir(): string {
  return join(dataDir(), 'saves');
}

/**
 * Makes a player name or title safe as part of a file name: letters, digits, dash and
 * underscore only, never empty, never a path.
 */
export function safeFilePart(text: string, fallback = 'player'): string {
  // NFKD splits an accented letter into the letter and its accent (a combining mark), which
  // is dropped, so that "Zoë" becomes "Zoe" rather than "Zoe-".
  const cleaned = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return cleaned || fallback;
}
