import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Liveness } from './liveness';

const TIMEOUT = 1_000;

/** A Liveness on a clock the test moves; `tick` moves clock and timers together. */
function setup() {
  const events: string[] = [];
  let waiting = true;
  let clock = 0;
  const liveness = new Liveness({
    timeoutMs: TIMEOUT,
    isWaiting: () => waiting,
    ping: () => events.push('ping'),
    onSilent: (ms) => events.push(`silent ${ms}`),
    now: () => clock,
  });
  const tick = (ms: number) => {
    for (let i = 0; i < ms; i += 10) {
      clock += 10;
      vi.advanceTimersByTime(10);
    }
  };
  return {
    liveness,
    events,
    tick,
    setWaiting: (is: boolean) => (waiting = is),
    /** The page blocks for `ms`: the clock moves, no timer runs meanwhile. */
    block: (ms: number) => (clock += ms),
  };
}

describe('Liveness', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pings a quiet worker, then reports it silent past the timeout, once', () => {
    const { liveness, events, tick } = setup();
    liveness.watch();
    tick(TIMEOUT / 4);
    expect(events).toEqual(['ping']);
    tick((TIMEOUT * 3) / 4);
    expect(events).toEqual(['ping', 'ping', 'ping', `silent ${TIMEOUT}`]);
    tick(TIMEOUT * 5);
    expect(events).toHaveLength(4);
  });

  it('takes any message as a sign of life', () => {
    const { liveness, events, tick } = setup();
    liveness.watch();
    for (let i = 0; i < 20; i++) {
      tick(TIMEOUT / 5);
      liveness.heard();
    }
    expect(events).toEqual([]);
  });

  it('stops watching when no answer is awaited, and does not count idle time', () => {
    const { liveness, events, tick, setWaiting } = setup();
    liveness.watch();
    setWaiting(false);
    tick(TIMEOUT * 10);
    expect(events).toEqual([]);
    // A request after a long idle spell starts a fresh watch.
    setWaiting(true);
    liveness.watch();
    tick((TIMEOUT * 3) / 4);
    expect(events).toEqual(['ping', 'ping', 'ping']);
  });

  it('does not count a time the page itself was busy as silence', () => {
    const { liveness, events, tick, block } = setup();
    liveness.watch();
    tick(TIMEOUT / 8);
    block(TIMEOUT * 2);
    tick(TIMEOUT / 4);
    expect(events.filter((e) => e.startsWith('silent'))).toEqual([]);
    // Still silent afterwards: reported one timeout after the page was free again.
    tick(TIMEOUT);
    expect(events.filter((e) => e.startsWith('silent'))).toHaveLength(1);
  });
});
