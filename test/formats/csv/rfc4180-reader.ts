/**
 * A small, strict RFC 4180 reader for the tests: records end in CRLF, a quoted field may hold
 * commas, CR, LF and doubled quotes. Anything else malformed throws.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let position = 0;
  for (;;) {
    let field = '';
    if (text[position] === '"') {
      position += 1;
      for (;;) {
        const quote = text.indexOf('"', position);
        if (quote < 0) throw new Error(`unclosed quote at ${position}`);
        field += text.slice(position, quote);
        position = quote + 1;
        if (text[position] !== '"') break;
        field += '"';
        position += 1;
      }
    } else {
      const end = text.slice(position).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : position + end;
      if (text[stop] === '"') throw new Error(`quote inside an unquoted field at ${stop}`);
      field = text.slice(position, stop);
      position = stop;
    }
    record.push(field);
    if (text[position] === ',') {
      position += 1;
      continue;
    }
    if (text.startsWith('\r\n', position)) {
      records.push(record);
      record = [];
      position += 2;
      if (position === text.length) return records;
      continue;
    }
    if (position === text.length) {
      records.push(record);
      return records;
    }
    throw new Error(`unexpected ${JSON.stringify(text[position])} at ${position}`);
  }
}
