import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";

const FLUSH_SIZE = 256 * 1024;

const call = (f: () => void) => f();

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
  private pending: (string | Uint8Array)[] = [];
  private pendingSize = 0;
  /** Called once the pending pieces are written (their buffers may then be reused). */
  private written: (() => void)[] = [];

  constructor(dir: string, readonly name: string) {
    this.path = join(dir, name);
    this.tmp = join(dir, `.${name}.sitrep-tmp-${process.pid}`);
    this.stream = createWriteStream(this.tmp, { encoding: "utf8" });
    this.stream.on("error", (e) => (this.failed = e));
  }

  /**
   * Text is written as UTF-8; bytes as they are (and must not change
   * afterwards). Small pieces are gathered and written in chunks of about
   * FLUSH_SIZE characters or bytes (one system call per chunk, not per
   * document); `close` writes the rest. With `written`, the data is written
   * at once (with what was gathered before it) and `written` is called once
   * it is in the file (not if the file fails): its buffer is then reused.
   */
  async write(data: string | Uint8Array, written?: () => void): Promise<void> {
    if (this.failed) throw this.failed;
    if (data.length === 0) return written?.();
    this.pending.push(data);
    this.pendingSize += data.length;
    if (written) this.written.push(written);
    if (written || this.pendingSize >= FLUSH_SIZE) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const parts = this.pending;
    const written = this.written;
    this.pending = [];
    this.pendingSize = 0;
    this.written = [];
    // The stream calls back once the chunk is written, or with the error that failed it.
    const done = written.length === 0 ? undefined : (e?: Error | null) => e || written.forEach(call);
    if (parts.every((p) => typeof p === "string")) return this.push(() => this.stream.write(parts.join(""), done));
    // One vectored write for the whole chunk.
    await this.push(() => {
      this.stream.cork();
      let ok = true;
      for (let i = 0; i < parts.length; i++) ok = this.stream.write(parts[i], i === parts.length - 1 ? done : undefined);
      this.stream.uncork();
      return ok;
    });
  }

  /** Runs `write` (true when the stream can take more) and waits for `drain` when it cannot. */
  private async push(write: () => boolean): Promise<void> {
    if (write()) return;
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
