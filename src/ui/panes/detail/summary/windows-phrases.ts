/**
 * Summary phrases of Windows events: registry keys created, opened, set or deleted, an
 * object's permissions changed, and the Windows file events (created, written, deleted).
 */
import type { JsonNode } from '../json-model';
import { member, textOf } from '../body/json-access';
import { filePath } from './phrase-helpers';
import type { Phrase } from './phrase-helpers';
import type { PartsBuilder } from './summary-parts';

/** The key by its path, else its name. */
function registryKey(body: JsonNode, out: PartsBuilder): void {
  const registry = member(body, 'registry');
  const keyPath = textOf(member(registry, 'key_path'));
  if (keyPath !== undefined && keyPath !== '') out.value(keyPath, 'registry.key_path');
  else out.field(member(registry, 'key_name'), 'registry.key_name', 'a key with no name');
}

const onKey =
  (verb: string): Phrase =>
  (body, out) => {
    out.text(`${verb} the registry key `);
    registryKey(body, out);
  };

const onFile =
  (verb: string): Phrase =>
  (body, out) => {
    out.text(`${verb} `);
    filePath(member(body, 'file'), 'file', out);
  };

export const WINDOWS_PHRASES: Readonly<Record<string, Phrase>> = {
  create_key: onKey('created'),
  open_key: onKey('opened'),
  delete_key: onKey('deleted'),
  set_key_value: (body, out) => {
    out.text('set the value ');
    out.field(member(member(body, 'registry'), 'value_name'), 'registry.value_name', '(default)');
    out.text(' of the registry key ');
    registryKey(body, out);
  },
  change_permission: (body, out) => {
    const change = member(body, 'permission_change');
    out.text('changed the permissions of ');
    out.field(member(change, 'path'), 'permission_change.path', 'an object');
    const type = textOf(member(change, 'type'));
    if (type !== undefined && type !== '')
      out.text(' (').value(type, 'permission_change.type').text(')');
  },
  create: onFile('created'),
  write: onFile('wrote to'),
  delete: onFile('deleted'),
};
