/**
 * The shipped event schemas (schema/): the seed (agents ≈ 7.42–7.45) and the agent's own, one
 * per release from 7.52 to 7.71 plus two unlabelled 2023–2024 revisions and Windows 7.71. For
 * each: the id the page uses, the agent versions it covers from (`since`), its operating
 * system, whether the agent's `agent` / `title` companions are part of it (from 7.53), and
 * the JSON Schema dialect to compile it with.
 */
import { readdirSync } from 'node:fs';

export interface ShippedSchema {
  readonly id: string;
  readonly file: string;
  readonly os: 'linux' | 'windows';
  /** First agent version validated with it ([major, minor]); the seed covers everything older. */
  readonly since: readonly [number, number];
  /** The body's `agent` and `title` are properties of this schema (else set aside first). */
  readonly hasCompanions: boolean;
  readonly draft2020: boolean;
}

/** Unlabelled revisions: the agent releases they shipped in (schema README, history.tsv). */
const DATED: Readonly<Record<string, readonly [number, number]>> = {
  '2023-07-17': [7, 46],
  '2024-01-17': [7, 49],
};

export function shippedSchemas(schemaDir: string): ShippedSchema[] {
  const agent = readdirSync(`${schemaDir}/agent`)
    .filter((f) => f.endsWith('.schema.json'))
    .map((file): ShippedSchema => {
      const [os, version] = file.replace('.schema.json', '').split(/-(.*)/s) as [string, string];
      const dated = DATED[version];
      const [major, minor] = dated ?? (version.split('.').map(Number) as [number, number]);
      const since: [number, number] = [major, minor];
      const id = dated === undefined ? `${os}-${major}.${minor}` : `${os}-${version.slice(0, 7)}`;
      const hasCompanions = major > 7 || (major === 7 && minor >= 53);
      return {
        id,
        file: `agent/${file}`,
        os: os === 'windows' ? 'windows' : 'linux',
        since,
        hasCompanions,
        draft2020: true,
      };
    });
  const seed: ShippedSchema = {
    id: 'linux-seed',
    file: 'event.v1.schema.json',
    os: 'linux',
    since: [0, 0],
    hasCompanions: false,
    draft2020: false,
  };
  return [seed, ...agent].sort(
    (a, b) => a.os.localeCompare(b.os) || a.since[0] - b.since[0] || a.since[1] - b.since[1],
  );
}
