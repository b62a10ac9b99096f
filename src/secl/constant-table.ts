/**
 * A table of named integer constants (`O_CREAT` → 64) and the lookups built on it: a name's
 * value, and the bits a list of names (`["O_CREAT", "O_WRONLY"]`, or `"PROT_READ | PROT_EXEC"`)
 * stands for. Names a table does not know make the value unknown.
 */

export type ConstTable = Readonly<Record<string, number>>;

/** A name's value; decimal numbers (leftover bits the agent prints) stand for themselves. */
export function constantValue(table: ConstTable, name: string): bigint | undefined {
  const trimmed = name.trim();
  if (Object.hasOwn(table, trimmed)) return BigInt(table[trimmed] as number);
  if (/^-?\d+$/.test(trimmed)) return BigInt(trimmed);
  if (/^0x[0-9a-fA-F]+$/.test(trimmed)) return BigInt(trimmed);
  return undefined;
}

/** The OR of names given as a list and/or `" | "`-joined strings; `undefined` if any is unknown. */
export function bitsOfNames(table: ConstTable, names: readonly unknown[]): bigint | undefined {
  let bits = 0n;
  for (const entry of names) {
    if (typeof entry === 'number' && Number.isInteger(entry)) {
      bits |= BigInt(entry);
      continue;
    }
    if (typeof entry !== 'string') return undefined;
    for (const part of entry.split('|')) {
      if (part.trim() === '') continue;
      const value = constantValue(table, part);
      if (value === undefined) return undefined;
      bits |= value;
    }
  }
  return bits;
}

/** Several tables read as one (first match wins). */
export function mergeTables(...tables: readonly ConstTable[]): ConstTable {
  return Object.assign({}, ...tables.slice().reverse()) as ConstTable;
}
