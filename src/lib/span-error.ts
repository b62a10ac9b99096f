/**
 * An error located in a text the analyst typed (a query, a SECL rule): where (UTF-16 index and
 * length of the offending part, so that the box can underline it) and a message. The
 * throwable form is internal to tokenizers, parsers and compilers, which turn it into a result.
 */
export interface SpanError {
  readonly position: number;
  readonly length: number;
  readonly message: string;
}

export class SpanFailure extends Error {
  readonly position: number;
  readonly length: number;

  constructor(position: number, length: number, message: string) {
    super(message);
    this.position = position;
    this.length = length;
  }

  toError(): SpanError {
    return { position: this.position, length: this.length, message: this.message };
  }
}
