import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
for (const f of ["/tmp/bad/ent.html", "/tmp/bad/deep.html"]) {
  const html = readFileSync(f, "utf8");
  let t0 = performance.now();
  const { document } = parseHTML(html);
  console.log(f, "parse", (performance.now() - t0).toFixed(0));
  t0 = performance.now();
  const n = document.querySelectorAll("*").length;
  console.log("qsa", n, (performance.now() - t0).toFixed(0));
  if (f.includes("ent")) { t0 = performance.now(); new Readability(document as any).parse(); console.log("readability", (performance.now() - t0).toFixed(0)); }
}
