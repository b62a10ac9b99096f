/**
 * `npm run clickhouse:load -- [--url http://127.0.0.1:8123] [--database cws] [--user U]
 * [--batch-rows N] <files or folders>`: loads CWS event logs into ClickHouse through the
 * tab's own ingest (see loader/load-files.ts). The password comes from the CLICKHOUSE_PASSWORD
 * environment variable only. Progress and the summary go to stderr.
 */
import { parseCliArgs } from './cli-args';
import { loadFiles } from './loader/load-files';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const { options, positional } = parseCliArgs(process.argv.slice(2), [
    'url',
    'database',
    'user',
    'batch-rows',
  ]);
  if (positional.length === 0) {
    say(
      'usage: npm run clickhouse:load -- [--url URL] [--database DB] [--user U] <files or folders>',
    );
    process.exit(2);
  }
  const password = process.env['CLICKHOUSE_PASSWORD'];
  await loadFiles({
    url: options.get('url') ?? 'http://127.0.0.1:8123',
    database: options.get('database') ?? 'cws',
    ...(options.has('user') ? { user: options.get('user') as string } : {}),
    ...(password === undefined || password === '' ? {} : { password }),
    ...(options.has('batch-rows') ? { batchRows: Number(options.get('batch-rows')) } : {}),
    inputs: positional,
    progress: say,
  });
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
