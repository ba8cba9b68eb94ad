import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";

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

  constructor(dir: string, readonly name: string) {
    this.path = join(dir, name);
    this.tmp = join(dir, `.${name}.sitrep-tmp-${process.pid}`);
    this.stream = createWriteStream(this.tmp, { encoding: "utf8" });
    this.stream.on("error", (e) => (this.failed = e));
  }

  async write(text: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (text !== "" && !this.stream.write(text)) await Promise.race([once(this.stream, "drain"), once(this.stream, "error")]);
  }

  async close(): Promise<void> {
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
