/**
 * Prints the time (best of 3, ms) of every matcher on every adversarial text
 * of test/robustness/adversarial.ts, worst first. `make regex-timings` (compiled by tsc: tsx adds overhead
 * to every closure it creates) or `npx tsx scripts/regex-timings.ts [SIZE] [FILTER]`.
 */
import { adversarialTexts, bestTime, createContext, matchers } from "../test/robustness/adversarial.js";

const size = Number(process.argv[2] ?? 100_000);
const filter = process.argv[3] ?? "";
const ctx = createContext();
const rows: [number, string, string][] = [];
for (const [tn, text] of adversarialTexts(ctx, size)) {
  for (const [mn, fn] of matchers(ctx)) {
    if (filter && !`${mn} ${tn}`.includes(filter)) continue;
    fn(text.slice(0, 1000));
    const ms = bestTime(fn, text);
    rows.push([ms, mn, tn]);
    if (ms > 50) process.stderr.write(`SLOW ${ms.toFixed(1)} ms ${mn} on ${tn}\n`);
  }
}
rows.sort((a, b) => b[0] - a[0]);
for (const [ms, mn, tn] of rows.slice(0, 40)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${mn.padEnd(28)} ${tn}`);
console.log(`${rows.length} runs, worst ${rows[0]?.[0].toFixed(1)} ms`);
