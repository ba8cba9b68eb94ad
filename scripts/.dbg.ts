import { readFileSync } from "node:fs";
import { createContext, createDoc, STAGES } from "/work/main/src/pipeline.js";
import { sentenceFacts } from "/work/main/src/extract/events/facts.js";
import { groupIncidents } from "/work/main/src/extract/events/incidents.js";
import { fold } from "/work/main/src/text/fold.js";
const id = process.argv[2];
const g = readFileSync("/work/shared/eval/dev.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)).find((d) => d.id === id);
const ctx = createContext();
let doc = createDoc({ id, text: g.text, lang: g.lang, published: g.published, url: null, title: null, source: null, origin: "x" });
for (const [n, st] of STAGES) { if (n === "events") break; doc = st(doc, ctx); }
const pack = ctx.packs.get(doc.lang!)!;
const folded = fold(doc.text);
const facts = doc.sentences.map((s) => sentenceFacts(doc.text, folded, s, pack, g.published));
for (const f of facts) {
  const t = doc.text.slice(f.sentence.start, f.sentence.end);
  console.log(`[${f.sentence.index}${f.sentence.zone[0]}] ${t.slice(0, 140)}`);
  if (f.triggers.length) console.log("   T:", f.triggers.map((x) => `${x.value.type}${x.value.weak ? "(w)" : ""}:${doc.text.slice(x.start, x.end)}`).join(", "));
  if (f.places.length) console.log("   P:", f.places.map((p) => `${p.text}/${p.name}/${p.kind}/${p.country}/${p.rule}`).join(", "));
  if (f.dates.length) console.log("   D:", f.dates.map((d) => `${d.text}=${d.date}`).join(", "));
  if (f.cues.size) console.log("   C:", [...f.cues.keys()].join(","));
}
const inc = groupIncidents(facts, () => false);
inc.forEach((i, k) => console.log(`E${k + 1}:`, i.members.map((m) => m.sentence.index).join(",")));
