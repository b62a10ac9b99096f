/**
 * The fields of the Windows event types, as the agent's Windows model names them
 * (pkg/security/secl/model/model_windows.go): file events (`create`, `rename`, `delete`,
 * `write`: `file.path`, `file.device_path`, `file.name`, `file.extension`), registry events
 * (`create_key`, `open_key`, `set_key_value`, `delete_key`: `registry.key_name`,
 * `registry.key_path`, and the value name of `set_key_value`) and `change_permission`. Paths,
 * names and key paths compare ignoring case there, as the agent compares them.
 *
 * The registry events also answer to a short prefix (`create.registry.key_path` is
 * `create_key.registry.key_path`): `windowsFieldName` gives the canonical name.
 */
import type { FieldDef } from './field-def';
import { ROOT, strField, under } from './field-def';

/** Windows event types: known names, read from the export like any other. */
export const WINDOWS_EVENT_TYPES: readonly string[] = [
  'create',
  'write',
  'delete',
  'create_key',
  'open_key',
  'set_key_value',
  'delete_key',
  'change_permission',
];

/** The registry events' short prefixes (`field:"create_key;create"`). */
const REGISTRY_PREFIXES: Readonly<Record<string, string>> = {
  create: 'create_key',
  open: 'open_key',
  set: 'set_key_value',
  delete: 'delete_key',
};

const REGISTRY_TYPES = Object.values(REGISTRY_PREFIXES);
const FILE = under(ROOT, 'file');
const REGISTRY = under(ROOT, 'registry');
const PERMISSION = under(ROOT, 'permission_change');
const FILE_SUFFIXES = ['path', 'device_path', 'name', 'extension'];
const PERMISSION_FIELDS = ['username', 'user_domain', 'path', 'type', 'old_sd', 'new_sd'];

/** `create.registry.key_path` → `create_key.registry.key_path`; other names unchanged. */
export function windowsFieldName(name: string): string {
  const dot = name.indexOf('.');
  const type = REGISTRY_PREFIXES[name.slice(0, dot)];
  const rest = name.slice(dot + 1);
  if (dot <= 0 || type === undefined) return name;
  return rest.startsWith('registry.') || rest === 'value_name' ? `${type}.${rest}` : name;
}

/** Windows paths are not `/`-separated: their patterns are plain globs, ignoring case. */
const ignoringCase = (where: typeof ROOT, sub: string): FieldDef =>
  strField(where, sub, { caseInsensitive: true });

/** The field `rest` (after `type.`) of a Windows event type, or `undefined`. */
export function windowsField(type: string, rest: string): FieldDef | undefined {
  if (REGISTRY_TYPES.includes(type)) {
    if (rest === 'registry.key_name') return strField(REGISTRY, 'key_name');
    if (rest === 'registry.key_path') return ignoringCase(REGISTRY, 'key_path');
    if (type === 'set_key_value' && (rest === 'value_name' || rest === 'registry.value_name'))
      return strField(REGISTRY, 'value_name');
    return undefined;
  }
  if (type === 'change_permission') {
    return PERMISSION_FIELDS.includes(rest) ? strField(PERMISSION, rest) : undefined;
  }
  if (!rest.startsWith('file.')) return undefined;
  const sub = rest.slice('file.'.length);
  if (!FILE_SUFFIXES.includes(sub)) return undefined;
  return ignoringCase(FILE, sub);
}

/** Every Windows field name, for the field list. */
export function windowsFieldNames(): string[] {
  const names: string[] = [];
  for (const type of ['create', 'write', 'delete']) {
    for (const sub of FILE_SUFFIXES) names.push(`${type}.file.${sub}`);
  }
  for (const type of REGISTRY_TYPES) {
    names.push(`${type}.registry.key_name`, `${type}.registry.key_path`);
  }
  names.push('set_key_value.registry.value_name', 'set_key_value.value_name');
  for (const sub of PERMISSION_FIELDS) names.push(`change_permission.${sub}`);
  return names;
}
