/**
 * Does a name look generated rather than chosen: a temporary file's suffix (`tmp.k3J9xQ2a`),
 * a hash, a pid, a UUID? Such names differ on every run, so the comparison masks them in
 * command lines and folds them in file paths. Names people choose (`libssl.so.3`, `python3`,
 * `nginx.conf`, `2024-05-01.log`) are not random: they have few letter-digit alternations.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{8,}$/i;
const DIGITS = /^\d+$/;
/** `mktemp` and language runtimes: `tmp.XXXXXXXXXX`, `tmpXXXXXX`, `.tmpXXXXXX`. */
const TEMP_PREFIX = /^\.?tmp[._-]?([A-Za-z0-9_-]{6,})$/i;

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** How often a run of letters gives way to digits or back, and the case changes inside it. */
function alternations(core: string): number {
  let n = 0;
  for (let i = 1; i < core.length; i++) {
    const a = core.charAt(i - 1);
    const b = core.charAt(i);
    if ((isLetter(a) && isDigit(b)) || (isDigit(a) && isLetter(b))) n++;
    else if (isLetter(a) && isLetter(b) && a < 'a' !== b < 'a') n++;
  }
  return n;
}

/** A token of letters and digits that reads as random: mixed, long enough, many alternations. */
export function isRandomToken(token: string): boolean {
  if (token.length < 6 || !/^[A-Za-z0-9]+$/.test(token)) return false;
  if (HEX.test(token) && /\d/.test(token)) return true;
  if (!/\d/.test(token)) return alternations(token) >= 4 && token.length >= 8;
  return alternations(token) >= 3;
}

/** A whole path segment (file or directory name) that reads as generated. */
export function isRandomName(name: string): boolean {
  if (name === '') return false;
  if (DIGITS.test(name) || UUID.test(name)) return true;
  const suffix = TEMP_PREFIX.exec(name)?.[1];
  // `tmpfiles-setup` is a name; mktemp's suffixes mix digits or cases.
  if (
    suffix !== undefined &&
    (/\d/.test(suffix) || (/[a-z]/.test(suffix) && /[A-Z]/.test(suffix)))
  ) {
    return true;
  }
  // The part before the first dot: `a8Fk2Qx1.json` is random, `nginx.conf` is not; in it, any
  // word between `_` or `-` (`sess_9fK2mQ81zX`).
  const core = name.replace(/^\.+/, '').split('.')[0] ?? '';
  return UUID.test(core) || core.split(/[_-]/).some(isRandomToken);
}
