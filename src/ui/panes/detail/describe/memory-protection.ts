/**
 * Memory protections as CWS writes them (`"PROT_EXEC | PROT_READ | PROT_WRITE"`: names joined
 * with `" | "`, leftover bits as a number) read into flags, with the `rwx` short form and the
 * one combination an analyst must see at once: writable and executable memory.
 */

export interface MemoryProtection {
  readonly names: readonly string[];
  /** `rwx`, `r-x`, `---` (PROT_NONE). */
  readonly short: string;
  readonly isWritableExecutable: boolean;
}

export function readProtection(text: string): MemoryProtection {
  const names = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const has = (name: string) => names.includes(name);
  const short =
    (has('PROT_READ') ? 'r' : '-') +
    (has('PROT_WRITE') ? 'w' : '-') +
    (has('PROT_EXEC') ? 'x' : '-');
  return { names, short, isWritableExecutable: has('PROT_WRITE') && has('PROT_EXEC') };
}
