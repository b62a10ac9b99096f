/**
 * The error a query reports when it cannot be parsed: where (UTF-16 index and length of the
 * offending text, so that the search box can underline it) and a message for the analyst.
 */
export interface QueryError {
  readonly position: number;
  readonly length: number;
  readonly message: string;
}

/** Thrown inside the tokenizer and parser only; `parseQuery` turns it into a result. */
export class QuerySyntaxError extends Error {
  readonly position: number;
  readonly length: number;

  constructor(position: number, length: number, message: string) {
    super(message);
    this.position = position;
    this.length = length;
  }

  toQueryError(): QueryError {
    return { position: this.position, length: this.length, message: this.message };
  }
}
