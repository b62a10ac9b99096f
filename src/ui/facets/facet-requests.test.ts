import { describe, expect, it } from 'vitest';
import { requestKey, requestsToSend } from './facet-requests';

describe('requestsToSend', () => {
  const host = { field: 'host', limit: 8 };
  const path = { field: '@file.path', limit: 8, search: 'etc' };

  it('sends everything for a new view', () => {
    expect(requestsToSend([host, path], undefined)).toEqual([host, path]);
  });

  it('sends only the requests whose answer is missing or was for other settings', () => {
    const answered = new Map([
      ['host', requestKey(host)],
      ['@file.path', requestKey({ ...path, search: 'et' })],
    ]);
    expect(requestsToSend([host, path], answered)).toEqual([path]);
    expect(requestsToSend([host, { field: 'service', limit: 8 }], answered)).toEqual([
      { field: 'service', limit: 8 },
    ]);
    expect(requestsToSend([{ ...host, limit: 33 }], answered)).toEqual([{ ...host, limit: 33 }]);
  });

  it('sends a facet again when its order changes, and reads no order as most frequent first', () => {
    const rare = { ...host, order: 'rare' as const };
    const answered = new Map([['host', requestKey(host)]]);
    expect(requestsToSend([rare], answered)).toEqual([rare]);
    expect(requestsToSend([{ ...host, order: 'top' }], answered)).toEqual([]);
  });

  it('tells an empty search from none only by text', () => {
    expect(requestKey({ field: 'host', limit: 8, search: '' })).toBe(requestKey(host));
  });
});
