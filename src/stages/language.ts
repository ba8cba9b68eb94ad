import type { LanguagePack } from "../lang/pack.js";
import type { PackRegistry } from "../lang/registry.js";
import { foldedText } from "../text/fold.js";
import { keptText } from "../text/kept.js";
import { scriptProfile } from "../text/script.js";
import { foldedWords, stopwordHitsPerPack, stopwordTable } from "../text/stopword-score.js";
import type { Doc, Message, Stage } from "../types.js";

/** Below this share of stop words among the words, no pack is said to match. */
const MIN_DENSITY = 0.08;
/** …and at least this many stop words must be seen. */
const MIN_HITS = 3;
/** Detection reads at most this many characters of kept text: enough to decide, and bounded per document. */
const SAMPLE = 20_000;
const pct = (x: number) => `${Math.round(x * 100)}%`;

function reject(doc: Doc, rule: string, reason: string): Doc {
  const message: Message = { stage: "language", rule, reason, fatal: true };
  return { ...doc, rejected: message, messages: [...doc.messages, message] };
}

/** "fr-FR", "FR" → "fr"; null for "auto", "" and null. */
function code(lang: string | null | undefined): string | null {
  const c = (lang ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return c && c !== "auto" ? c : null;
}

type Detection = { lang: string } | { rule: string; reason: string };

/** What detection compares a text with: the run's packs in order, their stop words in one table, their scripts. */
interface DetectionData {
  packs: LanguagePack[];
  table: ReadonlyMap<string, number>;
  scripts: ReadonlySet<string>;
}

const detectionData = (packs: LanguagePack[]): DetectionData => ({ packs, table: stopwordTable(packs), scripts: new Set(packs.map((p) => p.data.meta.script)) });

/** Made once per set of packs: memoised on the first pack, under a key that names them all in order. */
function detectionDataOf(registry: PackRegistry): DetectionData {
  const packs = [...registry.values()];
  if (!packs.length) return detectionData(packs);
  return packs[0].memo(`language-detection:${packs.map((p) => p.code).join(",")}`, () => detectionData(packs));
}

/**
 * Detects the language of the kept text (`folded` is its folded form): its script must be a pack's, then
 * the densest stop words win.
 */
function detect(kept: string, folded: string, registry: PackRegistry, declared: string | null): Detection {
  const said = declared ? ` (declared "${declared}")` : "";
  const profile = scriptProfile(kept);
  const [top] = profile.counts;
  const { packs: list, table, scripts } = detectionDataOf(registry);
  if (top && !scripts.has(top[0]) && top[1] / profile.letters >= 0.5) {
    const reason = `text is mostly in ${top[0]} script (${pct(top[1] / profile.letters)} of letters); packs cover ${[...scripts].join(", ")}${said}`;
    return { rule: "language:unsupported", reason };
  }
  const words = foldedWords(folded);
  const perPack = stopwordHitsPerPack(words, table, list.length);
  let best: { pack: LanguagePack; density: number; hits: number } | null = null;
  for (let i = 0; i < list.length; i++) {
    const hits = perPack[i];
    const density = words.length ? hits / words.length : 0;
    if (!best || density > best.density) best = { pack: list[i], density, hits };
  }
  if (best && best.density >= MIN_DENSITY && best.hits >= MIN_HITS) return { lang: best.pack.code };
  const seen = best ? `best is ${best.pack.code} with ${pct(best.density)} stop words` : "no language pack loaded";
  return { rule: "language:unsupported", reason: `no language pack matches the text: ${seen}, ${pct(MIN_DENSITY)} needed${said}` };
}

/**
 * Sets `doc.lang`: the forced `ctx.options.lang`, else a known `doc.input.lang`,
 * else detection over the kept (non-skipped) text. Rejects with `input:empty`,
 * `input:no-words`, `boilerplate:only`, `language:unknown-code` or `language:unsupported`.
 */
export const language: Stage = (doc, ctx) => {
  if (!/\S/u.test(doc.text)) return reject(doc, "input:empty", "the text is empty or only white space");
  const kept = keptText(doc.text, doc.skipped);
  if (!/[\p{L}\p{N}]/u.test(kept)) {
    if (!/[\p{L}\p{N}]/u.test(doc.text)) return reject(doc, "input:no-words", "the text has no letter or digit (only punctuation, symbols or control characters)");
    const rules = [...new Set(doc.skipped.map((s) => s.rule))].join(", ");
    return reject(doc, "boilerplate:only", `nothing is left after removing boilerplate (${rules})`);
  }
  const forced = code(ctx.options.lang);
  if (forced) {
    if (ctx.packs.has(forced)) return { ...doc, lang: forced };
    const known = [...ctx.packs.keys()].join(", ");
    return reject(doc, "language:unknown-code", `language "${ctx.options.lang}" has no language pack (known: ${known})`);
  }
  const declared = code(doc.input.lang);
  if (declared && ctx.packs.has(declared)) return { ...doc, lang: declared };
  // Folding is per unit (fold.ts): the kept parts of the folded text are the folded kept text.
  const folded = keptText(foldedText(doc), doc.skipped);
  const found = detect(kept.slice(0, SAMPLE), folded.slice(0, SAMPLE), ctx.packs, declared);
  return "lang" in found ? { ...doc, lang: found.lang } : reject(doc, found.rule, found.reason);
};
