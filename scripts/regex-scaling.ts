/** Times one matcher on one adversarial text at several sizes: `npx tsx scripts/regex-scaling.ts MATCHER TEXT`. */
import { adversarialTexts, bestTime, createContext, matchers } from "../test/robustness/adversarial.js";
const [mn, tn] = process.argv.slice(2);
const ctx = createContext();
const fn = matchers(ctx).find(([n]) => n === mn)![1];
for (const size of [12_500, 25_000, 50_000, 100_000]) {
  const text = adversarialTexts(ctx, size).find(([n]) => n === tn)![1];
  console.log(size, bestTime(fn, text).toFixed(1));
}
