/** The error a query reports when it cannot be parsed (see `lib/span-error.ts`). */
import { SpanFailure, type SpanError } from '../lib/span-error';

export type QueryError = SpanError;

/** Thrown inside the tokenizer and parser only; `parseQuery` turns it into a result. */
export class QuerySyntaxError extends SpanFailure {}
