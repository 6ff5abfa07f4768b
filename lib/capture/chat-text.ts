/**
 * Whether a chat row shows a message the extension sent. Platforms re-render what was typed: emoji
 * become images (read back as their alt text), mentions become links, spaces collapse; so the
 * comparison drops whitespace and the leading @mentions, and looks for the sent body in the row.
 */
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The message without its leading "@name " mentions. */
export const bodyOf = (text: string) => text.replace(/^(\s*@\S+)+\s*/u, '').trim();

export function showsSent(rowText: string | undefined, sent: string): boolean {
  const body = squash(bodyOf(sent));
  if (!body || !rowText) return false;
  return squash(rowText).includes(body);
}
