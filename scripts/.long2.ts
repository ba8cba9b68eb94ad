import { createContext, createDoc, STAGES } from "../src/pipeline.js";
import { EN } from "../test/robustness/fixtures.js";
const ctx = createContext();
const text = (EN + " ").repeat(1000).slice(0, 200_000);
let doc = createDoc({ id: "x", text, lang: null, published: "2021-01-01", url: null, title: null, source: null, origin: "x" });
for (const [, stage] of STAGES) doc = stage(doc, ctx);
