/** Renderers of the class report and the debrief: pure functions from report data to text. */
import type { ClassReport, Debrief } from '../../engine/report/index.js';
import type { StoryLabels } from '../../engine/story/labels.js';
import { renderCsv } from './csv.js';
import { renderDebriefHtml } from './debrief-html.js';
import { renderDebriefMarkdown } from './debrief-md.js';
import { type HtmlExtras, renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export const REPORT_FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const DEBRIEF_FORMATS = ['md', 'json', 'html'] as const;
export type DebriefFormat = (typeof DEBRIEF_FORMATS)[number];

export function renderReport(report: ClassReport, format: ReportFormat, cols = 80, extras?: HtmlExtras): string {
  switch (format) {
    case 'table':
      return renderTable(report, cols);
    case 'md':
      return renderMarkdown(report);
    case 'csv':
      return renderCsv(report);
    case 'json':
      return renderJson(report);
    case 'html':
      return renderHtml(report, extras);
  }
}

export function renderDebrief(debrief: Debrief, format: DebriefFormat, labels: StoryLabels): string {
  if (format === 'json') return renderJson(debrief);
  return format === 'html' ? renderDebriefHtml(debrief, labels) : renderDebriefMarkdown(debrief, labels);
}
