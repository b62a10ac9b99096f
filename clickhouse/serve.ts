/**
 * `npm run clickhouse:serve [-- --port N --path DIR --user U --password P]`: serves a local
 * ClickHouse engine on 127.0.0.1 (default port 8123, data in `.clickhouse-data/`) for the
 * explorer's ClickHouse source, the loader and the tests. The password may also come from
 * CLICKHOUSE_PASSWORD. Installs the engine on first use.
 */
import { parseCliArgs } from './cli-args';
import { ensureLocalEngine } from './server/install-engine';
import { startServer } from './server/local-server';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const { options } = parseCliArgs(process.argv.slice(2), [
    'port',
    'path',
    'user',
    'password',
    'host',
  ]);
  if (!ensureLocalEngine(say)) process.exit(1);
  const password = options.get('password') ?? process.env['CLICKHOUSE_PASSWORD'];
  const server = await startServer({
    port: Number(options.get('port') ?? 8123),
    host: options.get('host') ?? '127.0.0.1',
    path: options.get('path') ?? '.clickhouse-data',
    ...(options.has('user') ? { user: options.get('user') as string } : {}),
    ...(password === undefined || password === '' ? {} : { password }),
    log: say,
  });
  say(`Local ClickHouse engine listening on ${server.url} (Ctrl-C to stop)`);
  const stop = (): void => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
