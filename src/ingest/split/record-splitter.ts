/**
 * Streaming record splitter over bytes: turns the byte stream of one file (already
 * decompressed) into records — the JSON values that each hold one event or one envelope —
 * without ever building a whole-file string.
 *
 * Two modes, chosen from content:
 *  - line mode (NDJSON, log archives, downloader output): decided when the first
 *    top-level value ends on the line it started. Every line is one record, found with a
 *    native `indexOf` scan; a line holding several values (`}{` runs) is split later by
 *    `splitValues`. A raw newline always ends a record, so a truncated line never swallows
 *    the next one.
 *  - structural mode (pretty-printed values, JSON arrays, API responses): a JSON scanner
 *    tracks strings, escapes and nesting. A top-level array and the `data` / `logs`
 *    array of a top-level response object are wrappers: their elements are the records.
 *
 * Invariants: every non-blank byte run ends up in exactly one record (so that
 * `records = events + rejected` holds downstream); blank lines are counted apart; a record
 * larger than `maxRecordBytes` is reported as oversize rather than buffered; byte offsets
 * are absolute positions in the stream, lines are 1-based.
 */

export interface SplitRecord {
  /** The record's bytes (a view; copy before keeping). Empty for an oversize record. */
  readonly bytes: Uint8Array;
  readonly offset: number;
  readonly length: number;
  /** 1-based line on which the record starts. */
  readonly line: number;
  /** Set when the record could not be taken whole. */
  readonly defect?: 'oversize' | 'unterminated';
  /**
   * The record as text, when it lies in one pure-ASCII chunk: decoding each chunk once is
   * much cheaper than decoding every record on its own. Absent otherwise.
   */
  readonly text?: string;
}

export interface SplitterOptions {
  readonly maxRecordBytes: number;
  readonly onRecord: (record: SplitRecord) => void;
  readonly onBlankLine: () => void;
  /**
   * The stream is the rest of a line-mode stream from a line start at this offset (a shard
   * of a file cut at record boundaries): line mode from the start, no byte-order mark, and
   * lines counted from 1 again (the caller adds the lines before).
   */
  readonly continuesLinesAt?: number;
}

/** How a stream is split: decided by its first top-level value (see above). */
export type SplitMode = 'undecided' | 'lines' | 'structural';

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Keys of a top-level response object whose array elements are the records. */
const CONTAINER_KEYS = new Set(['data', 'logs']);

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function isSpace(b: number): boolean {
  return b === SPACE || b === LF || b === CR || b === TAB;
}

/** Accumulates the bytes of one record across chunks, up to a limit. */
class RecordBuffer {
  private parts: Uint8Array[] = [];
  size = 0;
  oversize = false;
  offset = 0;
  line = 0;
  active = false;

  constructor(private readonly limit: number) {}

  start(offset: number, line: number): void {
    this.parts = [];
    this.size = 0;
    this.oversize = false;
    this.offset = offset;
    this.line = line;
    this.active = true;
  }

  append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.oversize) return;
    if (this.size > this.limit) {
      this.oversize = true;
      this.parts = [];
      return;
    }
    this.parts.push(bytes);
  }

  /** Replaces parts that are views into `buffer` by copies of their bytes. */
  ownBytesOf(buffer: ArrayBufferLike): void {
    this.parts = this.parts.map((part) => (part.buffer === buffer ? part.slice() : part));
  }

  forEachPart(visit: (part: Uint8Array) => void): void {
    for (const part of this.parts) visit(part);
  }

  take(): Uint8Array {
    this.active = false;
    const parts = this.parts;
    this.parts = [];
    if (parts.length === 1) return parts[0] as Uint8Array;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

const chunkDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

interface DepthState {
  depth: number;
  inString: boolean;
  escaped: boolean;
}

/** Advances a nesting-depth scan over `bytes[from, to)`. */
function scanDepth(state: DepthState, bytes: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) stepDepth(state, bytes[i] as number);
}

/** Advances a nesting-depth scan by one byte (strings and escapes skipped). */
function stepDepth(state: DepthState, b: number): void {
  if (state.inString) {
    if (state.escaped) state.escaped = false;
    else if (b === BACKSLASH) state.escaped = true;
    else if (b === QUOTE) state.inString = false;
  } else if (b === QUOTE) state.inString = true;
  else if (b === OPEN_BRACE || b === OPEN_BRACKET) state.depth++;
  else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) state.depth--;
}

/** `recordDepth` while skipping the tail of a response object after its records array. */
const NO_RECORDS = -1;

export class RecordSplitter {
  private readonly buffer: RecordBuffer;
  private mode: SplitMode = 'undecided';
  /** Absolute offset of the first byte of the chunk being scanned. */
  private position = 0;
  private line = 1;
  private lineHasContent = false;
  private atStreamStart = true;
  /** The first bytes of the stream while they may be a byte-order mark cut short. */
  private head: Uint8Array | undefined;

  // Structural scanner state.
  /** Absolute nesting depth over the whole stream. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private inScalar = false;
  /** Depth at which records start: 0; 1 inside a top-level array; 2 inside `{"data":[`. */
  private recordDepth = 0;
  /** True inside a response object (`{"data": [...], "meta": …}`). */
  private inResponse = false;
  private recordHasNewline = false;
  // Key tracking at depth 1 of a top-level object, to recognise `"data": [`.
  private expectKey = false;
  private capturingKey = false;
  private keyBytes: number[] = [];
  private containerKeySeen = false;
  // Line mode state: the current line's position and the record's first and last bytes.
  private atLineStart = true;
  private firstByte = -1;
  private lastByte = -1;
  /** Set while a record continues over several lines (a pretty-printed value). */
  private open: DepthState | undefined;
  private chunk: Uint8Array = new Uint8Array(0);
  /** The chunk decoded, null when it is not pure ASCII, undefined until needed. */
  private chunkText: string | null | undefined;

  constructor(private readonly options: SplitterOptions) {
    this.buffer = new RecordBuffer(options.maxRecordBytes);
    if (options.continuesLinesAt !== undefined) {
      this.mode = 'lines';
      this.position = options.continuesLinesAt;
      this.atStreamStart = false;
    }
  }

  /** Offset just past the first top-level value, which decided the mode (0 until then). */
  decidedAt = 0;

  /** The mode, once the first top-level value has decided it. */
  get splitMode(): SplitMode {
    return this.mode;
  }

  /** Newlines passed so far (a stream cut at a line start has this many lines before the cut). */
  get newlines(): number {
    return this.line - 1;
  }

  push(input: Uint8Array): void {
    let chunk = input;
    let i = 0;
    if (this.atStreamStart) {
      if (this.head !== undefined) chunk = concatBytes(this.head, chunk);
      if (chunk.length === 0) return;
      // A byte-order mark cut by a chunk boundary: hold its first bytes until the rest comes.
      if (chunk.length < 3 && chunk.every((b, k) => b === UTF8_BOM[k])) {
        this.head = chunk.slice();
        return;
      }
      this.head = undefined;
      this.atStreamStart = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    this.chunk = chunk;
    this.chunkText = undefined;
    while (i < chunk.length) {
      i = this.mode === 'lines' ? this.scanLines(chunk, i) : this.scanStructural(chunk, i);
    }
    this.position += chunk.length;
  }

  /**
   * After `push`, makes the splitter independent of the chunk's memory (a record still open
   * keeps a copy of its bytes), so the chunk may be handed to another thread.
   */
  releaseChunk(): void {
    if (this.buffer.active) this.buffer.ownBytesOf(this.chunk.buffer);
    this.chunk = new Uint8Array(0);
    this.chunkText = undefined;
  }

  /**
   * Flushes whatever record is still open at the end of the stream. `cut` says the stream
   * broke off (a damaged gzip): the last record is then known to be incomplete.
   */
  finish(cut = false): void {
    if (this.head !== undefined) {
      // The stream was only the start of a byte-order mark: those bytes are content.
      const head = this.head;
      this.head = undefined;
      this.atStreamStart = false;
      this.push(head);
    }
    if (!this.buffer.active) return;
    const open = cut || (this.mode !== 'lines' && !this.inScalar) || this.open !== undefined;
    this.open = undefined;
    this.inScalar = false;
    this.emit(open ? 'unterminated' : undefined);
  }

  // ---- line mode ---------------------------------------------------------------------

  private scanLines(chunk: Uint8Array, from: number): number {
    const newline = chunk.indexOf(LF, from);
    const end = newline === -1 ? chunk.length : newline;
    if (this.atLineStart && from < end) {
      this.atLineStart = false;
      // Inside a pretty-printed value every line is indented or closes the value at column
      // 0; any other line means the open value was cut short and a new record begins.
      const first = chunk[from] as number;
      const continues = isSpace(first) || first === CLOSE_BRACE || first === CLOSE_BRACKET;
      if (this.open !== undefined && !continues) {
        this.open = undefined;
        this.emit('unterminated');
      }
    }
    if (this.buffer.active) {
      this.buffer.append(chunk.subarray(from, end));
      if (this.open !== undefined) scanDepth(this.open, chunk, from, end);
      this.noteLastByte(chunk, from, end);
    } else {
      let i = from;
      while (i < end && isSpace(chunk[i] as number)) i++;
      if (i < end) {
        this.buffer.start(this.position + i, this.line);
        this.buffer.append(chunk.subarray(i, end));
        this.firstByte = chunk[i] as number;
        this.lastByte = -1;
        this.noteLastByte(chunk, i, end);
      }
    }
    if (newline === -1) return chunk.length;
    if (this.buffer.active) this.endLineInRecord(chunk, newline);
    else if (!this.lineHasContent) this.options.onBlankLine();
    this.lineHasContent = false;
    this.line++;
    this.atLineStart = true;
    return newline + 1;
  }

  /** At a newline inside a record: emit it, or keep reading a value that spans lines. */
  private endLineInRecord(chunk: Uint8Array, newline: number): void {
    if (this.open === undefined) {
      const container = this.firstByte === OPEN_BRACE || this.firstByte === OPEN_BRACKET;
      const closed = this.lastByte === CLOSE_BRACE || this.lastByte === CLOSE_BRACKET;
      if (!container || closed || this.buffer.oversize) {
        this.emit(undefined);
        return;
      }
      // The line ends inside a value (pretty-printed JSON): measure how deep, then go on.
      const open = { depth: 0, inString: false, escaped: false };
      this.buffer.forEachPart((part) => scanDepth(open, part, 0, part.length));
      if (open.depth <= 0) {
        this.emit(undefined);
        return;
      }
      this.open = open;
    } else if (this.open.depth <= 0) {
      this.open = undefined;
      this.emit(undefined);
      return;
    }
    this.buffer.append(chunk.subarray(newline, newline + 1));
  }

  private noteLastByte(chunk: Uint8Array, from: number, end: number): void {
    for (let i = end - 1; i >= from; i--) {
      const b = chunk[i] as number;
      if (!isSpace(b)) {
        this.lastByte = b;
        return;
      }
    }
  }

  // ---- structural mode ---------------------------------------------------------------

  private scanStructural(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let segmentStart = this.buffer.active ? from : -1;
    let i = from;
    for (; i < n; i++) {
      const b = chunk[i] as number;
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          // A raw newline after a backslash (invalid JSON) still starts a new line.
          if (b === LF) {
            this.newline();
            this.recordHasNewline = true;
          }
        } else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) {
          this.inString = false;
          if (this.capturingKey) this.endKey();
          if (this.buffer.active && this.depth === this.recordDepth) {
            // A record that is a bare string.
            this.buffer.append(chunk.subarray(segmentStart, i + 1));
            this.emit(undefined);
            segmentStart = -1;
          }
        } else if (b === LF) {
          this.newline();
          this.recordHasNewline = true;
        } else if (this.capturingKey && this.keyBytes.length < 8) this.keyBytes.push(b);
        continue;
      }
      if (this.inScalar) {
        // A bare token at record level (number, literal, garbage) runs to a delimiter.
        const ends =
          b === LF || (this.recordDepth > 0 && (b === COMMA || b === CLOSE_BRACKET || isSpace(b)));
        if (!ends) continue;
        this.inScalar = false;
        this.buffer.append(chunk.subarray(segmentStart, i));
        segmentStart = -1;
        this.emit(undefined);
        i--; // the delimiter is read again at wrapper level
        continue;
      }
      if (b === LF) {
        this.newline();
        if (this.buffer.active) this.recordHasNewline = true;
        continue;
      }
      if (isSpace(b)) continue;
      this.lineHasContent = true;

      if (!this.buffer.active) {
        // Between records: wrapper syntax, or the first byte of a record.
        if (this.recordDepth === NO_RECORDS) {
          this.skipResponseTail(b);
          continue;
        }
        if (this.depth !== this.recordDepth) continue;
        if (this.recordDepth > 0 && b === COMMA) continue;
        if (this.recordDepth > 0 && b === CLOSE_BRACKET) {
          this.depth--;
          this.recordDepth = this.inResponse ? NO_RECORDS : 0;
          continue;
        }
        if (this.recordDepth === 0 && b === OPEN_BRACKET) {
          this.depth = 1;
          this.recordDepth = 1;
          continue;
        }
        this.buffer.start(this.position + i, this.line);
        this.recordHasNewline = false;
        segmentStart = i;
        if (b === OPEN_BRACE || b === OPEN_BRACKET) {
          this.depth++;
          this.expectKey = this.recordDepth === 0 && b === OPEN_BRACE;
          this.containerKeySeen = false;
        } else if (b === QUOTE) {
          this.inString = true;
        } else {
          this.inScalar = true;
        }
        continue;
      }

      // Inside a record.
      const topLevelObject = this.recordDepth === 0 && this.depth === 1;
      if (b === QUOTE) {
        this.inString = true;
        if (topLevelObject && this.expectKey) {
          this.capturingKey = true;
          this.keyBytes = [];
        }
      } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        if (topLevelObject && this.containerKeySeen && b === OPEN_BRACKET) {
          // `{"data": [` — a response object: its array's elements are the records.
          this.buffer.active = false;
          segmentStart = -1;
          this.depth = 2;
          this.recordDepth = 2;
          this.inResponse = true;
          continue;
        }
        this.depth++;
        this.containerKeySeen = false;
      } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth === this.recordDepth) {
          this.buffer.append(chunk.subarray(segmentStart, i + 1));
          segmentStart = -1;
          const oneLine = this.recordDepth === 0 && !this.recordHasNewline;
          this.emit(undefined);
          if (this.mode === 'undecided') {
            this.mode = oneLine ? 'lines' : 'structural';
            this.decidedAt = this.position + i + 1;
            if (this.mode === 'lines') {
              this.lineHasContent = true;
              this.atLineStart = false;
              return i + 1; // the rest of this line is read in line mode
            }
          }
        }
      } else if (b === COMMA) {
        if (topLevelObject) this.expectKey = true;
        this.containerKeySeen = false;
      } else if (b === COLON) {
        if (topLevelObject) this.expectKey = false;
      } else {
        this.containerKeySeen = false;
      }
    }
    if (segmentStart >= 0 && this.buffer.active)
      this.buffer.append(chunk.subarray(segmentStart, n));
    return n;
  }

  /** After a response's records array: skip to the end of the response object. */
  private skipResponseTail(b: number): void {
    if (b === QUOTE) this.inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) this.depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      this.depth--;
      if (this.depth === 0) {
        this.inResponse = false;
        this.recordDepth = 0;
      }
    }
  }

  private endKey(): void {
    this.capturingKey = false;
    this.containerKeySeen = CONTAINER_KEYS.has(String.fromCharCode(...this.keyBytes));
  }

  private newline(): void {
    if (!this.lineHasContent && !this.buffer.active && this.depth === 0) {
      this.options.onBlankLine();
    }
    this.lineHasContent = false;
    this.line++;
  }

  /** The current chunk as text if it is pure ASCII (so byte and character offsets agree). */
  private asciiChunkText(): string | null {
    if (this.chunkText === undefined) {
      const text = chunkDecoder.decode(this.chunk);
      // Multi-byte sequences shorten the text and bad bytes become U+FFFD: either way, no.
      this.chunkText = text.length === this.chunk.length && !text.includes('\uFFFD') ? text : null;
    }
    return this.chunkText;
  }

  private textOf(bytes: Uint8Array): string | undefined {
    const chunk = this.chunk;
    const start = bytes.byteOffset - chunk.byteOffset;
    if (bytes.buffer !== chunk.buffer || start < 0 || start + bytes.length > chunk.length) {
      return undefined;
    }
    return this.asciiChunkText()?.slice(start, start + bytes.length);
  }

  private emit(defect: 'unterminated' | undefined): void {
    const { offset, line, size, oversize } = this.buffer;
    const bytes = this.buffer.take();
    const text = oversize || bytes.length === 0 ? undefined : this.textOf(bytes);
    if (defect === 'unterminated') {
      this.depth = this.recordDepth;
      this.inString = false;
      this.escaped = false;
    }
    const finalDefect = oversize ? 'oversize' : defect;
    this.options.onRecord({
      bytes: oversize ? new Uint8Array(0) : bytes,
      offset,
      length: size,
      line,
      ...(finalDefect === undefined ? {} : { defect: finalDefect }),
      ...(text === undefined ? {} : { text }),
    });
  }
}

/**
 * Splits one line that holds several JSON values back to back (`{…}{…}`, `{…} {…}`) into
 * those values' byte ranges. Returns undefined when the line does not split cleanly.
 */
export function splitValues(bytes: Uint8Array): Array<[number, number]> | undefined {
  const ranges: Array<[number, number]> = [];
  const state: DepthState = { depth: 0, inString: false, escaped: false };
  let start = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (state.depth === 0 && !state.inString) {
      // Between values: only whitespace, or the opening bracket of the next value.
      if (isSpace(b)) continue;
      if (b !== OPEN_BRACE && b !== OPEN_BRACKET) return undefined;
      start = i;
    }
    stepDepth(state, b);
    if (state.depth === 0 && !state.inString) ranges.push([start, i + 1]);
  }
  return state.depth === 0 && ranges.length > 1 ? ranges : undefined;
}
