/**
 * The production page's Content-Security-Policy. By default it allows no origin but the
 * page's own. `CWS_CONNECT_SRC` (a build-time setting: space-separated origins, e.g.
 * `https://ch.example.com:8443 http://127.0.0.1:8123`) adds ClickHouse servers the page may
 * connect to, to `connect-src` only. Each must be a bare http(s) origin: a scheme, a host and
 * an optional port; no path, query, credentials or wildcard. A value that is not is refused
 * and fails the build, so that a typo never opens the policy wider than meant.
 */

/** The origin `text` names, or an error saying why it is not one. */
function connectOrigin(text: string): string {
  if (text.includes('*'))
    throw new Error(`CWS_CONNECT_SRC: ${JSON.stringify(text)} has a wildcard`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`CWS_CONNECT_SRC: ${JSON.stringify(text)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`CWS_CONNECT_SRC: ${JSON.stringify(text)} is not an http(s) origin`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(`CWS_CONNECT_SRC: ${JSON.stringify(text)} carries credentials`);
  }
  if (text.replace(/\/$/, '') !== url.origin) {
    throw new Error(
      `CWS_CONNECT_SRC: ${JSON.stringify(text)} is not a bare origin (write ${url.origin})`,
    );
  }
  return url.origin;
}

/** The origins of a `CWS_CONNECT_SRC` value (none when it is unset or blank). */
export function connectOrigins(setting: string | undefined): string[] {
  const words = (setting ?? '').split(/\s+/).filter((w) => w !== '');
  return [...new Set(words.map(connectOrigin))];
}

export function contentSecurityPolicy(extraConnectOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    ["connect-src 'self'", ...extraConnectOrigins].join(' '),
    "img-src 'self' data:",
    "style-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
