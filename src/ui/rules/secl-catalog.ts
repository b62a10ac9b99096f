/**
 * The SECL fields as the rule box suggests them: each field the engine lists (`rule.fields`)
 * described with the schema's text for the body path it reads — `open.file.path`: "File path
 * — reads file.path" — or why exports cannot tell it. A field is marked indexed when every
 * path it reads is in the index from the start (rules on it are answered at once).
 */
import type { SeclField } from '../../protocol/messages';
import type { FieldInfo } from '../common/field-catalog';
import { fieldInfo } from '../common/field-catalog';

function describe(field: SeclField): string {
  if (field.unknownReason !== undefined) return `Unknown in exports: ${field.unknownReason}`;
  const reads = field.paths.join(', ');
  const schema = field.paths
    .map((path) => fieldInfo(`@${path}`)?.description ?? '')
    .find((text) => text !== '');
  const text = schema === undefined ? `Reads ${reads}` : `${schema} — reads ${reads}`;
  // `….length` fields count what the path holds rather than give it.
  return field.name.endsWith('.length') ? `Length of: ${text}` : text;
}

export function seclCatalog(fields: readonly SeclField[]): FieldInfo[] {
  return fields.map((field) => ({
    field: field.name,
    type: field.type,
    description: describe(field),
    isIndexed:
      field.paths.length > 0 &&
      field.paths.every((path) => fieldInfo(`@${path}`)?.isIndexed === true),
    inSchema: field.paths.some((path) => fieldInfo(`@${path}`)?.inSchema === true),
  }));
}
