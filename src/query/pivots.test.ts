import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse';
import { containerQuery, processEventsQuery, processSubtreeQuery, sameValueQuery } from './pivots';

describe('pivot queries', () => {
  it('quote keys and values so that they parse back to one exact term', () => {
    const key = 'web-1/4121/2026-11-20T08:00:00.1Z/2026-11-20T08:00:00.3Z';
    for (const q of [
      processEventsQuery(key),
      processSubtreeQuery(key),
      containerQuery('abc "x" y'),
      sameValueQuery('dns.question.name', 'evil.example'),
    ]) {
      const parsed = parseQuery(q);
      expect(parsed.ok).toBe(true);
      if (parsed.ok && parsed.ast.kind === 'term') expect(parsed.ast.match.kind).toBe('exact');
      else throw new Error(`not one term: ${q}`);
    }
    expect(processEventsQuery(key)).toBe(`@process.key:"${key}"`);
  });
});
