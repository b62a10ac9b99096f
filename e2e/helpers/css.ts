// CSS selector text for page objects: values (field names, log values) quoted safely.

/** `value` escaped for a double-quoted CSS attribute selector. */
export function cssString(value: string): string {
  return value.replace(/["\\]/g, (c) => `\\${c}`);
}
