/**
 * Reading the pages' HTML as a reader without JavaScript would: the text of an element, with the
 * markup gone, entities decoded, and the star buttons (hidden until the client script runs) left out.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && ENTITIES[name] === undefined) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** The text a reader sees without JavaScript: no scripts, no hidden buttons, no tags. */
export function visibleText(html: string): string {
  const text = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<button\b[^>]*\bhidden\b[^>]*>[\s\S]*?<\/button>/gi, '')
    .replace(/<(td|th|li|p|h\d|tr|dt|dd)\b/gi, ' <$1')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** The first element with this class (by a simple scan of the markup we generate). */
export function elementWithClass(html: string, tag: string, className: string): string {
  const start = html.search(new RegExp(`<${tag}\\b[^>]*class="[^"]*\\b${className}\\b[^"]*"`));
  if (start === -1) throw new Error(`no <${tag} class="${className}"> in the page`);
  const close = `</${tag}>`;
  const end = html.indexOf(close, start);
  return html.slice(start, end + close.length);
}

/** The rows of a table, each as the visible text of its cells. */
export function tableRows(table: string): string[][] {
  return [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((cell) => visibleText(cell[2] as string)),
  );
}
