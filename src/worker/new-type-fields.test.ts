// The fields of the newer agents' event types are indexed at load time: searchable and
// countable at once (no pass over the raw events), and stored sparsely, so a data set where
// few events have them pays a few bytes per such event, not a byte per event.
import { describe, expect, it } from 'vitest';
import { makeOpenBody } from '../ingest/test/fixtures';
import { DEFAULT_SORT } from '../protocol/messages';
import { INDEXED_FIELDS } from '../query/indexed-fields';
import { Engine } from './engine';

const T0 = Date.parse('2026-11-20T10:00:00Z');
const LINUX = { rule_id: 'r', version: '7.71.0', os: 'linux' };

function modern(ms: number, name: string, section: Record<string, unknown>) {
  return {
    ...makeOpenBody({ date: new Date(ms).toISOString() }),
    agent: { ...LINUX, os: name === 'set_key_value' ? 'windows' : 'linux' },
    evt: { name, category: name === 'set_key_value' ? 'Registry Activity' : 'Network Activity' },
    ...section,
  };
}

const NEW_TYPE_EVENTS = [
  modern(T0 + 1, 'connect', {
    connect: {
      addr: { family: 'AF_INET', ip: '203.0.113.7', port: 4444 },
      hostnames: [],
      protocol: 'TCP',
    },
  }),
  modern(T0 + 2, 'accept', {
    accept: { addr: { family: 'AF_INET', ip: '10.0.0.9', port: 22 }, hostnames: [] },
  }),
  modern(T0 + 3, 'imds', {
    imds: {
      type: 'request',
      cloud_provider: 'aws',
      url: '/latest/meta-data/iam/security-credentials/web-role',
    },
  }),
  modern(T0 + 4, 'network_flow_monitor', {
    network_flow_monitor: {
      flows: [
        { source: { ip: '10.0.0.5', port: 5000 }, destination: { ip: '198.51.100.2', port: 443 } },
        { source: { ip: '10.0.0.5', port: 5001 }, destination: { ip: '198.51.100.3', port: 53 } },
      ],
    },
  }),
  modern(T0 + 5, 'capabilities', {
    capabilities: { caps_used: ['CAP_SYS_ADMIN', 'CAP_NET_RAW'], caps_attempted: ['CAP_BPF'] },
  }),
  modern(T0 + 6, 'sysctl', { sysctl: { action: 'write', name: 'kernel/yama/ptrace_scope' } }),
  modern(T0 + 7, 'set_key_value', {
    registry: { key_path: 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run' },
  }),
];

/** Many seed-era events around the new ones: the new fields' columns stay sparse. */
function dataSet(): File {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    lines.push(JSON.stringify(makeOpenBody({ date: new Date(T0 + 10 + i).toISOString() })));
  }
  for (const body of NEW_TYPE_EVENTS) lines.push(JSON.stringify(body));
  return new File([lines.join('\n')], 'mixed.ndjson');
}

const NEW_FIELDS = [
  '@connect.addr.ip',
  '@connect.addr.port',
  '@accept.addr.ip',
  '@imds.cloud_provider',
  '@imds.url',
  '@network_flow_monitor.flows.source.ip',
  '@network_flow_monitor.flows.destination.ip',
  '@capabilities.caps_used',
  '@capabilities.caps_attempted',
  '@sysctl.name',
  '@registry.key_path',
];

async function opened(): Promise<Engine> {
  const engine = new Engine(() => undefined);
  await engine.open([{ file: dataSet(), path: 'mixed.ndjson' }]);
  return engine;
}

async function matching(engine: Engine, query: string): Promise<string[]> {
  const summary = await engine.viewSet({ query, range: undefined, sort: DEFAULT_SORT, fields: [] });
  expect(summary.errors).toEqual([]);
  return engine.rowsWindow(0, 10).rows.map((r) => r.type);
}

describe('fields of the newer event types', () => {
  it('are indexed from the start and reported as present', async () => {
    const engine = await opened();
    const progress = engine.progress();
    for (const field of NEW_FIELDS) {
      expect(INDEXED_FIELDS.has(field)).toBe(true);
      expect(progress.fieldsWithValues).toContain(field);
    }
    expect(progress.fieldsWithValues).not.toContain('@file.destination.path');
    expect(progress.indexing).toBeUndefined();
  });

  it('answer queries on each new type, free text included', async () => {
    const engine = await opened();
    expect(await matching(engine, '@connect.addr.ip:203.0.113.*')).toEqual(['connect']);
    expect(await matching(engine, '@connect.addr.port:>=4000')).toEqual(['connect']);
    expect(await matching(engine, '@accept.addr.port:22')).toEqual(['accept']);
    expect(await matching(engine, '@imds.cloud_provider:aws')).toEqual(['imds']);
    expect(await matching(engine, 'security-credentials')).toEqual(['imds']);
    expect(
      await matching(engine, '@network_flow_monitor.flows.destination.ip:198.51.100.3'),
    ).toEqual(['network_flow_monitor']);
    expect(await matching(engine, '@capabilities.caps_used:CAP_SYS_ADMIN')).toEqual([
      'capabilities',
    ]);
    expect(await matching(engine, '@sysctl.name:kernel/yama/*')).toEqual(['sysctl']);
    expect(await matching(engine, '@registry.key_path:*CurrentVersion\\\\Run')).toEqual([
      'set_key_value',
    ]);
    expect(await matching(engine, '-_exists_:@connect.addr.ip @evt.name:connect')).toEqual([]);
  });

  it('count as facets, list values one by one', async () => {
    const engine = await opened();
    await engine.viewSet({ query: '', range: undefined, sort: DEFAULT_SORT, fields: [] });
    const [caps, flows, connect] = engine.viewFacets([
      { field: '@capabilities.caps_used', limit: 10 },
      { field: '@network_flow_monitor.flows.destination.ip', limit: 10 },
      { field: '@connect.addr.ip', limit: 10 },
    ]);
    expect(caps?.values).toEqual([
      { value: 'CAP_NET_RAW', count: 1 },
      { value: 'CAP_SYS_ADMIN', count: 1 },
    ]);
    expect(flows?.distinct).toBe(2);
    expect(connect).toMatchObject({ values: [{ value: '203.0.113.7', count: 1 }], missing: 3006 });
  });
});
