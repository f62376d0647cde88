/**
 * Text whose width in terminal cells is its length, told without regular expressions. Ink
 * measures every line it draws with string-width, and string-width's first non-ASCII string
 * compiles an expression of every emoji sequence (\p{RGI_Emoji}): 20 to 50 ms of a start-up,
 * more than the rest of the first frame's layout. The game draws Latin text, punctuation,
 * arrows, box drawing and block elements, each one cell wide and its own grapheme, so the
 * bundle answers for strings of those alone and asks string-width about anything else
 * (scripts/fast-string-width.ts). tests/ui/simple-width.test.ts holds every character accepted
 * here to string-width's own answer.
 */

/** One cell, never joined to its neighbours: printable ASCII and the ranges below. */
export function isSimpleChar(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code < 0xa0) return false;
  // Latin-1 without the soft hyphen (invisible) and © ® (emoji with a variation selector).
  if (code <= 0xff) return code !== 0xad && code !== 0xa9 && code !== 0xae;
  // Latin Extended-A and -B: precomposed letters.
  if (code <= 0x24f) return true;
  // Dashes, quotes, daggers, bullets, ellipsis (not the zero-width marks before them)...
  if (code >= 0x2010 && code <= 0x2027) return true;
  // ...per mille, primes, guillemets (not ‼ and ⁉, which are emoji).
  if (code >= 0x2030 && code <= 0x205e) return code !== 0x203c && code !== 0x2049;
  // ← ↑ → ↓ (the arrows after them are emoji).
  if (code >= 0x2190 && code <= 0x2193) return true;
  // Box drawing and block elements.
  if (code >= 0x2500 && code <= 0x259f) return true;
  // Geometric shapes, without the ones that are emoji.
  if (code >= 0x25a0 && code <= 0x25ff) {
    return !(code === 0x25aa || code === 0x25ab || code === 0x25b6 || code === 0x25c0 || code >= 0x25fb);
  }
  return false;
}

/** Whether every UTF-16 unit of `text` is a simple character (so its width is its length). */
export function isSimpleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSimpleChar(text.charCodeAt(i))) return false;
  return true;
}
