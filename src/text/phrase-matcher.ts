import { foldPhrase } from "./fold.js";
import { leadOf, PhraseVocabulary, WILDCARD_LETTERS } from "./phrase-vocabulary.js";
import { followOf, follows, type Follow } from "./lead-follow.js";
import type { WordIndex } from "./word-index.js";
import { escapeRegExp } from "./regex-escape.js";

export interface PhraseMatch<T> extends Readonly<{ start: number; end: number; value: T; phrase: string }> {}

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

const BOUNDED = "(?![\\p{L}\\p{N}])";

/** A phrase with a `*`: matched text that is no phrase itself is tested against these, in priority order. */
type Wild<T> = { re: RegExp; value: T; phrase: string };

/** One alternative of the pattern, in priority order, with its lead word and the most UTF-16 units it can read. */
interface Alt<T> {
  src: string;
  /** The folded phrase. */
  folded: string;
  lead: string;
  wildcard: boolean;
  plain: boolean;
  maxLen: number;
  /** The alternative's entry among the matcher's wildcard phrases (null for a phrase without `*`). */
  wild: Wild<T> | null;
}
/** The alternatives that may match at a word of one lead set: a sticky regex, or a plain word that matches by itself. */
export interface Group {
  re: RegExp | null;
  maxLen: number;
  plainLen: number;
  /** For a plain word: the match it makes (its value and phrase, as `push` would find them). */
  plain: { value: unknown; phrase: string } | undefined;
  /** Its wildcard phrases, in priority order: no other wildcard phrase can match whole a text that starts with a word of its lead set. */
  wild: readonly Wild<unknown>[];
  /** What must follow the lead for one of its alternatives to match (null: not judged); `leadLen` is the lead's length. */
  follow: Follow | null;
  leadLen: number;
}

/**
 * Compiles lexicon phrases into one longest-first alternation that runs on
 * folded text (see fold.ts). Matches are whole words: not preceded or followed
 * by a letter or digit (`\b` is ASCII-only, so Unicode look-arounds are used).
 *
 * Phrase syntax: a space matches one or more spaces; a trailing `*` on a word
 * allows up to four more letters (inflections: "attaque*" → attaques). Every
 * alternative is literal text with bounded quantifiers, so the pattern cannot
 * backtrack catastrophically.
 *
 * `matchIn` gives the same matches as `match` from a document's WordIndex: only
 * the words that are leads of some phrase are tried, each with the
 * alternatives of its lead (a sticky regex in the same priority order).
 */
export class PhraseMatcher<T> {
  private readonly re: RegExp | null;
  private readonly byKey = new Map<string, T>();
  private readonly wildcard: Wild<T>[] = [];
  private readonly alts: Alt<T>[] = [];
  private indexable = true;
  private readonly groups: (Group | null | undefined)[] = [];

  /** `vocabulary` may be shared by the matchers that run on the same documents (one word lookup for all). */
  constructor(entries: readonly PhraseEntry<T>[], readonly vocabulary = new PhraseVocabulary()) {
    const seen = new Set<string>();
    const sources: string[] = [];
    const sorted = [...entries].sort((a, b) => foldPhrase(b.phrase).length - foldPhrase(a.phrase).length);
    for (const { phrase, value } of sorted) {
      const folded = foldPhrase(phrase);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      const words = folded.split(" ");
      const src = words.map((w) => (w.endsWith("*") ? escapeRegExp(w.slice(0, -1)) + `\\p{L}{0,${WILDCARD_LETTERS}}` : escapeRegExp(w))).join("[ \\t]{1,3}");
      const stars = words.filter((w) => w.endsWith("*")).length;
      sources.push(src);
      const wild = folded.includes("*") ? { re: new RegExp(`^${src}$`, "u"), value, phrase } : null;
      if (wild) this.wildcard.push(wild);
      else this.byKey.set(folded, value);
      const lead = leadOf(folded);
      if (!lead) this.indexable = false;
      else {
        vocabulary.add(lead.lead, lead.wildcard);
        const maxLen = folded.length - stars + 2 * (words.length - 1) + 2 * WILDCARD_LETTERS * stars;
        this.alts.push({ src, folded, lead: lead.lead, wildcard: lead.wildcard, plain: folded === lead.lead, maxLen, wild });
      }
    }
    this.re = sources.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join("|")})${BOUNDED}`, "gu") : null;
  }

  /** All non-overlapping matches in `folded[from, to)`, leftmost-longest (the first `limit` of them). */
  match(folded: string, from = 0, to = folded.length, limit = Infinity): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (!this.re) return out;
    const re = this.re;
    // The region keeps a few units before `from` (the look-behind reads one code point): O(to - from), not O(to).
    const base = Math.max(0, from - 4);
    const region = base === 0 && to === folded.length ? folded : folded.slice(base, to);
    re.lastIndex = from - base;
    let m: RegExpExecArray | null;
    while (out.length < limit && (m = re.exec(region))) this.push(out, m[0], base + m.index, this.wildcard);
    return out;
  }

  /**
   * `match(index.folded, from, to)`, from the words of the document. `isolated`
   * matches as if `folded[from, to)` were the whole string (= `match(folded.slice(from, to))`
   * with offsets in `folded`): a word cut by `from` starts there. Reading stops
   * once `limit` matches are found (the first `limit` are those of a full read).
   */
  matchIn(index: WordIndex, from: number, to: number, isolated = false, limit = Infinity): PhraseMatch<T>[] {
    const folded = index.folded;
    if (!this.re || from >= to) return [];
    if (!this.indexable || index.astral) {
      if (!isolated) return this.match(folded, from, to, limit);
      return this.match(folded.slice(from, to), 0, to - from, limit).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
    }
    const out: PhraseMatch<T>[] = [];
    const ids = this.vocabulary.ids(index);
    const { starts, ends } = index;
    let k = index.firstFrom(from);
    let pos = from;
    if (isolated && k > 0 && ends[k - 1] > from) pos = this.tryAt(out, folded, from, this.vocabulary.resolve(folded.slice(from, Math.min(ends[k - 1], to))), to, pos);
    for (; k < starts.length && starts[k] < to && out.length < limit; k++) {
      const p = starts[k];
      if (p < pos) continue;
      const id = ends[k] <= to ? this.vocabulary.idAt(index, ids, k) : this.vocabulary.resolve(folded.slice(p, to));
      if (id >= 0) pos = this.tryAt(out, folded, p, id, to, pos, index, k + 1);
    }
    return out;
  }

  /** Whether `matchIn` reads the word index (else it runs the regex): every phrase starts with a letter or digit. */
  get indexed(): boolean {
    return this.indexable;
  }

  /**
   * Tries the alternatives of lead set `id` at word start `p` of the region ending at `to`; returns where the next
   * match may start (for PhraseScan). `index` and `next`, when given, are the words of `folded` and the index of
   * the word after the one at `p` (see `follows`).
   */
  tryAt(out: PhraseMatch<T>[], folded: string, p: number, id: number, to: number, pos: number, index?: WordIndex, next = -1): number {
    const g = this.group(id);
    if (!g) return pos;
    if (!g.re) {
      if (g.plain) out.push({ start: p, end: p + g.plainLen, value: g.plain.value as T, phrase: g.plain.phrase });
      else this.push(out, folded.slice(p, p + g.plainLen), p, g.wild as readonly Wild<T>[]);
      return p + g.plainLen;
    }
    if (g.follow && !follows(g.follow, folded, p + g.leadLen, to, index, next)) return pos;
    const re = g.re;
    // A sticky `test` leaves `lastIndex` at the match's end: no match array is made. Far enough from `to`,
    // no alternative reads past it: the document itself serves as the region.
    const whole = p + g.maxLen + 2 < to;
    re.lastIndex = whole ? p : 0;
    if (!re.test(whole ? folded : folded.slice(p, to))) return pos;
    const end = whole ? re.lastIndex : p + re.lastIndex;
    this.push(out, folded.slice(p, end), p, g.wild as readonly Wild<T>[]);
    return end;
  }

  /** The alternatives of lead set `id` (null when none). */
  group(id: number): Group | null {
    if (id < 0) return null;
    const g = this.groups[id];
    return g !== undefined ? g : (this.groups[id] = this.compileGroup(id));
  }

  /** Built once per lead set, out of `group` (which stays small enough to be inlined where it is read per word). */
  private compileGroup(id: number): Group | null {
    const set = this.vocabulary.sets[id];
    const alts = this.alts.filter((a) => (a.wildcard ? set.wild.includes(a.lead) : a.lead === set.exact));
    if (!alts.length) return null;
    const wild: Wild<T>[] = [];
    for (const a of alts) if (a.wild) wild.push(a.wild);
    if (alts.length === 1 && alts[0].plain) {
      // The word itself is the phrase: its entry is known before any text is read.
      const lead = alts[0].lead;
      const value = this.byKey.get(lead);
      return { re: null, maxLen: alts[0].maxLen, plainLen: lead.length, plain: value === undefined ? undefined : { value, phrase: lead }, wild, follow: null, leadLen: lead.length };
    }
    // Judged only for an exact lead (the word is the lead) none of whose phrases is the lead alone.
    const follow = set.exact !== null && !set.wild.length && !alts.some((a) => a.plain) ? followOf(alts) : null;
    const re = new RegExp(`(?:${alts.map((a) => a.src).join("|")})${BOUNDED}`, "uy");
    return { re, maxLen: Math.max(...alts.map((a) => a.maxLen)), plainLen: -1, plain: undefined, wild, follow, leadLen: set.exact?.length ?? 0 };
  }

  /** Adds the match of `text` at `start`: the phrase it spells, else the first of `wildcard` (in priority order) that matches it whole. */
  private push(out: PhraseMatch<T>[], text: string, start: number, wildcard: readonly Wild<T>[]): void {
    const key = hasBlankRun(text) ? text.replace(/[ \t]+/g, " ") : text;
    let value = this.byKey.get(key);
    let phrase = key;
    if (value === undefined) {
      let w: Wild<T> | undefined;
      for (const x of wildcard) {
        if (x.re.test(text)) {
          w = x;
          break;
        }
      }
      if (!w) return;
      value = w.value;
      phrase = w.phrase;
    }
    out.push({ start, end: start + text.length, value, phrase });
  }
}

/** Whether `text` holds a tab or two spaces in a row: what `[ \t]+` → " " would change ("de la" is its own key). */
function hasBlankRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || (c === 0x20 && text.charCodeAt(i + 1) === 0x20)) return true;
  }
  return false;
}
