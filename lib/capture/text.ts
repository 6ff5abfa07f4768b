/**
 * Visible text of a message node with emoji and emotes as their alt text (YouTube emoji imgs carry
 * the emoji itself as alt, Twitch/Kick emotes their code). Reads textContent only: never HTML.
 */
export function textWithAlts(node: Node | null | undefined): string {
  if (!node) return '';
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'IMG') out += el.getAttribute('alt') ?? '';
      else if (el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE') el.childNodes.forEach(walk);
    }
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}
