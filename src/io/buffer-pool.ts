/**
 * The largest buffer kept. A batch is sent once it holds 256 K characters of text (BATCH_CHARS in run.ts);
 * its largest output (counts.jsonl) is about 4.5 times that in UTF-8 bytes, ~1.2 MB, in a buffer grown by
 * doubling to 2 MB. A batch ending with a huge document needs more, once: such a buffer is not kept.
 */
export const MAX_KEPT_BYTES = 4 * 1024 * 1024;

/**
 * Buffers that the rendered text of batches is written into, kept for the
 * next batches once their bytes are in the output files (docs/performance.md §13).
 * A buffer made per batch is external memory to the thread that writes it
 * until a garbage collection frees it: with two workers the main thread ran
 * a mark-compact every ~600 documents for that alone. Reused buffers travel
 * back and forth instead, so that no thread's external memory grows.
 *
 * One list of free buffers per output (events.jsonl, documents.csv…): a
 * buffer comes back to the output it was made for, whose batches need about
 * the same size each time.
 */
export class BufferPool {
  private readonly free = new Map<string, ArrayBuffer[]>();

  /**
   * @param keep free buffers kept per output; more are left to the garbage collector.
   * @param largest a buffer above this many bytes is not kept: a batch of huge documents
   *   (up to --max-doc-bytes each) leaves no buffer of that size in every thread for the rest of the run.
   */
  constructor(
    private readonly keep = 8,
    private readonly largest = MAX_KEPT_BYTES,
  ) {}

  /** A free buffer of output `name` of at least `min` bytes (the largest there is), else a new one of `size` bytes. */
  take(name: string, min: number, size: number): Buffer {
    const list = this.free.get(name);
    if (list && list.length > 0) {
      // Kept in increasing size: the last is the largest.
      if (list[list.length - 1].byteLength >= min) return Buffer.from(list.pop()!);
    }
    return Buffer.allocUnsafeSlow(Math.max(min, size));
  }

  /** Hands back a buffer whose bytes are no longer needed (its contents may be overwritten from now on). */
  give(name: string, buffer: ArrayBuffer): void {
    if (buffer.byteLength === 0 || buffer.byteLength > this.largest) return;
    let list = this.free.get(name);
    if (!list) this.free.set(name, (list = []));
    let at = list.length;
    while (at > 0 && list[at - 1].byteLength > buffer.byteLength) at--;
    list.splice(at, 0, buffer);
    // The smallest are dropped first: the largest fit any batch.
    if (list.length > this.keep) list.shift();
  }

  /** Hands back every buffer of a batch's text (`textBuffers`), once its bytes are written. */
  giveText(text: Record<string, Uint8Array>): void {
    const { names, buffers } = textBuffers(text);
    for (let i = 0; i < names.length; i++) this.give(names[i], buffers[i]);
  }

  /** Free buffers held for output `name` (tests). */
  size(name: string): number {
    return this.free.get(name)?.length ?? 0;
  }
}

/** The buffers of a batch's text by output, as a worker transfers them (empty ones are not sent). */
export function textBuffers(text: Record<string, Uint8Array>): { names: string[]; buffers: ArrayBuffer[] } {
  const names: string[] = [];
  const buffers: ArrayBuffer[] = [];
  for (const [name, bytes] of Object.entries(text)) {
    if (bytes.byteLength === 0) continue;
    names.push(name);
    buffers.push(bytes.buffer as ArrayBuffer);
  }
  return { names, buffers };
}
