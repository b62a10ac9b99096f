/**
 * Where a ClickHouse source's password is kept: for the browser session only
 * (sessionStorage) unless the analyst asks to remember it on this device (localStorage). It
 * never enters the link, the page's other stores or a log. Keyed by server, database and
 * user, so that a link to that source can reconnect without asking again.
 */
export interface SourceIdentity {
  readonly url: string;
  readonly database: string;
  readonly username: string;
}

const PREFIX = 'cws-explorer.clickhouse-password:';

const keyOf = (source: SourceIdentity) =>
  `${PREFIX}${JSON.stringify([source.url, source.database, source.username])}`;

function storages(): Storage[] {
  try {
    return [window.sessionStorage, window.localStorage];
  } catch {
    return [];
  }
}

export function storedPassword(source: SourceIdentity): string | undefined {
  for (const storage of storages()) {
    const password = storage.getItem(keyOf(source));
    if (password !== null) return password;
  }
  return undefined;
}

/** Keeps `password` for the session, and on this device too when `remember` is set. */
export function keepPassword(source: SourceIdentity, password: string, remember: boolean): void {
  const [session, local] = storages();
  session?.setItem(keyOf(source), password);
  if (remember) local?.setItem(keyOf(source), password);
  else local?.removeItem(keyOf(source));
}

export function forgetPassword(source: SourceIdentity): void {
  for (const storage of storages()) storage.removeItem(keyOf(source));
}
