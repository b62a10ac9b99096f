import { describe, expect, it } from 'vitest';
import { tabForKey } from './tab-keys';

describe('tabForKey', () => {
  const tabs = ['fields', 'tree', 'json'] as const;

  it('moves left and right, wrapping, and to either end', () => {
    expect(tabForKey(tabs, 'fields', 'ArrowRight')).toBe('tree');
    expect(tabForKey(tabs, 'json', 'ArrowRight')).toBe('fields');
    expect(tabForKey(tabs, 'fields', 'ArrowLeft')).toBe('json');
    expect(tabForKey(tabs, 'tree', 'Home')).toBe('fields');
    expect(tabForKey(tabs, 'tree', 'End')).toBe('json');
  });

  it('leaves other keys to the page', () => {
    expect(tabForKey(tabs, 'tree', 'ArrowDown')).toBeUndefined();
    expect(tabForKey(tabs, 'tree', 'Enter')).toBeUndefined();
    expect(tabForKey([], 'x', 'ArrowRight')).toBeUndefined();
  });
});
