/**
 * The "Process" section: the process that caused the event (`process`, a ProcessContext),
 * with its credentials, its parent and the lineage the event carries.
 */
import type { FieldRef } from '../body/field-set';
import { FieldValue } from './field-value';
import { Section } from './facts';
import { ProcessFacts } from './process-facts';

export function ProcessSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="process" title="Process" path={at.path}>
      {at.node.kind === 'object' ? <ProcessFacts at={at} withLineage /> : <FieldValue at={at} />}
    </Section>
  );
}
