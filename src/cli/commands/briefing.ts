/**
 * `mandate briefing`: the student briefing pack, a printable page per role, from the story's
 * own text and the class's scenario (see engine/report/briefing-pack.ts).
 */

import { buildBriefingPack, storyBriefing } from '../../engine/report/index.js';
import { ROLES, type Role } from '../../engine/session.js';
import { storyMeta } from '../../engine/story/info.js';
import { renderBriefingHtml, renderBriefingMarkdown } from '../render/briefing.js';
import { renderJson } from '../render/json.js';
import { storyFor } from '../story-source.js';
import { resolveScenario } from './play.js';
import { emit, pickFormat } from './report-io.js';

export const BRIEFING_FORMATS = ['md', 'html', 'json'] as const;

export interface BriefingOptions {
  role?: Role;
  scenario?: string;
  seed?: number;
  format?: string;
  out?: string;
  story?: string;
}

export async function briefingCommand(opts: BriefingOptions): Promise<number> {
  const format = pickFormat(BRIEFING_FORMATS, opts.format, opts.out, 'md');
  const scenarioArg = opts.scenario ?? 'full';
  const source = await storyFor(opts.story);
  const scenario = await resolveScenario(scenarioArg, source);
  const meta = storyMeta(source.json);
  const pack = buildBriefingPack({
    storyJson: source.json,
    story: { id: meta.id, version: meta.version },
    labels: meta.labels,
    briefing: storyBriefing(source.json),
    scenario,
    roles: opts.role ? [opts.role] : ROLES,
    seed: opts.seed ?? null,
  });
  const text =
    format === 'json'
      ? renderJson(pack)
      : format === 'html'
        ? renderBriefingHtml(pack, scenarioArg)
        : renderBriefingMarkdown(pack, scenarioArg);
  emit(text, opts.out, []);
  if (opts.out) process.stderr.write(`Briefing written to ${opts.out}\n`);
  return 0;
}
