import { ByteLog, ALIGN } from "./byte-log.js";

/**
 * An exact map from document ids to the origin that first used them, whose
 * memory hardly grows with the number of ids: each id is kept as a record
 * (its UTF-8 bytes, and its origin `PATH#L<line>` as a number for PATH,
 * interned, and the line) in a ByteLog, which moves to a temporary file past
 * a few MB; in memory stays an open-addressing table of [32-bit hash, record
 * address] pairs, 8 bytes a slot at a load of 3/8 to 3/4 (11 to 21 bytes per
 * id, against ~58 when the bytes and origins stayed in memory). Equal hashes
 * are checked against the record's bytes, so lookups are exact; reading a
 * record back happens only then (a repeated id, or a 32-bit collision). Ids
 * that are not well-formed UTF-16 (lone surrogates, which UTF-8 cannot hold)
 * are kept in a plain Map. `close` removes the temporary file.
 */
const encoder = new TextEncoder();
const LINE = /^[1-9][0-9]{0,8}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);
/** A record: [byte length, prefix number, line] as 32-bit words, then the id's bytes. */
const HEAD = 12;

export class IdTable {
  /** Pairs [hash, record address / ALIGN + 1]; 0 marks an empty slot. */
  private slots = new Uint32Array(2 << 10);
  private count = 0;
  private readonly log: ByteLog;
  /** The id being looked up: a record head, then its bytes. */
  private scratch = new Uint8Array(256);
  private view = new DataView(this.scratch.buffer);
  private readonly stored = new Uint8Array(HEAD);
  private readonly storedView = new DataView(this.stored.buffer);
  private compare = new Uint8Array(256);
  private readonly odd = new Map<string, string>();
  private readonly prefixIndex = new Map<string, number>();
  private readonly prefixList: string[] = [];

  /** `memoryLimit`: bytes of records kept in memory before they go to a temporary file. */
  constructor(memoryLimit = 2 << 20) {
    this.log = new ByteLog(memoryLimit, 256 << 10);
  }

  get size(): number {
    return this.count + this.odd.size;
  }

  /** The origin recorded for `id`, or undefined. */
  get(id: string): string | undefined {
    if (!wellFormed(id)) return this.odd.get(id);
    const n = this.encode(id);
    const at = this.find(n, hash(this.scratch, n));
    if (at < 0) return undefined;
    const prefix = this.prefixList[this.storedView.getUint32(4, true)];
    const line = this.storedView.getUint32(8, true);
    return line === 0 ? prefix : `${prefix}#L${line}`;
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
    if (4 * (this.count + 1) > 3 * (this.slots.length / 2)) this.rehash(this.slots.length * 2);
    const [prefix, line] = splitOrigin(origin);
    let p = this.prefixIndex.get(prefix);
    if (p === undefined) {
      p = this.prefixList.push(prefix) - 1;
      this.prefixIndex.set(prefix, p);
    }
    this.view.setUint32(0, n, true);
    this.view.setUint32(4, p, true);
    this.view.setUint32(8, line, true);
    const address = this.log.append(this.scratch.subarray(0, HEAD + n)) / ALIGN + 1;
    if (address > 0xffffffff) throw new Error("IdTable: more ids than 32 GB of records");
    this.place(h, address);
    this.count++;
  }

  /** Removes the temporary file of the records. */
  close(): void {
    this.log.close();
  }

  /** UTF-8 bytes of `id` into the scratch buffer, after room for a record head; their count. */
  private encode(id: string): number {
    if (this.scratch.length < HEAD + 3 * id.length) {
      this.scratch = new Uint8Array(HEAD + 3 * id.length);
      this.view = new DataView(this.scratch.buffer);
    }
    return encoder.encodeInto(id, this.scratch.subarray(HEAD)).written;
  }

  /** The record address of the id held in scratch (`n` bytes, hash `h`), with its head read into `stored`; or -1. */
  private find(n: number, h: number): number {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const address = slots[2 * s + 1];
      if (address === 0) return -1;
      if (slots[2 * s] === h && this.matches(address, n)) return address;
    }
  }

  /** Whether the record at `address` holds the `n` bytes of scratch (its head is left in `stored`). */
  private matches(address: number, n: number): boolean {
    const offset = (address - 1) * ALIGN;
    this.log.read(offset, HEAD, this.stored);
    if (this.storedView.getUint32(0, true) !== n) return false;
    if (this.compare.length < n) this.compare = new Uint8Array(n);
    this.log.read(offset + HEAD, n, this.compare);
    for (let i = 0; i < n; i++) if (this.compare[i] !== this.scratch[HEAD + i]) return false;
    return true;
  }

  private place(h: number, address: number): void {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    let s = h & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = address;
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Uint32Array(size);
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.place(old[s], old[s + 1]);
  }
}

/** FNV-1a over the bytes of scratch after the record head, finished with MurmurHash3's mix so that every bit counts. */
function hash(bytes: Uint8Array, n: number): number {
  let h = 0x811c9dc5;
  for (let i = HEAD; i < HEAD + n; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `PATH#L<line>` → [PATH, line]; any other origin → [origin, 0]. The origin is rebuilt exactly from the pair. */
function splitOrigin(origin: string): [string, number] {
  const at = origin.lastIndexOf("#L");
  if (at < 0 || !LINE.test(origin.slice(at + 2))) return [origin, 0];
  return [origin.slice(0, at), Number(origin.slice(at + 2))];
}
