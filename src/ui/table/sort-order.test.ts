import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort } from './sort-order';

describe('sorting from headers', () => {
  it('sorts a new column ascending, then turns the order around', () => {
    const first = nextSort({ column: 'time', descending: false }, 'executable');
    expect(first).toEqual({ column: 'executable', descending: false });
    const second = nextSort(first, 'executable');
    expect(second).toEqual({ column: 'executable', descending: true });
    expect(nextSort(second, 'executable').descending).toBe(false);
  });

  it('names the order for assistive technology', () => {
    expect(ariaSort({ column: 'time', descending: true }, 'time')).toBe('descending');
    expect(ariaSort({ column: 'time', descending: false }, 'time')).toBe('ascending');
    expect(ariaSort({ column: 'time', descending: false }, 'host')).toBe('none');
  });
});
