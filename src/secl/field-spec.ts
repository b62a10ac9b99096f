/**
 * A resolved SECL field: its canonical name, the event type it belongs to (none for common
 * fields), its SECL type, whether it holds several values (list fields, fields under an
 * iterator), how to read it from an export, or why it cannot be.
 */
import type { Accessor } from './field-access';
import type { ValueType } from './values';

export interface FieldSpec {
  /** Canonical SECL name (legacy names resolved, register removed). */
  readonly name: string;
  readonly eventType: string | undefined;
  readonly type: ValueType;
  /** A list field or a field under an iterator: comparisons mean "any value". */
  readonly multi: boolean;
  /** JSON path of the iterator array the field is read through (`process.ancestors`). */
  readonly iterator: string | undefined;
  /** How to read it; `undefined` when exported events cannot tell (see `unknownReason`). */
  readonly accessor: Accessor | undefined;
  readonly unknownReason: string | undefined;
  /** Patterns on this field are path globs. */
  readonly isPath: boolean;
  readonly caseInsensitive: boolean;
  /** Nanoseconds since the epoch: durations compare with its age. */
  readonly timestamp: boolean;
  /** `<type>.retval`, known only through `evt.outcome`. */
  readonly retval: boolean;
  /** `fim.write.file.*`: any file-modifying event. */
  readonly fim: boolean;
}

/** A field as referenced in a rule, with its register (`process.ancestors[A]`) if any. */
export interface FieldRef {
  readonly spec: FieldSpec;
  readonly register: string | undefined;
}
