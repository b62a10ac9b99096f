// Hit testing in a lane: the nearest event within the radius, and the count around it.
import { describe, expect, it } from 'vitest';
import { eventsNear } from './lane-hit';

describe('eventsNear', () => {
  const times = Float64Array.from([100, 200, 204, 207, 400]);

  it('finds the nearest event within the radius and counts its neighbours', () => {
    expect(eventsNear(times, 0, times.length, 205, 5)).toEqual({ index: 2, events: 3 });
    expect(eventsNear(times, 0, times.length, 101, 5)).toEqual({ index: 0, events: 1 });
  });

  it('finds nothing past the radius or outside the lane', () => {
    expect(eventsNear(times, 0, times.length, 300, 5)).toBeUndefined();
    expect(eventsNear(times, 1, 4, 100, 5)).toBeUndefined();
  });
});
