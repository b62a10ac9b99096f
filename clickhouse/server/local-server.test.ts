import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localEngineMissing,
  startLocalClickHouse,
  type LocalClickHouse,
} from '../../src/test-support/local-clickhouse';

const missing = localEngineMissing();
if (missing !== undefined) console.warn(`ClickHouse server tests skipped: ${missing}`);

describe.skipIf(missing !== undefined)('the local ClickHouse server over HTTP', () => {
  let clickhouse: LocalClickHouse;
  let auth: Record<string, string>;

  beforeAll(async () => {
    clickhouse = await startLocalClickHouse({ files: [] });
    const credentials = `${clickhouse.user}:${clickhouse.password}`;
    auth = { Authorization: `Basic ${Buffer.from(credentials).toString('base64')}` };
  }, 120_000);

  afterAll(async () => {
    await clickhouse.stop();
  });

  it('drops a waiting request whose client went away, as the server cancels such a query', async () => {
    const post = (statement: string, signal?: AbortSignal) =>
      fetch(`${clickhouse.url}/?database=${clickhouse.database}`, {
        method: 'POST',
        headers: auth,
        body: statement,
        ...(signal === undefined ? {} : { signal }),
      });
    const slow = post('SELECT sleep(1.5)');
    const abandon = new AbortController();
    const waiting = post('CREATE TABLE abandoned (x UInt8) ENGINE = Memory', abandon.signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    abandon.abort();
    await expect(waiting).rejects.toThrow();
    expect((await slow).status).toBe(200);
    const exists = await post('EXISTS TABLE abandoned');
    expect((await exists.text()).trim()).toBe('0');
  });

  it('answers /ping', async () => {
    const response = await fetch(`${clickhouse.url}/ping`);
    expect([response.status, await response.text()]).toEqual([200, 'Ok.\n']);
  });

  it('answers a CORS preflight from a page on another origin', async () => {
    const response = await fetch(`${clickhouse.url}/?query_id=x`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://explorer.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('runs GET and POST statements with result headers the client reads', async () => {
    const query = encodeURIComponent('SELECT 1 AS one FORMAT JSONEachRow');
    const get = await fetch(`${clickhouse.url}/?query=${query}&query_id=q1`, {
      headers: { ...auth, Origin: 'https://explorer.example' },
    });
    expect(await get.text()).toBe('{"one":1}\n');
    expect(get.headers.get('x-clickhouse-query-id')).toBe('q1');
    expect(get.headers.get('x-clickhouse-format')).toBe('JSONEachRow');
    expect(JSON.parse(get.headers.get('x-clickhouse-summary') ?? '{}')).toHaveProperty('read_rows');
    expect(get.headers.get('access-control-expose-headers')).toMatch(/X-ClickHouse-Summary/);
    const post = await fetch(`${clickhouse.url}/?database=${clickhouse.database}`, {
      method: 'POST',
      headers: { 'X-ClickHouse-User': clickhouse.user, 'X-ClickHouse-Key': clickhouse.password },
      body: 'SELECT currentDatabase()',
    });
    expect([post.headers.get('x-clickhouse-format'), await post.text()]).toEqual([
      'TabSeparated',
      `${clickhouse.database}\n`,
    ]);
  });

  it('applies a request’s settings to that request only', async () => {
    const run = async (settings: string): Promise<string> => {
      const response = await fetch(`${clickhouse.url}/?${settings}`, {
        method: 'POST',
        headers: auth,
        body: 'SELECT toInt64(5) AS n FORMAT JSONEachRow',
      });
      return response.text();
    };
    expect(await run('output_format_json_quote_64bit_integers=1')).toBe('{"n":"5"}\n');
    expect(await run('output_format_json_quote_64bit_integers=0')).toBe('{"n":5}\n');
    const refused = await fetch(`${clickhouse.url}/?max_threads=1%27%3B%20DROP`, {
      method: 'POST',
      headers: auth,
      body: 'SELECT 1',
    });
    expect(refused.status).toBe(500);
    expect(refused.headers.get('x-clickhouse-exception-code')).toBe('115');
  });

  it('refuses a request without the password, naming the user', async () => {
    const response = await fetch(`${clickhouse.url}/?query=SELECT%201`);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-clickhouse-exception-code')).toBe('516');
    expect(await response.text()).toMatch(
      /^Code: 516\. DB::Exception: default: Authentication failed/,
    );
  });
});
