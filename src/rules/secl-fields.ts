/**
 * The SECL fields a rule can name, for the rule box's suggestions (`rule.fields`): each with
 * its SECL type and the body paths it reads (the page describes it with the schema's text for
 * those paths), or why exported events cannot tell it. Built once, on first request.
 */
import type { SeclField } from '../protocol/messages';
import { fieldSpec, seclFieldNames } from '../secl';

let fields: readonly SeclField[] | undefined;

function describe(name: string): SeclField | undefined {
  const spec = fieldSpec(name);
  if (spec === undefined) return undefined;
  const { accessor, iterator } = spec;
  // Paths under an iterator are relative to one element (`process.ancestors` + `pid`).
  const paths = (accessor?.paths ?? []).map((path) =>
    iterator === undefined ? path : `${iterator}.${path}`,
  );
  return { name, type: spec.type, paths, unknownReason: spec.unknownReason };
}

export function seclFields(): readonly SeclField[] {
  fields ??= seclFieldNames().flatMap((name) => describe(name) ?? []);
  return fields;
}
