/**
 * `<type>.retval` from `evt.outcome`, which keeps only the class of the return value:
 * `Success` (≥ 0), `Refused` (-EACCES or -EPERM), `Error` (any other negative value). A
 * comparison is true if it holds for every value of the class, false if for none, else unknown.
 */
import type { Tri } from './tri';
import { Tri as T } from './tri';

const EACCES = -13n;
const EPERM = -1n;

function candidates(outcome: string, constants: readonly bigint[]): bigint[] | undefined {
  const around = constants.flatMap((c) => [c - 1n, c, c + 1n]);
  switch (outcome) {
    case 'Success':
      return [0n, 1n, 1n << 40n, ...around].filter((v) => v >= 0n);
    case 'Refused':
      return [EACCES, EPERM];
    case 'Error':
      return [-2n, -4n, -14n, -(1n << 40n), ...around].filter(
        (v) => v < 0n && v !== EACCES && v !== EPERM,
      );
    default:
      return undefined;
  }
}

/** The truth of `test` over every return value `outcome` allows (probed around `constants`). */
export function retvalTruth(
  outcome: unknown,
  test: (value: bigint) => Tri,
  constants: readonly bigint[],
): Tri {
  const values = typeof outcome === 'string' ? candidates(outcome, constants) : undefined;
  if (values === undefined) return T.Unknown;
  let seenTrue = false;
  let seenFalse = false;
  for (const v of values) {
    const r = test(v);
    if (r === T.Unknown) return T.Unknown;
    if (r === T.True) seenTrue = true;
    else seenFalse = true;
  }
  if (seenTrue && seenFalse) return T.Unknown;
  return seenTrue ? T.True : T.False;
}
