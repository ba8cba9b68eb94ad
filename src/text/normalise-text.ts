/**
 * Normalises raw scraped text into the pipeline's one coordinate system:
 * CRLF/CR and U+2028/U+2029 → "\n"; every Unicode space separator (no-break,
 * narrow, thin, figure, em…, ideographic) → " "; typographic apostrophes
 * (’ ‘ ʼ) → "'"; zero-width characters, bidi marks, soft hyphens, BOM and
 * C0/C1 controls other than "\n" and "\t" removed; then Unicode NFC.
 * Quotation marks (« » “ ”) are kept: they delimit quotes.
 */
// One character class per action, so the whole text is rewritten in a single pass.
const ACTIONS =
  /\r\n?|[\u2028\u2029]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u2019\u2018\u02bc]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function replace(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x0d || c === 0x2028 || c === 0x2029) return "\n";
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return "'";
  if (c === 0x00a0 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return " ";
  return "";
}

export function normaliseText(raw: string): string {
  return raw.replace(ACTIONS, replace).normalize("NFC");
}
