/**
 * Building blocks of the field map: where a group of fields lives in the body (`Where`), what a
 * field resolves to before it gets its name and event type (`FieldDef`), and constructors for
 * the common kinds of field (string, int, bool, time, enum, bit mask, list, not evaluable).
 */
import type { Absent, Accessor } from './field-access';
import { boolAccess, intAccess, stringAccess, timeAccess } from './field-access';
import { inSeedSchema } from './seed-schema';
import type { ValueType } from './values';

/** A place in the body: path relative to the object fields are read from, and absolute path. */
export interface Where {
  readonly rel: string;
  readonly full: string;
}

export interface FieldDef {
  readonly accessor?: Accessor;
  /** Why the field cannot be evaluated on exported events (then `unknownType` is its type). */
  readonly unknown?: string;
  readonly unknownType?: ValueType;
  readonly unknownList?: boolean;
  /** JSON path of the iterator array the field is read through (`process.ancestors`). */
  readonly iterator?: string;
  readonly isPath?: boolean;
  readonly caseInsensitive?: boolean;
  readonly timestamp?: boolean;
  readonly retval?: boolean;
}

export const ROOT: Where = { rel: '', full: '' };

export function joinPath(a: string, b: string): string {
  if (a === '') return b;
  return b === '' ? a : `${a}.${b}`;
}

export function under(where: Where, sub: string): Where {
  return { rel: joinPath(where.rel, sub), full: joinPath(where.full, sub) };
}

/** The element of an iterator array at `sub`: paths restart at the element. */
export function elementOf(where: Where, sub: string): { iterator: string; element: Where } {
  const full = joinPath(where.full, sub);
  return { iterator: full, element: { rel: '', full } };
}

export function relPath(where: Where, sub: string): string {
  return joinPath(where.rel, sub);
}

export function absentAt(where: Where, sub: string): Absent {
  return inSeedSchema(joinPath(where.full, sub)) ? 'zero' : 'unknown';
}

export function strField(where: Where, sub: string, extra: Partial<FieldDef> = {}): FieldDef {
  return { accessor: stringAccess([relPath(where, sub)], absentAt(where, sub)), ...extra };
}

export function strListField(where: Where, sub: string): FieldDef {
  return { accessor: stringAccess([relPath(where, sub)], 'zero', true) };
}

export function intField(where: Where, sub: string): FieldDef {
  return { accessor: intAccess([relPath(where, sub)], absentAt(where, sub)) };
}

export function boolField(where: Where, sub: string): FieldDef {
  return { accessor: boolAccess([relPath(where, sub)], absentAt(where, sub)) };
}

export function timeField(where: Where, ...subs: string[]): FieldDef {
  return { accessor: timeAccess(subs.map((s) => relPath(where, s))), timestamp: true };
}

export function notEvaluable(type: ValueType, reason: string, list = false): FieldDef {
  return { unknown: reason, unknownType: type, unknownList: list };
}

/** A field read through an iterator: the definition made for its element, marked. */
export function throughIterator(iterator: string, def: FieldDef | undefined): FieldDef | undefined {
  if (def === undefined || def.iterator !== undefined) return def;
  return { ...def, iterator };
}
