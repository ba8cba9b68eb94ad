import type { BufferPool } from "./buffer-pool.js";

/**
 * UTF-8 bytes of a list of strings, in one buffer of exactly their length
 * that owns its memory (so that a worker can transfer it). Each piece is
 * written on its own: joining them first builds one large string that V8
 * must flatten, and that is two-byte as soon as one piece is (a slice of a
 * text holding any character above U+00FF), which encodes about four times
 * slower than the pieces do. The bytes are those of
 * `new TextEncoder().encode(pieces.join(""))` when no surrogate pair is split
 * between two pieces (rendered rows end with a line break, so theirs never
 * are); a lone surrogate becomes U+FFFD in both.
 */
export function utf8(pieces: readonly string[]): Uint8Array {
  let size = 0;
  for (const p of pieces) size += Buffer.byteLength(p, "utf8");
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const p of pieces) if (p.length > 0) at += out.write(p, at, "utf8");
  return out;
}

/** A writer's first buffer, unless told otherwise: it doubles as the text needs. */
const INITIAL_CAPACITY = 16 * 1024;

/**
 * Appends strings as UTF-8 to one growing buffer, so that each string can die
 * as soon as it is written (a batch's rendered rows then never outlive a
 * young-generation collection). `bytes()` ends the writer and gives the bytes
 * of every piece written, the same as `utf8(pieces)`: a view of a buffer that
 * owns its memory (transferable). Without a pool that buffer is at most twice
 * as long as the view; with one, the buffer comes from the pool and goes back
 * to it once its bytes are written (src/io/buffer-pool.ts), whatever its size.
 */
export class Utf8Writer {
  private buf: Buffer;
  private at = 0;
  private done = false;

  /** A writer whose buffer comes from `pool` (as output `name`), and whose outgrown buffers go back to it. */
  static pooled(pool: BufferPool, name: string): Utf8Writer {
    return new Utf8Writer(INITIAL_CAPACITY, pool, name);
  }

  /** @param pool where the buffer comes from and the buffers outgrown go back to, as output `name`. */
  constructor(
    capacity = INITIAL_CAPACITY,
    private readonly pool: BufferPool | null = null,
    private readonly name = "",
  ) {
    this.buf = pool ? pool.take(name, 0, capacity) : Buffer.allocUnsafeSlow(capacity);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.at;
  }

  write(piece: string): void {
    if (this.done) throw new Error("Utf8Writer: write after bytes()");
    if (piece.length === 0) return;
    // At most three bytes per UTF-16 unit; the exact length is only counted when that bound does not fit.
    if (this.at + piece.length * 3 > this.buf.length) {
      const needed = this.at + Buffer.byteLength(piece, "utf8");
      if (needed > this.buf.length) this.grow(needed);
    }
    this.at += this.buf.write(piece, this.at, "utf8");
  }

  private grow(needed: number): void {
    let size = this.buf.length * 2;
    while (size < needed) size *= 2;
    const next = this.pool ? this.pool.take(this.name, needed, size) : Buffer.allocUnsafeSlow(size);
    this.buf.copy(next, 0, 0, this.at);
    this.pool?.give(this.name, this.buf.buffer as ArrayBuffer);
    this.buf = next;
  }

  bytes(): Uint8Array {
    this.done = true;
    const { buf, at } = this;
    this.buf = Buffer.alloc(0);
    if (this.pool) {
      if (at > 0) return buf.subarray(0, at);
      this.pool.give(this.name, buf.buffer as ArrayBuffer);
      return new Uint8Array(0);
    }
    // An empty view of a large buffer would be copied whole when posted (only non-empty buffers are transferred);
    // a buffer much larger than its bytes would hold the difference until the writer thread writes them.
    if (at === 0) return new Uint8Array(0);
    if (buf.length > 2 * at) {
      const exact = Buffer.allocUnsafeSlow(at);
      buf.copy(exact, 0, 0, at);
      return exact;
    }
    return buf.subarray(0, at);
  }
}
