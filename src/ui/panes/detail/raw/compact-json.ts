/**
 * JSON text on one line (an NDJSON record) without parsing it: whitespace outside strings is
 * dropped, everything else is kept byte for byte, so 64-bit integers, duplicate keys and
 * escapes survive exactly as the file had them. Input must be valid JSON text.
 */
export function compactJson(text: string): string {
  let out = '';
  let runStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      out += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return out + text.slice(runStart);
}
