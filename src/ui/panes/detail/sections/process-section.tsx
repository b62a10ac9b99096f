/**
 * The "Process" section: the process that caused the event (`process`, a ProcessContext),
 * with its credentials, its parent and the lineage the event carries, and pivots to its events.
 */
import type { FieldRef } from '../body/field-set';
import type { JsonNode } from '../json-model';
import { ProcessPivots } from './event-pivots';
import { FieldValue } from './field-value';
import { Section } from './facts';
import { ProcessFacts } from './process-facts';

interface ProcessSectionProps {
  readonly at: FieldRef;
  /** The whole body, for the pivots (the container may be named outside `process`). */
  readonly body: JsonNode;
}

export function ProcessSection({ at, body }: ProcessSectionProps) {
  return (
    <Section name="process" title="Process" path={at.path}>
      {at.node.kind === 'object' && <ProcessPivots process={at.node} body={body} />}
      {at.node.kind === 'object' ? <ProcessFacts at={at} withLineage /> : <FieldValue at={at} />}
    </Section>
  );
}
