/**
 * One time column of the process nodes (fork, exec or exit time), kept as numbers rather than
 * one string per node, yet giving back each text exactly as written in the events (identity
 * keys and the wire DTO use the text).
 *
 * A text in the agent's canonical form `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ` (a valid UTC date in
 * 1970..2105, nine fraction digits) is stored as whole seconds since the epoch plus
 * nanoseconds (8 bytes), and rebuilt on demand; any other text is kept as is in a side map.
 * The encoding is one-to-one on canonical texts (every field is range-checked), so comparing
 * numbers is comparing texts.
 */
/** `ns` value of a node whose time is unknown (text ''). */
const EMPTY = 0xffffffff;
/** `ns` value of a node whose time text is kept in `other` (not canonical). */
const OTHER = 0xfffffffe;
const MAX_SECONDS = 0xffffffff;

/** The two-digit number at `i` of `text`; a large negative number when one is not a digit. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1e9 : a * 10 + b;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a valid date of year ≥ 1970 (the civil-from-days inverse). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export class NodeTimes {
  private seconds: Uint32Array;
  private ns: Uint32Array;
  private readonly other = new Map<number, string>();
  private otherBytes = 0;
  /** The last `prepare`d text, encoded (see `matchesPrepared`). */
  private preparedText = '';
  private preparedSeconds = 0;
  private preparedNs = EMPTY;

  constructor(capacity: number) {
    this.seconds = new Uint32Array(capacity);
    this.ns = new Uint32Array(capacity).fill(EMPTY);
  }

  /** Encodes `text` into the prepared slot (`OTHER` when it is not canonical). */
  private encode(text: string): void {
    this.preparedText = text;
    this.preparedSeconds = 0;
    if (text === '') {
      this.preparedNs = EMPTY;
      return;
    }
    this.preparedNs = OTHER;
    if (
      text.length !== 30 ||
      text.charCodeAt(4) !== 45 || // -
      text.charCodeAt(7) !== 45 ||
      text.charCodeAt(10) !== 84 || // T
      text.charCodeAt(13) !== 58 || // :
      text.charCodeAt(16) !== 58 ||
      text.charCodeAt(19) !== 46 || // .
      text.charCodeAt(29) !== 90 // Z
    ) {
      return;
    }
    const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    const second = twoDigits(text, 17);
    const last = text.charCodeAt(28) - 48;
    const fraction =
      twoDigits(text, 20) * 1e7 +
      twoDigits(text, 22) * 1e5 +
      twoDigits(text, 24) * 1e3 +
      twoDigits(text, 26) * 10 +
      (last >>> 0 > 9 ? -1e9 : last);
    // A non-digit makes its field negative (the fraction too, whatever its other digits).
    if (year < 1970 || month < 1 || month > 12 || day < 1 || fraction < 0) return;
    if (day > daysInMonth(year, month) || hour < 0 || hour > 23) return;
    if (minute < 0 || minute > 59 || second < 0 || second > 59) return;
    const seconds = daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    if (seconds >= MAX_SECONDS) return;
    this.preparedSeconds = seconds;
    this.preparedNs = fraction;
  }

  /** Encodes `text` once for several `matchesPrepared` calls. */
  prepare(text: string): void {
    if (text !== this.preparedText || text === '') this.encode(text);
  }

  /** Whether node `id`'s text is the last `prepare`d one. */
  matchesPrepared(id: number): boolean {
    const ns = this.ns[id];
    if (ns !== this.preparedNs) return false;
    if (ns === OTHER) return this.other.get(id) === this.preparedText;
    return ns === EMPTY || this.seconds[id] === this.preparedSeconds;
  }

  set(id: number, text: string | undefined): void {
    if (id >= this.ns.length) this.grow(id + 1);
    if (this.ns[id] === OTHER) {
      this.otherBytes -= (this.other.get(id) ?? '').length * 2 + 48;
      this.other.delete(id);
    }
    this.encode(text ?? '');
    this.seconds[id] = this.preparedSeconds;
    this.ns[id] = this.preparedNs;
    if (this.preparedNs === OTHER) {
      this.other.set(id, this.preparedText);
      // Rough heap cost: the string and its map entry.
      this.otherBytes += this.preparedText.length * 2 + 48;
    }
  }

  isKnown(id: number): boolean {
    return (this.ns[id] ?? EMPTY) !== EMPTY;
  }

  /** Whether nodes `a` and `b` have the same text. */
  same(a: number, b: number): boolean {
    const ns = this.ns[a];
    if (ns !== this.ns[b]) return false;
    if (ns === OTHER) return this.other.get(a) === this.other.get(b);
    return this.seconds[a] === this.seconds[b];
  }

  /** The text of node `id` as written in the events ('' when unknown). */
  get(id: number): string {
    const ns = this.ns[id] ?? EMPTY;
    if (ns === EMPTY) return '';
    if (ns === OTHER) return this.other.get(id) ?? '';
    const date = new Date((this.seconds[id] as number) * 1000);
    const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
    const time = `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
    return `${day}T${time}.${pad(ns, 9)}Z`;
  }

  grow(capacity: number): void {
    if (capacity <= this.ns.length) return;
    const ns = new Uint32Array(capacity).fill(EMPTY);
    ns.set(this.ns);
    this.ns = ns;
    const seconds = new Uint32Array(capacity);
    seconds.set(this.seconds);
    this.seconds = seconds;
  }

  get byteLength(): number {
    return this.seconds.byteLength + this.ns.byteLength + this.otherBytes;
  }
}
