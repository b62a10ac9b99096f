/**
 * What a failed connection to a ClickHouse source means, in words the analyst can act on: the
 * browser refused the request (the server's CORS, or this build's Content-Security-Policy not
 * listing the server), the server refused the user or password, or the database lacks the
 * explorer's tables. The message never repeats the password.
 */
export function connectionErrorText(error: unknown, url: string, database: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError || /failed to fetch|networkerror|load failed/i.test(message)) {
    return (
      `The browser could not reach ${url}: the server is down, does not allow this page's ` +
      'origin (CORS), or this build of the page does not list it in its Content-Security-Policy ' +
      '(build with CWS_CONNECT_SRC naming the server, see the README).'
    );
  }
  if (
    /authentication failed|AUTHENTICATION_FAILED|REQUIRED_PASSWORD|code: 516|code: 194/i.test(
      message,
    )
  ) {
    return 'The server refused the user name or password.';
  }
  if (/UNKNOWN_TABLE|UNKNOWN_DATABASE|code: 60\b|code: 81\b/i.test(message)) {
    return (
      `The database ${database} on ${url} has no explorer tables (events, problems, sources): ` +
      'load files into it with npm run clickhouse:load.'
    );
  }
  return `The server answered with an error: ${message.slice(0, 500)}`;
}
