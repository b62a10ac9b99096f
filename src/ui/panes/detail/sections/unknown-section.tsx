/**
 * Top-level members the schema does not describe (a newer agent's sections such as `prctl`
 * or `imds`, or a producer's own fields), shown as they are, labelled "not in the schema".
 */
import { fieldsOf } from '../body/field-set';
import type { FieldRef } from '../body/field-set';
import { visibleText } from '../../../../lib/visible-text';
import { OtherFields, Section } from './facts';

export function UnknownSections({ fields }: { readonly fields: readonly FieldRef[] }) {
  const objects = fields.filter((f) => f.node.kind === 'object');
  const others = fields.filter((f) => f.node.kind !== 'object');
  return (
    <>
      {objects.map((f, i) => (
        <Section
          key={i}
          name="unknown"
          title={visibleText(f.key, 120).text}
          path={f.path}
          note="not in the schema"
        >
          <div className="ev-group" data-field={f.path}>
            <OtherFields fields={fieldsOf(f).rest()} />
          </div>
        </Section>
      ))}
      {others.length > 0 && (
        <Section name="unknown" title="Other fields" note="not in the schema">
          <OtherFields fields={others} />
        </Section>
      )}
    </>
  );
}
