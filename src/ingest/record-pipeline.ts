/**
 * The record pipeline of one byte stream (a whole file, or a shard of one cut at a record
 * boundary): split records → decode + JSON.parse → unwrap envelope → validate → one event
 * or one rejected-record problem per record, handed to the sink in stream order.
 *
 * Lines and ordinals are counted from the start of the stream; a shard's caller adds the
 * lines and records before it. Byte offsets are absolute (the stream says where it starts).
 */
import type { Finding, Problem } from '../protocol/messages';
import { escapeExcerpt } from '../lib/escape-excerpt';
import { analyzeItem, type AnalyzedItem } from './parse/analyze-item';
import type { Envelope, Shape } from './parse/envelope';
import { extractRow, type RowFields } from './parse/extract-row';
import { parseRecord } from './parse/parse-record';
import { RecordSplitter, type SplitMode, type SplitRecord } from './split/record-splitter';
import { loadValidators } from './validate/validators';
import type { Validity } from '../protocol/messages';

/** Records larger than this are rejected (named in the problem) rather than buffered. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface IngestedEvent {
  readonly offset: number;
  readonly length: number;
  readonly item: number;
  readonly line: number;
  readonly ordinal: number;
  readonly fields: RowFields;
  readonly validity: Validity;
  /** Id of the schema it was validated against (`linux-7.71`). */
  readonly schema: string;
  /** True when the event named no agent version and `schema` is the best fit. */
  readonly bestFit: boolean;
  /** What validation found (the index keeps only the class; the ClickHouse loader keeps these). */
  readonly findings: readonly Finding[];
  /** The record's text as read (the whole array or response for one of its items). */
  readonly recordText: string;
  readonly envelopeId: string | undefined;
  /** The parsed body and envelope, for the sink to index more fields from (not to keep). */
  readonly body: Record<string, unknown>;
  readonly envelope: Envelope | undefined;
}

export interface RecordSink {
  event(event: IngestedEvent): void;
  /** A rejected record; `ordinal` is its place among the stream's records. */
  problem(problem: Problem, ordinal: number): void;
  blankLine(line: number): void;
}

export class RecordPipeline {
  private readonly splitter: RecordSplitter;
  /** Shapes of the records read (for the file's format name). */
  readonly shapes = new Set<Shape>();
  /** Records read so far (events and rejected records). */
  ordinal = 0;
  // Items whose schema's validator is still loading wait here, with everything after them,
  // so that events and problems reach the sink in stream order; the queue is emptied by
  // `drain`, once the validators are loaded (validators.ts).
  private readonly waiting: Array<() => void> = [];
  private readonly needed = new Set<string>();

  constructor(
    private readonly sourceName: string,
    private readonly sink: RecordSink,
    /** Set for a shard that continues a line-mode stream at this byte offset. */
    continuesLinesAt?: number,
  ) {
    this.splitter = new RecordSplitter({
      maxRecordBytes: MAX_RECORD_BYTES,
      onBlankLine: () => {
        const line = this.splitter.newlines + 1;
        this.inOrder(() => sink.blankLine(line));
      },
      onRecord: (record) => this.onRecord(record),
      ...(continuesLinesAt === undefined ? {} : { continuesLinesAt }),
    });
  }

  get splitMode(): SplitMode {
    return this.splitter.splitMode;
  }

  /** Newlines passed: the lines of a stream that ends at a line start. */
  get newlines(): number {
    return this.splitter.newlines;
  }

  /** Splits a chunk; call `drain` before the next one. */
  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  /** Lets go of the last chunk's memory (it may be handed to another thread). */
  releaseChunk(): void {
    this.splitter.releaseChunk();
  }

  /** Emits what waits for validators still loading. */
  async drain(): Promise<void> {
    if (this.waiting.length === 0) return;
    await loadValidators(this.needed);
    this.needed.clear();
    for (const step of this.waiting.splice(0)) step();
  }

  /** Ends the stream (`cut`: it broke off) and emits everything still pending. */
  async finish(cut: boolean): Promise<void> {
    this.splitter.finish(cut);
    await this.drain();
  }

  private inOrder(step: () => void): void {
    if (this.waiting.length > 0) this.waiting.push(step);
    else step();
  }

  private reject(record: { offset: number; line: number }, reason: string, text: string): void {
    this.inOrder(() => {
      this.ordinal++;
      this.sink.problem(
        {
          source: this.sourceName,
          line: record.line,
          byteOffset: record.offset,
          reason,
          excerpt: escapeExcerpt(text),
          kind: 'record',
        },
        this.ordinal,
      );
    });
  }

  private onRecord(record: SplitRecord): void {
    if (record.defect === 'oversize') {
      this.reject(
        record,
        `record of ${record.length} bytes exceeds the ${MAX_RECORD_BYTES / 1048576} MiB record limit`,
        '',
      );
    } else if (record.defect === 'unterminated') {
      this.reject(
        record,
        'truncated: the JSON value ends before it is closed',
        new TextDecoder().decode(record.bytes.subarray(0, 400)),
      );
    } else {
      this.handleBytes(record, record.bytes, record.offset, true, record.text);
    }
  }

  private handleBytes(
    record: SplitRecord,
    bytes: Uint8Array,
    offset: number,
    allowSplit: boolean,
    text?: string,
  ): void {
    const parsed = parseRecord(bytes, allowSplit, text);
    if (parsed.kind === 'values') {
      for (const [start, end] of parsed.ranges) {
        this.handleBytes(record, bytes.subarray(start, end), offset + start, false);
      }
      return;
    }
    const at = { offset, line: record.line };
    if (parsed.kind === 'rejected') {
      this.reject(at, parsed.reason, parsed.text);
      return;
    }
    parsed.items.forEach((item, index) => {
      const emit = (analyzed: AnalyzedItem): void => {
        if (analyzed.kind === 'rejected') {
          this.reject(
            at,
            analyzed.reason,
            parsed.single ? parsed.text : (JSON.stringify(item) ?? ''),
          );
          return;
        }
        this.shapes.add(analyzed.shape);
        this.sink.event({
          offset,
          length: bytes.length,
          item: parsed.single ? 0 : index + 1,
          line: record.line,
          ordinal: ++this.ordinal,
          fields: extractRow(analyzed.body, analyzed.envelope),
          validity: analyzed.validity,
          schema: analyzed.schema,
          bestFit: analyzed.bestFit,
          findings: analyzed.findings,
          recordText: parsed.text,
          envelopeId: analyzed.envelope?.id,
          body: analyzed.body,
          envelope: analyzed.envelope,
        });
      };
      const analyzed = analyzeItem(item, parsed.badEncoding);
      if (analyzed.kind === 'pending') {
        for (const id of analyzed.schemas) this.needed.add(id);
        this.waiting.push(() => emit(analyzed.finish()));
      } else {
        this.inOrder(() => emit(analyzed));
      }
    });
  }
}
