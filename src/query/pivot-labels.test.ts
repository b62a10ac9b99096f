// Pivot labels: the process pivots of `pivots.ts` read back from query text, and their words.
import { describe, expect, it } from 'vitest';
import { pivotLabel, readProcessPivots } from './pivot-labels';
import { containerQuery, processEventsQuery, processSubtreeQuery } from './pivots';
import { identityKeyText } from './process-identity';

const FORK = '2026-11-20T09:15:08.825115823Z';
const EXEC = '2026-11-20T09:15:08.825598281Z';
const SH = identityKeyText('web-1', 186886, FORK, EXEC);

describe('readProcessPivots', () => {
  it('reads the pivot queries the pivot buttons write', () => {
    expect(readProcessPivots(processSubtreeQuery(SH))).toEqual([
      { kind: 'subtree', key: SH, host: 'web-1', pid: 186886 },
    ]);
    expect(readProcessPivots(processEventsQuery(SH))).toEqual([
      { kind: 'events', key: SH, host: 'web-1', pid: 186886 },
    ]);
  });

  it('keeps reading a pivot that other required terms narrow', () => {
    const query = `${processSubtreeQuery(SH)} @evt.name:open -host:db-1`;
    expect(readProcessPivots(query).map((p) => p.kind)).toEqual(['subtree']);
    expect(readProcessPivots(`@evt.name:open AND ${processEventsQuery(SH)}`)).toHaveLength(1);
  });

  it('reads nothing where the query does not require the pivot as written', () => {
    for (const query of [
      '',
      '@evt.name:exec',
      containerQuery('4a64215fb1a5'),
      `-${processSubtreeQuery(SH)}`,
      `${processSubtreeQuery(SH)} OR @evt.name:exec`,
      '@process.key:web-1/*',
      '@process.subtree:"web-1/not-a-pid/x/y"',
      '@process.subtree:web-1',
      `${processSubtreeQuery(SH)} AND (`,
      `@process.subtree.name:${JSON.stringify(SH)}`,
    ]) {
      expect(readProcessPivots(query), query).toEqual([]);
    }
  });

  it('takes the key apart from its end: a host may hold a slash, times may be empty', () => {
    const key = identityKeyText('pod/ns', 42, '', '');
    expect(readProcessPivots(processEventsQuery(key))).toEqual([
      { kind: 'events', key, host: 'pod/ns', pid: 42 },
    ]);
  });
});

describe('pivotLabel', () => {
  const [subtree] = readProcessPivots(processSubtreeQuery(SH));
  const [events] = readProcessPivots(processEventsQuery(identityKeyText('', 7, FORK, EXEC)));

  it('names the process, its pid and its host', () => {
    if (subtree === undefined || events === undefined) throw new Error('pivots not read');
    expect(pivotLabel(subtree, 'sh')).toBe('subtree of sh (186886) on web-1');
    expect(pivotLabel(events, 'cat')).toBe('events of cat (7)');
  });

  it('stands the pid in for an unknown name', () => {
    if (subtree === undefined) throw new Error('pivot not read');
    expect(pivotLabel(subtree, undefined)).toBe('subtree of process 186886 on web-1');
  });
});
