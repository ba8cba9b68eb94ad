import { adversarialTexts, createContext, stageTimes } from "../test/robustness/adversarial.js";
const ctx = createContext();
const text = adversarialTexts(ctx, 100000).find(([n]) => n === "en:sentences")![1];
for (let i = 0; i < 8; i++) console.log(stageTimes(ctx, "en", text).map(([s, t]) => `${s} ${t.toFixed(0)}`).join(" "));
