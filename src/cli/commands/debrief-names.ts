/**
 * File names for a class's debriefs: each log's path under the folder, made safe (letters,
 * digits, dash, underscore), with the format's extension; a name met twice gets a number, so
 * `ana/log.json` and `ben/log.json` become `ana-log.html` and `ben-log.html`.
 */
import { relative, sep } from 'node:path';
import { safeFilePart } from '../../storage/paths.js';

export function debriefNamer(root: string, ext: string): (file: string) => string {
  const taken = new Set<string>(['index']);
  return (file) => {
    const rel = relative(root, file).replace(/\.json$/i, '');
    // Accents drop to their letter (chloé → chloe) before the name is made safe.
    const plain = rel.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    const base =
      plain
        .split(sep)
        .map((p) => safeFilePart(p, 'log'))
        .join('-')
        .slice(0, 120) || 'log';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return `${name}.${ext}`;
  };
}
