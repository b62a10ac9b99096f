/**
 * Resolution of SECL field names (`open.file.path`, `process.ancestors[A].file.name`, legacy
 * `open.filename`) to field specs: register extraction, legacy names, then the common,
 * event-type and FIM namespaces. Names outside the namespace are reported, not guessed: the
 * error names the nearest known fields instead.
 */
import { nearestNames } from '../lib/nearest-names';
import type { FieldDef } from './field-def';
import { ROOT, under } from './field-def';
import type { FieldRef, FieldSpec } from './field-spec';
import { COMMON_ROOTS, commonField } from './fields-common';
import { EVENT_TYPES, eventField } from './fields-events';
import { WINDOWS_EVENT_TYPES, windowsFieldName } from './fields-windows';
import { fileField } from './fields-file';
import { enumerateFieldNames } from './field-names';
import { currentFieldName } from './legacy-fields';

export type FieldLookup =
  { readonly ok: true; readonly ref: FieldRef } | { readonly ok: false; readonly message: string };

const REGISTER = /^([^[\]]+)\[([^[\]]*)\]([^[\]]*)$/;
const ITERATOR_FIELD = /(^|\.)ancestors$|^network_flow_monitor\.flows$/;
const FIM_PREFIX = 'fim.write.file.';

function specOf(
  name: string,
  eventType: string | undefined,
  def: FieldDef,
  fim = false,
): FieldSpec {
  const accessor = def.accessor;
  return {
    name,
    eventType,
    type: accessor?.type ?? def.unknownType ?? 'any',
    multi: (accessor?.list ?? def.unknownList ?? false) || def.iterator !== undefined,
    iterator: def.iterator,
    accessor,
    unknownReason: def.unknown,
    isPath: def.isPath ?? false,
    caseInsensitive: def.caseInsensitive ?? false,
    timestamp: def.timestamp ?? false,
    retval: def.retval ?? false,
    fim,
  };
}

/** The spec of a field name without register; `undefined` outside the namespace. */
export function fieldSpec(rawName: string): FieldSpec | undefined {
  const name = windowsFieldName(currentFieldName(rawName));
  if (name.startsWith(FIM_PREFIX)) {
    const def = fileField(name.slice(FIM_PREFIX.length), under(ROOT, 'file'));
    return def === undefined ? undefined : specOf(name, undefined, def, true);
  }
  const dot = name.indexOf('.');
  if (dot <= 0) return undefined;
  const root = name.slice(0, dot);
  const rest = name.slice(dot + 1);
  if (COMMON_ROOTS.includes(root)) {
    const def = commonField(root, rest);
    return def === undefined ? undefined : specOf(name, undefined, def);
  }
  if (EVENT_TYPES.includes(root) || WINDOWS_EVENT_TYPES.includes(root)) {
    const def = eventField(root, rest);
    return def === undefined ? undefined : specOf(name, root, def);
  }
  return undefined;
}

let knownNames: readonly string[] | undefined;

/** Every canonical field name, sorted (enumerated once, on first use). */
export function seclFieldNames(): readonly string[] {
  knownNames ??= enumerateFieldNames(fieldSpec);
  return knownNames;
}

/**
 * `unknown field 'x'`, with the nearest known names when some are close. The message is
 * computed when read: compiling tries many names that are not fields (variables, macros)
 * and never shows those failures.
 */
function unknownField(name: string): FieldLookup {
  return {
    ok: false,
    get message() {
      const near = nearestNames(name, seclFieldNames());
      const hint = near.length === 0 ? '' : ` — did you mean ${near.join(', ')}?`;
      return `unknown field '${name}'${hint}`;
    },
  };
}

/** Resolves a field as written in a rule, register included. */
export function lookupField(written: string): FieldLookup {
  if (!written.includes('[') && !written.includes(']')) {
    const spec = fieldSpec(written);
    if (spec === undefined) return unknownField(written);
    return { ok: true, ref: { spec, register: undefined } };
  }
  const m = REGISTER.exec(written);
  if (m === null)
    return { ok: false, message: `malformed register in '${written}': use 'iterator[A].field'` };
  const [, iteratorName = '', register = '', after = ''] = m;
  // The agent's eval.go `identToEvaluator` refuses the wildcard register.
  if (register === '_')
    return { ok: false, message: "`_` can't be used as a iterator variable name" };
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(register)) {
    return { ok: false, message: `invalid register name '${register}' in '${written}'` };
  }
  const iterator = currentFieldName(iteratorName);
  if (!ITERATOR_FIELD.test(iterator) || !after.startsWith('.')) {
    return {
      ok: false,
      message: `'${iteratorName}' is not an iterator: registers apply to lists such as process.ancestors`,
    };
  }
  const spec = fieldSpec(`${iteratorName}${after}`);
  if (spec === undefined) return unknownField(`${iteratorName}${after}`);
  if (spec.iterator === undefined && spec.accessor !== undefined) {
    return { ok: false, message: `'${written}' does not iterate over '${iteratorName}'` };
  }
  return { ok: true, ref: { spec, register } };
}
