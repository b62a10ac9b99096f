/**
 * The loader's connection to ClickHouse: plain `fetch` to the HTTP interface, so it works the
 * same against the local engine, a clickhouse-server or a cluster's entry node. Values go as
 * `param_<name>` (escaped as ClickHouse reads them), never into the statement; rows go in the
 * body of `INSERT … FORMAT JSONEachRow`.
 */
export interface ConnectionOptions {
  readonly url: string;
  readonly database: string;
  readonly user?: string;
  readonly password?: string;
}

/** A parameter value in ClickHouse's escaped text form. */
function escapeParam(value: string): string {
  return value.replace(/[\\\t\n\r']/g, (c) =>
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`,
  );
}

export class ClickHouseHttp {
  constructor(private readonly options: ConnectionOptions) {}

  /**
   * Runs `statement` (in `database` unless `inDatabase` is false) and returns the response
   * text; `body` is sent after it (an INSERT's rows).
   */
  async run(
    statement: string,
    { params = {}, body, inDatabase = true }: RunOptions = {},
  ): Promise<string> {
    const url = new URL(this.options.url);
    url.pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    if (inDatabase) url.searchParams.set('database', this.options.database);
    for (const [name, value] of Object.entries(params)) {
      url.searchParams.set(`param_${name}`, escapeParam(value));
    }
    const headers: Record<string, string> = {};
    if (this.options.user !== undefined || this.options.password !== undefined) {
      const credentials = `${this.options.user ?? 'default'}:${this.options.password ?? ''}`;
      headers['Authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    if (body !== undefined) url.searchParams.set('query', statement);
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: body ?? statement,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`ClickHouse refused a statement: ${text.trim()}`);
    return text;
  }

  /** The first column of the first row of a `SELECT` (TabSeparated), as text. */
  async scalar(statement: string, params: Record<string, string> = {}): Promise<string> {
    const text = await this.run(`${statement} FORMAT TabSeparated`, { params });
    return text.split('\n')[0] ?? '';
  }
}

export interface RunOptions {
  readonly params?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly inDatabase?: boolean;
}
