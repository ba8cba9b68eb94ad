import { adversarialTexts, createContext, inputOf } from "../test/robustness/adversarial.js";
import { processDocument } from "../src/pipeline.js";
const ctx = createContext({ lang: "en" });
const text = adversarialTexts(ctx, 100000).find(([n]) => n === "en:sentences")![1];
const d = processDocument(inputOf(text), ctx);
console.log(d.events.length, d.sentences.length, d.counts.length);
