import { readFileSync } from "node:fs";
import { createContext } from "/work/main/src/pipeline.js";
import { evaluate, formatTable, formatExplain, parseGold } from "/work/main/src/eval/index.js";
const gold = parseGold(readFileSync("/work/shared/eval/dev.jsonl", "utf8"), "dev");
const r = evaluate(gold, createContext(), { explain: true });
console.log(formatTable(r));
if (process.argv[2]) console.log(formatExplain(r));
