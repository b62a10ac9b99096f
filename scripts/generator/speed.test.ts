// A generous speed bound for generation plus serialization.
import { describe, expect, it } from 'vitest';
import { generateEvents } from './generate-events';
import { serializeEvent } from './serialize';

describe('generation speed', () => {
  it(
    'generates and serializes 100,000 events in well under 10 seconds',
    { timeout: 60_000 },
    () => {
      const started = performance.now();
      let bytes = 0;
      for (const event of generateEvents({ count: 100_000 }))
        bytes += serializeEvent(event.body).length;
      const seconds = (performance.now() - started) / 1000;
      expect(bytes / 100_000).toBeGreaterThan(1000);
      expect(seconds).toBeLessThan(10);
    },
  );
});
