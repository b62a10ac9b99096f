/**
 * Validates an event body against the schema of the agent that sent it (schema-choice.ts,
 * with validators generated at build time) and classifies it: valid; drift (only unknown
 * properties, as newer agents add); invalid (wrong type, missing required property, bad
 * date-time…). Schemas before 7.53 do not describe the `agent` and `title` companions that
 * real bodies carry: for those they are set aside before validating. Without an
 * `agent.version`, the candidate schemas are tried oldest first and the best fit is kept
 * (valid, else drift with the fewest findings, else invalid with the fewest). Findings keep
 * their JSON pointer, keyword and message.
 */
import type { ErrorObject } from 'ajv';
import type { Finding, Validity } from '../../protocol/messages';
import { chooseSchema, schemaInfo } from './schema-choice';
import { FALLBACK_SCHEMA, loadFailure, validatorFor } from './validators';

/** Deeper than this, an event is kept but flagged: real bodies nest about 8 levels. */
export const MAX_NESTING_DEPTH = 64;

/** At most this many findings are kept per event. */
const MAX_FINDINGS = 50;

export interface Classification {
  readonly validity: Validity;
  readonly findings: readonly Finding[];
  /** Id of the schema the event was validated against (`linux-7.71`). */
  readonly schema: string;
  /** True when the event named no agent version and the schema is the best fit. */
  readonly bestFit: boolean;
}

const CLASS_RANK: Readonly<Record<Validity, number>> = { valid: 0, drift: 1, invalid: 2 };

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

/** The schemas an event may be validated against: what must be loaded before classifying it. */
export function schemasFor(body: Record<string, unknown>): readonly string[] {
  const choice = chooseSchema(body);
  return choice.kind === 'version' ? [choice.id] : choice.candidates;
}

function classifyWith(
  body: Record<string, unknown>,
  schema: string,
): Omit<Classification, 'bestFit'> | undefined {
  const failure = loadFailure(schema);
  if (failure !== undefined) {
    const fallback = classifyWith(body, FALLBACK_SCHEMA);
    if (fallback === undefined) return undefined;
    const note: Finding = {
      pointer: '',
      keyword: 'schema',
      message: `the ${schema} schema could not be loaded (${failure}): judged against ${FALLBACK_SCHEMA} instead`,
    };
    return { ...fallback, findings: [note, ...fallback.findings] };
  }
  const validate = validatorFor(schema);
  if (validate === undefined) return undefined;
  const subject = schemaInfo(schema)?.hasCompanions === true ? body : withoutCompanions(body);
  if (validate(subject)) return { validity: 'valid', findings: [], schema };
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
  return { validity: onlyUnknown ? 'drift' : 'invalid', findings, schema };
}

/**
 * The event's class against its schema; undefined while a validator it needs is not loaded
 * (`loadValidators(schemasFor(body))` first).
 */
export function classifyBody(body: Record<string, unknown>): Classification | undefined {
  const choice = chooseSchema(body);
  if (choice.kind === 'version') {
    const result = classifyWith(body, choice.id);
    return result === undefined ? undefined : { ...result, bestFit: false };
  }
  let best: Omit<Classification, 'bestFit'> | undefined;
  for (const id of choice.candidates) {
    const result = classifyWith(body, id);
    if (result === undefined) return undefined;
    if (result.validity === 'valid') return { ...result, bestFit: true };
    const better =
      best === undefined ||
      CLASS_RANK[result.validity] < CLASS_RANK[best.validity] ||
      (result.validity === best.validity && result.findings.length < best.findings.length);
    if (better) best = result;
  }
  return best === undefined ? undefined : { ...best, bestFit: true };
}
