// The typed sections leave no field behind: a body that sets every leaf of the schema (values
// synthesized by type) is rendered, and every schema leaf path must come out as a `data-field`
// hook; so must fields the schema does not know. The same holds for a maximal event of every
// shipped agent schema (Linux 2023 to 7.71, Windows 7.71), none of whose fields may be
// labelled "not in the schema" or land in the fallback section.
import { readFileSync, readdirSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AGENT_SCHEMA_FIELDS } from '../../../../generated/agent-schema-fields';
import { SCHEMA_FIELDS } from '../../../../generated/schema-fields';
import type { Finding } from '../../../../protocol/messages';
import { maximalEvent } from '../../../../test-support/maximal-event';
import { isSchemaPath } from '../body/schema-info';
import { readJson } from '../json-model';
import type { JsonNode } from '../json-model';
import { EventFields } from './event-fields';

type SchemaNode = Record<string, unknown>;

const SCHEMA = JSON.parse(
  readFileSync(new URL('../../../../../schema/event.v1.schema.json', import.meta.url), 'utf8'),
) as SchemaNode;

function resolve(node: SchemaNode): SchemaNode {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  let target: unknown = SCHEMA;
  for (const part of ref.slice(2).split('/')) target = (target as SchemaNode)[part];
  return target as SchemaNode;
}

/** A value for every property of `node`, by type; references are followed once per branch. */
function synthesize(node: SchemaNode, seen: readonly string[]): unknown {
  const ref = typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
  if (ref !== undefined && seen.includes(ref)) return undefined;
  const nextSeen = ref === undefined ? seen : [...seen, ref];
  const resolved = resolve(node);
  const properties = resolved['properties'] as Record<string, SchemaNode> | undefined;
  if (properties !== undefined) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(properties)) {
      const value = synthesize(child, nextSeen);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  switch (resolved['type']) {
    case 'array':
      return [synthesize(resolved['items'] as SchemaNode, nextSeen)];
    case 'string':
      return resolved['format'] === 'date-time' ? '2026-11-20T08:00:14.188130294Z' : 'text';
    case 'integer':
      return 33261;
    case 'boolean':
      return true;
    default:
      // Free-form in the schema (`credentials.destination`): what setuid events put there.
      return { uid: 1000, user: 'ubuntu', cap_effective: ['CAP_KILL'] };
  }
}

const FULL_BODY = synthesize(SCHEMA, []) as Record<string, unknown>;

function render(body: unknown, options: { expandAll: boolean; findings?: readonly Finding[] }) {
  const node = readJson(typeof body === 'string' ? body : JSON.stringify(body));
  return renderToStaticMarkup(
    createElement(EventFields, {
      body: node,
      findings: options.findings ?? [],
      expandAll: options.expandAll,
    }),
  );
}

function decode(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

function dataFields(markup: string): Set<string> {
  return new Set([...markup.matchAll(/data-field="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
}

/** `value` with an unknown member added to every object in it. */
function withUnknownKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUnknownKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = { newer_agent_field: 'x' };
  for (const [key, child] of Object.entries(value)) out[key] = withUnknownKeys(child);
  return out;
}

/** Leaf paths of a parsed body, array indices dropped. */
function leafPaths(node: JsonNode, path = '', out = new Set<string>()): Set<string> {
  if (node.kind === 'object' && node.entries.length > 0) {
    for (const e of node.entries) leafPaths(e.value, path === '' ? e.key : `${path}.${e.key}`, out);
  } else if (node.kind === 'array' && node.items.some((i) => i.kind === 'object')) {
    for (const item of node.items) leafPaths(item, path, out);
  } else {
    out.add(path);
  }
  return out;
}

/** Paths of the rows labelled by their bare key (what a section's layout did not place). */
function untypedRows(markup: string): string[] {
  return [...markup.matchAll(/<dt title="([^"]*)"><span class="ev-key">/g)].map(
    (m) =>
      decode(m[1] ?? '')
        .split('⏎')
        .pop() ?? '',
  );
}

const AGENT_SCHEMA_DIR = new URL('../../../../../schema/agent/', import.meta.url);
const AGENT_SCHEMAS = readdirSync(AGENT_SCHEMA_DIR)
  .filter((name) => name.endsWith('.schema.json'))
  .map((name) => ({
    name,
    schema: JSON.parse(readFileSync(new URL(name, AGENT_SCHEMA_DIR), 'utf8')) as SchemaNode,
  }));

describe('typed sections of every agent schema', () => {
  it('ships the Linux and Windows schemas, whose maximal events reach every field', () => {
    expect(AGENT_SCHEMAS.length).toBeGreaterThanOrEqual(19);
    expect(AGENT_SCHEMAS.map((s) => s.name)).toContain('windows-7.71.0.schema.json');
    const reached = new Set<string>();
    for (const { schema } of AGENT_SCHEMAS)
      leafPaths(readJson(JSON.stringify(maximalEvent(schema))), '', reached);
    const reachedText = `\n${[...reached].join('\n')}\n`;
    // A free-form field is reached through the member put in it (`variables.variables_member`).
    const unreached = AGENT_SCHEMA_FIELDS.map((f) => f.path).filter(
      (path) => !reached.has(path) && !reachedText.includes(`\n${path}.`),
    );
    expect(unreached).toEqual([]);
    expect(AGENT_SCHEMA_FIELDS.length).toBeGreaterThan(1500);
  });

  it.each(AGENT_SCHEMAS)('render every field of a maximal $name event, typed', ({ schema }) => {
    const body = maximalEvent(schema);
    const markup = render(body, { expandAll: true });
    const fields = dataFields(markup);
    const paths = [...leafPaths(readJson(JSON.stringify(body)))];
    expect(paths.filter((p) => !fields.has(p))).toEqual([]);
    expect(markup).not.toContain('not in the schema');
    expect(markup).not.toContain('data-section="unknown"');
    // Every top-level section of the schema has its own typed section (the network ones share
    // "network", the event's own members "event" and "rule").
    const sections = new Set([...markup.matchAll(/data-section="([^"]*)"/g)].map((m) => m[1]));
    for (const key of Object.keys(body)) {
      if (['evt', 'date', 'agent', 'title', 'dns', 'bind', 'network'].includes(key)) continue;
      expect(sections, key).toContain(key);
    }
    // Rows a layout did not place (labelled by their key) hold only free-form content.
    expect(untypedRows(markup).filter((path) => isSchemaPath(path))).toEqual([]);
  });

  it('show trace and span ids exactly, as strings (7.57+) and as integers (before)', () => {
    const asText = render(
      { evt: { name: 'open' }, dd: { trace_id: '12345678901234567891', span_id: '987' } },
      { expandAll: false },
    );
    const asNumber = render(
      '{"evt": {"name": "open"}, "dd": {"trace_id": 12345678901234567891, "span_id": 987}}',
      { expandAll: false },
    );
    for (const markup of [asText, asNumber]) {
      expect(markup).toContain('12345678901234567891');
      expect(markup).not.toContain('not in the schema');
    }
  });
});

describe('typed sections', () => {
  it('render every leaf path of the schema as a data-field', () => {
    const fields = dataFields(render(FULL_BODY, { expandAll: true }));
    const missing = SCHEMA_FIELDS.map((f) => f.path).filter((path) => !fields.has(path));
    expect(missing).toEqual([]);
    // The synthesized body really does reach every leaf (and the check is not vacuous).
    expect(SCHEMA_FIELDS.length).toBeGreaterThan(800);
  });

  it('render fields the schema does not know, in every object', () => {
    const body = withUnknownKeys(FULL_BODY);
    const fields = dataFields(render(body, { expandAll: true }));
    const missing = [...leafPaths(readJson(JSON.stringify(body)))].filter((p) => !fields.has(p));
    expect(missing).toEqual([]);
  });

  it('render what newer agents add, at any depth', () => {
    const body = {
      ...FULL_BODY,
      prctl: { option: 'PR_SET_NAME', new_name: 'x' },
      hostname: 'web-1',
      process: {
        ...(FULL_BODY['process'] as object),
        user_session: { id: 's1', k8s_groups: ['a'] },
      },
      file: { ...(FULL_BODY['file'] as object), metadata: { size: 10, is_upx_packed: false } },
      dd: { trace_id: '12345678901234567891', span_id: 1 },
    };
    const markup = render(body, { expandAll: true });
    const fields = dataFields(markup);
    const missing = [...leafPaths(readJson(JSON.stringify(body)))].filter((p) => !fields.has(p));
    expect(missing).toEqual([]);
    expect(markup).toContain('not in the schema');
  });

  it('show values of the wrong type rather than dropping them', () => {
    const body = Object.fromEntries(Object.keys(FULL_BODY).map((key) => [key, 'not an object']));
    const fields = dataFields(render(body, { expandAll: false }));
    expect(Object.keys(body).filter((key) => !fields.has(key))).toEqual([]);
    const odd = {
      evt: { name: 'exec' },
      process: { pid: 1, ancestors: 'none', parent: 7, credentials: [1], executable: 'x' },
      file: { path: 1, destination: 'y', mode: 'rwx' },
      signal: { target: 'z' },
      dns: { question: 5 },
      network: { source: 'a', device: 'b' },
      bind: { addr: [] },
    };
    const oddFields = dataFields(render(odd, { expandAll: false }));
    const missing = [...leafPaths(readJson(JSON.stringify(odd)))].filter((p) => !oddFields.has(p));
    expect(missing).toEqual([]);
  });

  it('show the most used fields without expanding anything', () => {
    const fields = dataFields(render(FULL_BODY, { expandAll: false }));
    for (const path of [
      'evt.name',
      'date',
      'process.pid',
      'process.args',
      'process.executable.path',
      'process.credentials.cap_effective',
      'process.ancestors.pid',
      'process.ancestors.executable.path',
      'file.path',
      'file.destination.path',
      'dns.question.name',
      'network.destination.port',
      'dd.trace_id',
    ]) {
      expect(fields, path).toContain(path);
    }
  });

  it('keep 64-bit ids exact and make control characters visible', () => {
    const markup = render(
      '{"evt": {"name": "open"}, "file": {"path": "/tmp/\\u202Eevil\\n", "uid": 0, "gid": 0},' +
        ' "dd": {"trace_id": 18446744073709551615}}',
      { expandAll: false },
    );
    expect(markup).toContain('18446744073709551615');
    expect(markup).toContain('⟨U+202E⟩evil⏎');
    expect(markup).not.toContain('\u202E');
  });

  it('mark data-quality problems and place findings beside their fields', () => {
    const markup = render(
      {
        evt: { name: 'exec' },
        process: { pid: 1, uid: 0, gid: 0, args: ['a'], args_truncated: true, executable: {} },
        file: { path_resolution_error: 'ENOENT', uid: 0, gid: 0 },
        mmap: { protection: 'PROT_WRITE | PROT_EXEC' },
      },
      { expandAll: false, findings: [{ pointer: '/process/pid', keyword: 'type', message: 'x' }] },
    );
    for (const kind of [
      'args-truncated',
      'path-resolution',
      'missing-lineage',
      'writable-executable',
    ])
      expect(markup).toContain(`data-kind="${kind}"`);
    expect(markup).toMatch(/data-field="process\.pid"[^>]*>.*?data-testid="field-finding"/);
  });
});
