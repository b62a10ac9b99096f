/**
 * SECL file fields (`<prefix>.file.path`, `.name`, `.mode`, `.rights`, `.package.version`, …)
 * mapped onto a JSON file object (`file`, `file.destination`, `process.executable`, …).
 */
import { lengthAccess, rightsAccess, stringAccess } from './field-access';
import type { FieldDef, Where } from './field-def';
import {
  absentAt,
  boolField,
  intField,
  notEvaluable,
  relPath,
  strField,
  strListField,
  timeField,
} from './field-def';

const PACKAGE_STRINGS = ['name', 'version', 'release', 'source_version', 'source_release'];
const PACKAGE_INTS = ['epoch', 'source_epoch'];
const STRINGS = ['name', 'extension', 'filesystem', 'user', 'group'];
const INTS = ['inode', 'mode', 'mount_id', 'uid', 'gid'];
const BOOLS = ['in_upper_layer', 'mount_detached', 'mount_visible'];

/** A field of the file object at `where`, by its SECL name after `file.`. */
export function fileField(rest: string, where: Where): FieldDef | undefined {
  if (rest === 'path') {
    return {
      accessor: stringAccess([relPath(where, 'path')], absentAt(where, 'path')),
      isPath: true,
    };
  }
  if (STRINGS.includes(rest)) return strField(where, rest);
  if (INTS.includes(rest)) return intField(where, rest);
  if (BOOLS.includes(rest)) return boolField(where, rest);
  if (rest === 'path.length' || rest === 'name.length') {
    const sub = rest.slice(0, -'.length'.length);
    return { accessor: lengthAccess([relPath(where, sub)], absentAt(where, sub)) };
  }
  if (rest === 'rights')
    return { accessor: rightsAccess([relPath(where, 'mode')], absentAt(where, 'mode')) };
  if (rest === 'change_time' || rest === 'modification_time') return timeField(where, rest);
  if (rest === 'hashes') return strListField(where, 'hashes');
  if (rest.startsWith('package.')) {
    const key = rest.slice('package.'.length);
    if (PACKAGE_STRINGS.includes(key)) return strField(where, `package_${key}`);
    if (PACKAGE_INTS.includes(key)) return intField(where, `package_${key}`);
    return undefined;
  }
  if (rest === 'overlay_numlower') {
    return notEvaluable('int', 'kernel-only value, not in exported events');
  }
  return undefined;
}

const METADATA_INTS = ['size'];
const METADATA_BOOLS = ['is_executable', 'is_upx_packed', 'is_garble_obfuscated'];
const METADATA_ENUMS = ['type', 'architecture', 'abi', 'compression'];

/** `exec.file.metadata.*` (newer agents), read from `file.metadata`. */
export function fileMetadataField(rest: string, where: Where): FieldDef | undefined {
  if (METADATA_INTS.includes(rest)) return intField(where, rest);
  if (METADATA_BOOLS.includes(rest)) return boolField(where, rest);
  if (METADATA_ENUMS.includes(rest)) {
    return notEvaluable('int', 'an integer in SECL but a name in exports, with no published table');
  }
  return undefined;
}
