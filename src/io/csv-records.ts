/** One CSV record as written: its text (without the final line break) and the line it starts on; `text` is null when over the limit. */
export type CsvRecord = { line: number; text: string } | { line: number; text: null; size: number };

/**
 * Splits CSV text into records without parsing fields: a line break ends a
 * record when the record holds an even number of double quotes (RFC 4180
 * escapes a quote as two, so quoted line breaks keep the count odd). A record
 * longer than `maxChars` is reported with `text` null and not kept in memory.
 */
export async function* csvRecords(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<CsvRecord> {
  let buf = "";
  let quotes = 0;
  let line = 1;
  let start = 1;
  let dropped = 0;
  const record = (text: string): CsvRecord => (dropped > 0 ? { line: start, text: null, size: dropped + text.length } : { line: start, text: text.replace(/\r$/, "") });
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0x22) quotes++;
      else if (c === 0x0a) {
        line++;
        if (quotes % 2 === 0) {
          yield record(buf + chunk.slice(from, i));
          buf = "";
          from = i + 1;
          quotes = 0;
          dropped = 0;
          start = line;
        }
      }
    }
    buf += chunk.slice(from);
    if (dropped + buf.length > maxChars) {
      dropped += buf.length;
      buf = "";
    }
  }
  if (dropped > 0 || quotes % 2 === 0) {
    if (dropped > 0 || buf.replace(/\r$/, "") !== "") yield record(buf);
    return;
  }
  // A quote left open runs to the end of the file: its first line is the bad record and the
  // lines after it are read again as records, so that one stray quote loses one row only.
  yield* reread(buf, start);
}

/** Splits `text` (starting on line `line`) into records; a record whose quote never closes is cut after its first line. */
function* reread(text: string, line: number): Generator<CsvRecord> {
  let from = 0;
  while (from < text.length) {
    let quotes = 0;
    let i = from;
    let l = line;
    let end = -1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) quotes++;
      else if (c === 0x0a) {
        l++;
        if (quotes % 2 === 0) {
          end = i;
          break;
        }
      }
    }
    if (end < 0 && quotes % 2 === 1) {
      const nl = text.indexOf("\n", from);
      end = nl < 0 ? text.length : nl;
      l = line + 1;
    }
    if (end < 0) end = text.length;
    const rec = text.slice(from, end).replace(/\r$/, "");
    if (rec !== "") yield { line, text: rec };
    from = end + 1;
    line = l;
  }
}
