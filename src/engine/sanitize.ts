/**
 * Text from files (a log, an author's story) is printed to terminals and written into HTML:
 * it must not carry escape sequences or control characters that would act instead of show.
 * Pure, so the engine can clean what a story declares (labels) and the UI what it prints.
 */
/** Strips control characters and escape sequences from text that came from a file. */
export function sanitize(text: string): string {
  // An OSC ends at BEL or at ESC \ (the string terminator), and no ESC may sit inside it:
  // otherwise one OSC would run on to the terminator of the next and swallow the text between.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}
