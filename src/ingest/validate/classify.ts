/**
 * Validates an event body against the seed schema (with the validator generated at build
 * time) and classifies it: valid; drift (only unknown properties, as newer agents add);
 * invalid (wrong type, missing required property, bad date-time…). The `agent` and `title`
 * companions that every real body carries are not part of the schema and are set aside
 * before validating. Findings keep their JSON pointer, keyword and message.
 */
import type { ErrorObject } from 'ajv';
import validate from '../../generated/validate-event.js';
import type { Finding, Validity } from '../../protocol/messages';

/** Deeper than this, an event is kept but flagged: real bodies nest about 8 levels. */
export const MAX_NESTING_DEPTH = 64;

/** At most this many findings are kept per event. */
const MAX_FINDINGS = 50;

export interface Classification {
  readonly validity: Validity;
  readonly findings: readonly Finding[];
}

const VALID: Classification = { validity: 'valid', findings: [] };

function withoutCompanions(body: Record<string, unknown>): Record<string, unknown> {
  if (!('agent' in body) && !('title' in body)) return body;
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    if (key === 'agent' || key === 'title') continue;
    // A `__proto__` key must stay an own property (and be reported), not set a prototype.
    if (key === '__proto__')
      Object.defineProperty(rest, key, { value: body[key], enumerable: true });
    else rest[key] = body[key];
  }
  return rest;
}

function toFinding(error: ErrorObject): Finding {
  if (error.keyword === 'additionalProperties') {
    const property = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    return {
      pointer: `${error.instancePath}/${property.replaceAll('~', '~0').replaceAll('/', '~1')}`,
      keyword: 'additionalProperties',
      message: `unknown property "${property}" (not in the schema)`,
    };
  }
  return {
    pointer: error.instancePath,
    keyword: error.keyword,
    message: error.message ?? error.keyword,
  };
}

/** Nesting depth of a JSON value, measured without recursion; stops past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return max;
}

export function classifyBody(body: Record<string, unknown>): Classification {
  if (validate(withoutCompanions(body))) return VALID;
  const errors = validate.errors ?? [];
  const findings = errors.slice(0, MAX_FINDINGS).map(toFinding);
  let onlyUnknown = errors.every((e) => e.keyword === 'additionalProperties');
  if (nestingDepth(body, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    onlyUnknown = false;
    findings.push({
      pointer: '',
      keyword: 'limit',
      message: `nesting deeper than ${MAX_NESTING_DEPTH} levels (limit); the event is kept as read`,
    });
  }
  if (errors.length > MAX_FINDINGS) {
    findings.push({
      pointer: '',
      keyword: 'limit',
      message: `${errors.length - MAX_FINDINGS} more findings not listed (limit ${MAX_FINDINGS})`,
    });
  }
  return { validity: onlyUnknown ? 'drift' : 'invalid', findings };
}
