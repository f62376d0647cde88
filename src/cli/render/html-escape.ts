/** HTML escaping of text from logs: cleaned first (no control characters), then entity-escaped. */
import { clean } from './text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe inside element content and inside double- or single-quoted attributes. */
export function esc(text: string | number): string {
  return clean(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
