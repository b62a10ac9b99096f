/**
 * The selected event's body read once for all its views (summary, fields, tree, value
 * picker) with the exact reader of `json-model.ts`; malformed text becomes an error message
 * the views show instead.
 */
import { useMemo } from 'react';
import { readJson } from './json-model';
import type { JsonNode } from './json-model';

export type ParsedBody =
  | { readonly node: JsonNode; readonly error?: undefined }
  | { readonly node?: undefined; readonly error: string };

export function parseBody(json: string): ParsedBody {
  try {
    return { node: readJson(json) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function useParsedBody(json: string): ParsedBody {
  return useMemo(() => parseBody(json), [json]);
}
