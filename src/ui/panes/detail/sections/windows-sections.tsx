/**
 * Sections of Windows events: a registry key created, opened, set or deleted (`registry`:
 * key path and name, value name; pivot to events on the same key) and a change of an object's
 * permissions (`permission_change`: object, type, who, old → new security descriptor).
 */
import type { FieldRef } from '../body/field-set';
import type { JsonNode } from '../json-model';
import type { SameValuePivot } from './event-pivots';
import { SameValuePivots } from './event-pivots';
import { Section } from './facts';
import { FieldRows } from './field-rows';

const REGISTRY_PIVOTS: readonly SameValuePivot[] = [
  { path: ['registry', 'key_path'], label: (v) => `registry key ${v}` },
];

export function RegistrySection({ at, body }: { readonly at: FieldRef; readonly body: JsonNode }) {
  return (
    <Section name="registry" title="Registry" path={at.path}>
      <SameValuePivots body={body} pivots={REGISTRY_PIVOTS} />
      <FieldRows
        at={at}
        rows={[
          ['key_path', 'Key path'],
          ['key_name', 'Key name'],
          ['value_name', 'Value name'],
        ]}
      />
    </Section>
  );
}

export function PermissionChangeSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="permission_change" title="Permission change" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['path', 'Object'],
          ['type', 'Object type'],
          ['username', 'User'],
          ['user_domain', 'User domain'],
          ['old_sd', 'Old security descriptor'],
          ['new_sd', 'New security descriptor'],
        ]}
      />
    </Section>
  );
}
