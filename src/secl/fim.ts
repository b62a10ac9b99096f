/**
 * `fim.write.file.*` rules apply to every file-modifying event: chmod, chown, link, rename,
 * unlink, utimes, and open with a write flag (`O_CREAT|O_TRUNC|O_APPEND|O_RDWR|O_WRONLY`).
 * This gate leaf restricts such a rule to those events.
 */
import type { Leaf } from './compile';
import { OPEN_FLAGS } from './constants-file';
import { bitsOfNames } from './constant-table';
import type { Origin } from './ir';
import { Tri } from './tri';

const FIM_TYPES = ['chmod', 'chown', 'link', 'rename', 'unlink', 'utimes'];
const WRITE_FLAGS = 0o1000n | 0o100n | 0o2000n | 0o2n | 0o1n;

function isFimWrite(values: readonly (readonly unknown[])[]): boolean {
  const name = values[0]?.[0];
  if (typeof name !== 'string') return false;
  if (FIM_TYPES.includes(name)) return true;
  if (name !== 'open') return false;
  const bits = bitsOfNames(OPEN_FLAGS, values[1] ?? []);
  return bits !== undefined && (bits & WRITE_FLAGS) !== 0n;
}

export function fimGateLeaf(origin: Origin): Leaf {
  const test = (values: readonly (readonly unknown[])[]) =>
    isFimWrite(values) ? Tri.True : Tri.False;
  return {
    paths: ['evt.name', 'file.flags'],
    text: 'fim.write.file.* (a file-modifying event)',
    position: origin.position,
    length: origin.length,
    field: 'evt.name',
    test,
    explain: (values) => ({ result: test(values), value: values[0]?.[0] }),
  };
}
