/**
 * Rows on their way to one table: gathered into batches of JSONEachRow text and inserted one
 * batch at a time, with at most one insert in flight. `whenReady` is what the file reader
 * awaits between chunks, so a fast reader waits for ClickHouse instead of piling rows up.
 */
import type { ClickHouseHttp } from './clickhouse-http';

export class RowBatches {
  private lines: string[] = [];
  /** Batches sent and not yet answered, oldest first (each runs after the one before). */
  private readonly inFlight: Promise<void>[] = [];
  private failure: unknown;
  /** Rows handed over so far. */
  count = 0;

  constructor(
    private readonly http: ClickHouseHttp,
    private readonly table: string,
    private readonly batchRows: number,
  ) {}

  add(row: object): void {
    this.lines.push(JSON.stringify(row));
    this.count++;
    if (this.lines.length >= this.batchRows) this.send();
  }

  /**
   * Resolves once at most one batch is with ClickHouse, so the next one can be gathered
   * while it is inserted; throws an insert's failure.
   */
  async whenReady(): Promise<void> {
    if (this.lines.length >= this.batchRows) this.send();
    while (this.inFlight.length > 1) await this.inFlight[0];
    if (this.failure !== undefined) throw this.failure;
  }

  /** Sends what is left and waits for every insert. */
  async flush(): Promise<void> {
    this.send();
    await this.inFlight.at(-1);
    if (this.failure !== undefined) throw this.failure;
  }

  private send(): void {
    if (this.lines.length === 0) return;
    const body = `${this.lines.join('\n')}\n`;
    this.lines = [];
    const previous = this.inFlight.at(-1);
    const insert = (async () => {
      await previous;
      if (this.failure !== undefined) return;
      try {
        await this.http.run(`INSERT INTO ${this.table} FORMAT JSONEachRow`, { body });
      } catch (error) {
        this.failure = error;
      }
    })();
    this.inFlight.push(insert);
    void insert.then(() => this.inFlight.splice(this.inFlight.indexOf(insert), 1));
  }
}
