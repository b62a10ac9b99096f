/**
 * Which JSON body paths the seed event schema defines. A SECL field whose path the seed schema
 * has reads as its zero value when absent (the agent omits empty values); a newer field that an
 * event lacks is unknown (an older agent did not send it).
 */
import { SCHEMA_FIELDS } from '../generated/schema-fields';

let paths: ReadonlySet<string> | undefined;

export function inSeedSchema(path: string): boolean {
  paths ??= new Set(SCHEMA_FIELDS.map((field) => field.path));
  return paths.has(path);
}
