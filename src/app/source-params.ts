/**
 * The link's source keys: `ch` (the ClickHouse server's URL), `chdb` (its database) and
 * `chuser` (the user name, when not `default`). A link without them is a link to files
 * opened in the tab. A password is never among them.
 */
import type { SourceIdentity } from '../state/source-password';
import { encodePart } from '../share/fragment-text';
import { parseHashParams } from './hash-params';

export const SOURCE_KEYS: readonly string[] = ['ch', 'chdb', 'chuser'];

const DEFAULT_DATABASE = 'default';
const DEFAULT_USER = 'default';

/** The source the fragment names, if it names a valid http(s) server. */
export function sourceFromHash(hash: string): SourceIdentity | undefined {
  const params = parseHashParams(hash);
  const url = params.get('ch');
  if (url === undefined || !/^https?:\/\//i.test(url)) return undefined;
  return {
    url,
    database: params.get('chdb') || DEFAULT_DATABASE,
    username: params.get('chuser') || DEFAULT_USER,
  };
}

/** `fragment` led by the keys naming `source` (none for the in-tab engine). */
export function withSourceKeys(fragment: string, source: SourceIdentity | undefined): string {
  if (source === undefined) return fragment;
  const pairs = [`ch=${encodePart(source.url)}`];
  if (source.database !== DEFAULT_DATABASE) pairs.push(`chdb=${encodePart(source.database)}`);
  if (source.username !== DEFAULT_USER) pairs.push(`chuser=${encodePart(source.username)}`);
  return [...pairs, fragment].filter((p) => p !== '').join('&');
}
