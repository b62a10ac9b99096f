/**
 * Command-line options of the ClickHouse CLIs (`--name value` pairs and plain arguments).
 * A client's password is not an option (it comes from CLICKHOUSE_PASSWORD, out of shell
 * history and process listings); only the local server takes `--password` for itself.
 */
export interface CliArgs {
  readonly options: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
}

export function parseCliArgs(argv: readonly string[], known: readonly string[]): CliArgs {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
    if (!known.includes(name)) {
      throw new Error(
        name === 'password'
          ? 'pass the password in the CLICKHOUSE_PASSWORD environment variable'
          : `unknown option --${name}`,
      );
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    options.set(name, value);
  }
  return { options, positional };
}
