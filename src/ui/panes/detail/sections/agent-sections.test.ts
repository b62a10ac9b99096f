// The sections of newer agents' and Windows events: what an analyst reads first is laid out
// (destination, provider, capability lists, registry key), truncations are marked, and the
// pivots search for the same peer, provider or key.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readJson } from '../json-model';
import { EventFields } from './event-fields';

function render(body: unknown): string {
  return renderToStaticMarkup(
    createElement(EventFields, { body: readJson(JSON.stringify(body)), findings: [] }),
  );
}

function pivotQueries(markup: string): string[] {
  return [...markup.matchAll(/data-query="([^"]*)"/g)].map((m) =>
    (m[1] ?? '').replaceAll('&quot;', '"'),
  );
}

const PROCESS = { pid: 4121, comm: 'curl' };

describe('sections of newer agents', () => {
  it('pivot from a connection to events with the same destination', () => {
    const markup = render({
      evt: { name: 'connect' },
      process: PROCESS,
      connect: { addr: { family: 'AF_INET', ip: '10.0.0.5', port: 443 }, protocol: 'TCP' },
    });
    expect(markup).toContain('data-section="connect"');
    expect(pivotQueries(markup)).toEqual(
      expect.arrayContaining(['@connect.addr.ip:10.0.0.5', '@connect.addr.port:443']),
    );
  });

  it('pivot from an accepted connection to its peer', () => {
    const markup = render({
      evt: { name: 'accept' },
      accept: { addr: { family: 'AF_INET6', ip: 'fe80::1', port: 22 }, hostnames: [] },
    });
    expect(markup).toContain('Accepted connection');
    expect(pivotQueries(markup).some((q) => q.startsWith('@accept.addr.ip:'))).toBe(true);
  });

  it('pivot from an IMDS request to its cloud provider and URL', () => {
    const markup = render({
      evt: { name: 'imds' },
      imds: {
        type: 'request',
        cloud_provider: 'aws',
        url: '/latest/meta-data/',
        aws: { is_imds_v2: true, security_credentials: { access_key_id: 'ASIA1' } },
      },
    });
    const queries = pivotQueries(markup);
    expect(queries).toContain('@imds.cloud_provider:aws');
    expect(queries.some((q) => q.startsWith('@imds.url:'))).toBe(true);
    expect(markup).toContain('data-field="imds.aws.security_credentials.access_key_id"');
  });

  it('pivot from each monitored flow to its peers', () => {
    const markup = render({
      evt: { name: 'network_flow_monitor' },
      network_flow_monitor: {
        flows: [
          { source: { ip: '10.0.0.5', port: 1 }, destination: { ip: '10.0.0.9', port: 2 } },
          { source: { ip: '10.0.0.5', port: 3 }, destination: { ip: '10.0.0.7', port: 4 } },
        ],
      },
    });
    const queries = pivotQueries(markup);
    expect(queries).toContain('@network_flow_monitor.flows.destination.ip:10.0.0.9');
    expect(queries).toContain('@network_flow_monitor.flows.destination.ip:10.0.0.7');
    expect(markup).toContain('Flow 2');
  });

  it('pivot from a registry event to the same key', () => {
    const markup = render({
      evt: { name: 'set_key_value' },
      registry: { key_path: 'HKLM\\Software\\Run', value_name: 'x' },
    });
    expect(markup).toContain('data-section="registry"');
    expect(pivotQueries(markup).some((q) => q.startsWith('@registry.key_path:'))).toBe(true);
  });

  it('mark a truncated sysctl value', () => {
    const markup = render({
      evt: { name: 'sysctl' },
      sysctl: {
        action: 'write',
        name: 'kernel/core_pattern',
        value: '|/tmp/x',
        value_truncated: true,
      },
    });
    expect(markup).toContain('data-kind="value-truncated"');
    expect(
      render({ evt: { name: 'sysctl' }, sysctl: { value: '1', value_truncated: false } }),
    ).not.toContain('data-kind="value-truncated"');
  });

  it('lead with the process for capability and prctl events', () => {
    const markup = render({
      evt: { name: 'capabilities' },
      capabilities: { caps_used: ['CAP_NET_RAW'], caps_attempted: ['CAP_SYS_ADMIN'] },
      process: PROCESS,
    });
    expect(markup.indexOf('data-section="process"')).toBeLessThan(
      markup.indexOf('data-section="capabilities"'),
    );
  });
});
