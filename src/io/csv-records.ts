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
  if (dropped > 0 || buf.replace(/\r$/, "") !== "") yield record(buf);
}
