/**
 * An exact map from document ids to the origin that first used them, kept
 * compact because it holds every id of a run: ids are stored as UTF-8 bytes
 * in one growing byte arena, found through an open-addressing table of
 * entry numbers (a 32-bit hash picks the slot, equal bytes decide), and an
 * origin `PATH#L<line>` is kept as a number for PATH (interned) and the
 * line. About 40 bytes plus the id's UTF-8 length per id (growth slack included), not ~165
 * for a Map of strings (measured with 400,000 ids). Ids that are not
 * well-formed UTF-16 (lone surrogates, which UTF-8 cannot hold) are kept in
 * a plain Map, so lookups stay exact.
 */
const encoder = new TextEncoder();
const LINE = /^[1-9][0-9]{0,8}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);

export class IdTable {
  private slots = new Int32Array(1 << 12);
  private hashes = new Uint32Array(1 << 11);
  private starts = new Uint32Array(1 << 11);
  private lengths = new Uint32Array(1 << 11);
  private prefixes = new Uint32Array(1 << 11);
  private lines = new Uint32Array(1 << 11);
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private count = 0;
  private scratch = new Uint8Array(256);
  private readonly odd = new Map<string, string>();
  private readonly prefixIndex = new Map<string, number>();
  private readonly prefixList: string[] = [];

  get size(): number {
    return this.count + this.odd.size;
  }

  /** The origin recorded for `id`, or undefined. */
  get(id: string): string | undefined {
    if (!wellFormed(id)) return this.odd.get(id);
    const n = this.encode(id);
    const e = this.find(n, hash(this.scratch, n));
    if (e < 0) return undefined;
    const prefix = this.prefixList[this.prefixes[e]];
    return this.lines[e] === 0 ? prefix : `${prefix}#L${this.lines[e]}`;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Records `id` (not yet present) as first used by `origin`. */
  set(id: string, origin: string): void {
    if (!wellFormed(id)) {
      this.odd.set(id, origin);
      return;
    }
    const n = this.encode(id);
    const h = hash(this.scratch, n);
    if (this.find(n, h) >= 0) throw new Error(`IdTable: id "${id}" is already present`);
    if (this.count === this.hashes.length) this.growEntries();
    if (2 * (this.count + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    if (this.used + n > this.arena.length) this.arena = grown(this.arena, Math.max(this.arena.length * 2, this.used + n));
    this.arena.set(this.scratch.subarray(0, n), this.used);
    const e = this.count++;
    this.hashes[e] = h;
    this.starts[e] = this.used;
    this.lengths[e] = n;
    this.used += n;
    const [prefix, line] = splitOrigin(origin);
    let p = this.prefixIndex.get(prefix);
    if (p === undefined) {
      p = this.prefixList.push(prefix) - 1;
      this.prefixIndex.set(prefix, p);
    }
    this.prefixes[e] = p;
    this.lines[e] = line;
    this.place(e, h);
  }

  /** UTF-8 bytes of `id` into the scratch buffer; their count. */
  private encode(id: string): number {
    if (this.scratch.length < 3 * id.length) this.scratch = new Uint8Array(3 * id.length);
    return encoder.encodeInto(id, this.scratch).written;
  }

  /** The entry whose bytes equal the first `n` scratch bytes, or -1. */
  private find(n: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === h && this.lengths[e] === n && this.equalBytes(e, n)) return e;
    }
  }

  private equalBytes(e: number, n: number): boolean {
    const start = this.starts[e];
    for (let i = 0; i < n; i++) if (this.arena[start + i] !== this.scratch[i]) return false;
    return true;
  }

  private place(e: number, h: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.count; e++) this.place(e, this.hashes[e]);
  }

  private growEntries(): void {
    const size = this.hashes.length * 2;
    this.hashes = grown(this.hashes, size);
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
    this.prefixes = grown(this.prefixes, size);
    this.lines = grown(this.lines, size);
  }
}

/** FNV-1a over the first `n` bytes. */
function hash(bytes: Uint8Array, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/** `PATH#L<line>` → [PATH, line]; any other origin → [origin, 0]. The origin is rebuilt exactly from the pair. */
function splitOrigin(origin: string): [string, number] {
  const at = origin.lastIndexOf("#L");
  if (at < 0 || !LINE.test(origin.slice(at + 2))) return [origin, 0];
  return [origin.slice(0, at), Number(origin.slice(at + 2))];
}

function grown<T extends Uint8Array | Int32Array | Uint32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
