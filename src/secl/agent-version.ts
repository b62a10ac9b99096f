/**
 * Agent version constraints of policy rules (`agent_version: ">= 7.65 < 7.70"`): comparators
 * `>= > <= < = == !=` (space- or comma-separated, all must hold; `||` between alternatives)
 * over dotted versions, pre-release and build suffixes ignored.
 */

export type Version = readonly [number, number, number];

/** `7.71`, `v7.71.0-rc.1` → [7, 71, 0]; `undefined` when malformed. */
export function parseVersion(text: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(text.trim());
  if (m === null) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const COMPARATOR = /^(>=|<=|==|!=|>|<|=)?\s*(v?\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]*)?)$/;

function satisfiesAll(version: Version, clause: string): boolean | undefined {
  const tokens = clause
    .replace(/(>=|<=|==|!=|>|<|=)\s+/g, '$1')
    .split(/[\s,]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return undefined;
  for (const token of tokens) {
    const m = COMPARATOR.exec(token);
    const bound = m === null ? undefined : parseVersion(m[2] as string);
    if (m === null || bound === undefined) return undefined;
    const sign = compareVersions(version, bound);
    const op = m[1] ?? '=';
    const ok = {
      '>=': sign >= 0,
      '<=': sign <= 0,
      '>': sign > 0,
      '<': sign < 0,
      '=': sign === 0,
      '==': sign === 0,
      '!=': sign !== 0,
    }[op];
    if (ok !== true) return false;
  }
  return true;
}

/** Whether `version` satisfies `constraint`; `undefined` when the constraint is malformed. */
export function satisfiesVersion(version: Version, constraint: string): boolean | undefined {
  let any = false;
  for (const clause of constraint.split('||')) {
    const ok = satisfiesAll(version, clause);
    if (ok === undefined) return undefined;
    any ||= ok;
  }
  return any;
}
