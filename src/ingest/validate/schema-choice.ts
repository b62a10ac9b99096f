/**
 * Which shipped schema an event is validated against (DESIGN.md, "Validation"): `agent.os`
 * and `agent.version` pick the newest schema released at or before that version (Windows
 * events the Windows schema). An event without a readable `agent.version` (agents before
 * 7.53 did not send it) has no single schema: the candidates are the ones of those agents,
 * tried in order until one fits (`bestFitCandidates`).
 */
import { SHIPPED_SCHEMAS, type ShippedSchema } from '../../generated/schema-catalog';

export type SchemaChoice =
  | { readonly kind: 'version'; readonly id: string }
  | { readonly kind: 'best-fit'; readonly candidates: readonly string[] };

const VERSION = /^v?(\d+)\.(\d+)/;

function before(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
}

function newestFor(os: 'linux' | 'windows', version: readonly [number, number]): string {
  const fitting = SHIPPED_SCHEMAS.filter((s) => s.os === os && before(s.since, version));
  // Older than every schema of its OS: the oldest one (for Linux, the seed).
  const chosen = fitting[fitting.length - 1] ?? SHIPPED_SCHEMAS.find((s) => s.os === os);
  return (chosen as ShippedSchema).id;
}

/** Linux schemas of agents that did not send `agent.version` (before 7.53), oldest first. */
const UNVERSIONED: readonly string[] = SHIPPED_SCHEMAS.filter(
  (s) => s.os === 'linux' && !before([7, 53], s.since),
).map((s) => s.id);

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Choices by `agent.os` and `agent.version` text: a file holds a handful of agent versions,
 * and the choice is made for every event. Bounded, since hostile input may vary the text.
 */
const chosen = new Map<string, SchemaChoice>();
const CHOSEN_MAX = 1024;

export function chooseSchema(body: Record<string, unknown>): SchemaChoice {
  const agent = body['agent'];
  const fields =
    typeof agent === 'object' && agent !== null ? (agent as Record<string, unknown>) : {};
  const osText = text(fields['os']) ?? '';
  const versionText = text(fields['version']) ?? '';
  const key = `${osText}\u0000${versionText}`;
  const known = chosen.get(key);
  if (known !== undefined) return known;
  const choice = choose(osText, versionText);
  if (chosen.size >= CHOSEN_MAX) chosen.clear();
  chosen.set(key, choice);
  return choice;
}

function choose(osText: string, versionText: string): SchemaChoice {
  const os = osText.toLowerCase().startsWith('windows') ? 'windows' : 'linux';
  const match = VERSION.exec(versionText);
  if (os === 'windows') {
    const version: [number, number] =
      match === null ? [99, 0] : [Number(match[1]), Number(match[2])];
    return { kind: 'version', id: newestFor('windows', version) };
  }
  if (match === null) return { kind: 'best-fit', candidates: UNVERSIONED };
  return { kind: 'version', id: newestFor('linux', [Number(match[1]), Number(match[2])]) };
}

const BY_ID: ReadonlyMap<string, ShippedSchema> = new Map(SHIPPED_SCHEMAS.map((s) => [s.id, s]));

export function schemaInfo(id: string): ShippedSchema | undefined {
  return BY_ID.get(id);
}
