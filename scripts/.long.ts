import { createContext, createDoc, STAGES } from "../src/pipeline.js";
import { EN, FR } from "../test/robustness/fixtures.js";
const ctx = createContext();
for (const [unit, n] of [[EN, 2_000_000]] as const) {
  const text = (unit + " ").repeat(Math.ceil(n / unit.length)).slice(0, n);
  let doc = createDoc({ id: "x", text, lang: null, published: "2021-01-01", url: null, title: null, source: null, origin: "x" });
  const times: string[] = [];
  for (const [name, stage] of STAGES) { const t0 = performance.now(); doc = stage(doc, ctx); times.push(`${name} ${(performance.now() - t0).toFixed(0)}`); }
  console.log(n, times.join(", "), doc.events.length, doc.counts.length);
}
