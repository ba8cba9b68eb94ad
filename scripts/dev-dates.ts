/**
 * Dev-set recall of the date and place recognisers: for each gold event of
 * /work/shared/eval/dev.jsonl (or the file given), is its date among the dates
 * found in the text (caption lines left out), are its location forms and its
 * country among the places found? Usage: npx tsx scripts/dev-dates.ts [gold.jsonl] [-v]
 */
import { readFileSync } from "node:fs";
import { findDates } from "../src/extract/dates/index.js";
import { findPlaces } from "../src/geo/index.js";
import { testPack } from "../test/dates/packs.js";

const file = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "/work/shared/eval/dev.jsonl";
const verbose = process.argv.includes("-v");
const CAPTION = /(image d'illustration|photo\s*:|\(photo|archives?\)|crédit|credit:|foto:)/i;
const norm = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’\-]/g, " ").replace(/\s+/g, " ").trim();

const tally = { events: 0, dated: 0, dateHit: 0, located: 0, locHit: 0, country: 0, countryHit: 0 };
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const pack = testPack(doc.lang);
  const text: string = doc.text.normalize("NFC");
  const dates = new Set<string>();
  const places: { text: string; name: string; country: string | null }[] = [];
  let at = 0;
  // Rough sentences: lines cut after . ! ? (the pipeline's own segmenter is not used here).
  for (const l of text.split(/(?<=[.!?\n])/)) {
    if (!CAPTION.test(l)) for (const d of findDates(text, at, at + l.length, pack, doc.published)) dates.add(d.date);
    places.push(...findPlaces(text, at, at + l.length, pack));
    at += l.length;
  }
  const placeTexts = places.map((p) => norm(p.text) + " | " + norm(p.name));
  const countries = new Set(places.map((p) => p.country).filter(Boolean));
  for (const e of doc.events) {
    tally.events++;
    if (e.date) {
      tally.dated++;
      if (dates.has(e.date)) tally.dateHit++;
      else if (verbose) console.log(`date miss ${doc.id}: ${e.date} not in ${[...dates].join(", ")}`);
    }
    if (e.location.length) {
      tally.located++;
      const ok = e.location.some((f: string) => placeTexts.some((p) => p.includes(norm(f))));
      if (ok) tally.locHit++;
      else if (verbose) console.log(`place miss ${doc.id}: ${e.location.join(" / ")} not in ${places.map((p) => p.text).join(", ")}`);
    }
    if (e.country) {
      tally.country++;
      if (countries.has(e.country)) tally.countryHit++;
      else if (verbose) console.log(`country miss ${doc.id}: ${e.country}`);
    }
  }
}
const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(0) : "-"}%)`;
console.log(`events ${tally.events}`);
console.log(`date recall     ${pct(tally.dateHit, tally.dated)}`);
console.log(`location recall ${pct(tally.locHit, tally.located)}`);
console.log(`country recall  ${pct(tally.countryHit, tally.country)}`);
