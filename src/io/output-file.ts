import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";

const FLUSH_CHARS = 256 * 1024;

/**
 * An output file written under a temporary name in its final folder and
 * renamed into place by `commit()`: a run that stops half-way leaves the
 * previous file intact. `write` waits for `drain` when the stream's buffer
 * is full (back-pressure).
 */
export class OutputFile {
  readonly path: string;
  readonly tmp: string;
  private readonly stream: WriteStream;
  private failed: Error | null = null;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(dir: string, readonly name: string) {
    this.path = join(dir, name);
    this.tmp = join(dir, `.${name}.sitrep-tmp-${process.pid}`);
    this.stream = createWriteStream(this.tmp, { encoding: "utf8" });
    this.stream.on("error", (e) => (this.failed = e));
  }

  /**
   * Text is written as UTF-8; bytes as they are. Small texts are gathered
   * and written in chunks of FLUSH_CHARS (one system call per chunk, not per
   * document); `close` writes the rest.
   */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    if (text.length === 0) return;
    if (typeof text === "string") {
      this.pending.push(text);
      this.pendingChars += text.length;
      if (this.pendingChars >= FLUSH_CHARS) await this.flush();
      return;
    }
    await this.flush();
    await this.push(text);
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    await this.push(text);
  }

  private async push(data: string | Uint8Array): Promise<void> {
    if (this.stream.write(data)) return;
    const stop = new AbortController();
    try {
      await Promise.race([once(this.stream, "drain", { signal: stop.signal }), once(this.stream, "error", { signal: stop.signal })]);
    } finally {
      stop.abort();
    }
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.failed) throw this.failed;
    this.stream.end();
    await once(this.stream, "close");
    if (this.failed) throw this.failed;
  }

  async commit(): Promise<void> {
    await rename(this.tmp, this.path);
  }

  /** Removes the temporary file (after an error or an interruption). */
  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}
