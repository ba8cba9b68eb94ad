import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Records are aligned on this many bytes, so that a 32-bit number addresses 32 GB of them. */
export const ALIGN = 8;

/**
 * An append-only log of byte records, addressed by offset: held in memory up
 * to `memoryLimit` bytes, then in a temporary file (written in chunks of
 * `chunk` bytes, read back with one positioned read per record; in memory
 * still when no temporary folder is writable). The file is
 * unlinked as soon as it is open where the system allows it; `close` removes
 * it otherwise. Nothing is read back but what `read` asks for, so the log
 * costs no memory past the limit.
 */
export class ByteLog {
  private mem = new Uint8Array(1 << 12);
  /** Bytes of the log (memory mode), or bytes not yet written to the file (file mode). */
  private used = 0;
  /** Bytes already in the file (0 in memory mode). */
  private flushed = 0;
  private fd: number | null = null;
  private path: string | null = null;

  constructor(
    private memoryLimit = 8 << 20,
    private readonly chunk = 1 << 20,
  ) {}

  /** Total bytes appended. */
  get size(): number {
    return this.flushed + this.used;
  }

  /** Appends `bytes`, padded to ALIGN; the offset of the record. */
  append(bytes: Uint8Array): number {
    const at = this.size;
    const padded = Math.ceil(bytes.length / ALIGN) * ALIGN;
    if (this.fd === null && this.used + padded > this.memoryLimit) this.spill();
    if (this.fd !== null && this.used + padded > this.mem.length) this.flush();
    if (this.used + padded > this.mem.length) this.grow(this.used + padded);
    this.mem.set(bytes, this.used);
    this.used += padded;
    return at;
  }

  /** `n` bytes from `offset` into `into` (which must hold them). */
  read(offset: number, n: number, into: Uint8Array): void {
    if (offset >= this.flushed) {
      into.set(this.mem.subarray(offset - this.flushed, offset - this.flushed + n));
      return;
    }
    let done = 0;
    while (done < n) {
      const got = readSync(this.fd!, into, done, n - done, offset + done);
      if (got === 0) throw new Error("ByteLog: the temporary file ends early");
      done += got;
    }
  }

  /** Removes the temporary file, if any. The log cannot be used afterwards. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.path !== null) rmSync(join(this.path, ".."), { recursive: true, force: true });
    this.fd = null;
    this.path = null;
    this.mem = new Uint8Array(0);
    this.used = 0;
  }

  private spill(): void {
    let dir: string | null = null;
    try {
      dir = mkdtempSync(join(tmpdir(), "sitrep-ids-"));
      this.fd = openSync(join(dir, "ids"), "w+");
    } catch {
      // No writable temporary folder: the log stays in memory.
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
      this.memoryLimit = Infinity;
      return;
    }
    const path = join(dir, "ids");
    try {
      unlinkSync(path);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      this.path = path; // removed by close()
    }
    this.flush();
    this.mem = new Uint8Array(this.chunk);
  }

  private flush(): void {
    let done = 0;
    while (done < this.used) done += writeSync(this.fd!, this.mem, done, this.used - done, this.flushed + done);
    this.flushed += this.used;
    this.used = 0;
  }

  private grow(size: number): void {
    const next = new Uint8Array(Math.max(size, this.mem.length * 2));
    next.set(this.mem.subarray(0, this.used));
    this.mem = next;
  }
}
