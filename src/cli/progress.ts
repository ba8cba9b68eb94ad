import type { Progress } from "../io/run.js";

/**
 * Progress on stderr ("123/456 docs, 210 docs/s"), redrawn at most every
 * 200 ms, only when stderr is a terminal: logs and pipes stay clean.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (p: Progress) => void; end: () => void } {
  if (!stream.isTTY) return { update: () => {}, end: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const rate = p.elapsedMs > 0 ? Math.round((p.done * 1000) / p.elapsedMs) : 0;
      stream.write(`\r\x1b[K${p.done}${p.total === null ? "" : `/${p.total}`} docs, ${rate} docs/s`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
