/**
 * Text made safe for an XML 1.0 document. The builder escapes markup (`&`, `<`, quotes); this
 * removes what XML 1.0 cannot carry at all, escaped or not: control characters other than tab and
 * line breaks, lone surrogates and the non-characters U+FFFE and U+FFFF.
 */

const NOT_XML_1_0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML_1_0, '');
}
