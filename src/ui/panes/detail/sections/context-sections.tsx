/**
 * Sections of the event's context: the event itself (type, category, outcome, time), the
 * container, the user context (`usr`), the APM trace and span ids (digit for digit: they can
 * pass 2^53), and the rule that matched (`agent`, `title`: companions every real body carries
 * beside the schema's keys).
 */
import { visibleText } from '../../../../lib/visible-text';
import { outcomeTone } from '../../../common/badges';
import type { FieldRef } from '../body/field-set';
import { Fact, Facts, Section } from './facts';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';

function outcome(ref: FieldRef) {
  if (ref.node.kind !== 'string' || ref.node.value === '') return undefined;
  return (
    <span className={`outcome outcome--${outcomeTone(ref.node.value)}`}>
      {visibleText(ref.node.value, 80).text}
    </span>
  );
}

export function EventSection({
  evt,
  date,
}: {
  readonly evt: FieldRef | undefined;
  readonly date: FieldRef | undefined;
}) {
  return (
    <Section name="event" title="Event" {...(evt === undefined ? {} : { path: evt.path })}>
      {evt !== undefined && (
        <FieldRows
          at={evt}
          rows={[
            ['name', 'Type'],
            ['category', 'Category'],
            ['outcome', 'Outcome'],
            ['async', 'Asynchronous'],
          ]}
          render={{ outcome }}
        />
      )}
      {date !== undefined && (
        <Facts>
          <Fact label="Date" path={date.path}>
            <FieldValue at={date} />
          </Fact>
        </Facts>
      )}
    </Section>
  );
}

export function ContainerSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="container" title="Container" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['id', 'Id'],
          ['created_at', 'Created'],
        ]}
      />
    </Section>
  );
}

export function UserContextSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="usr" title="User context" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['id', 'User'],
          ['group', 'Group'],
        ]}
      />
    </Section>
  );
}

export function TraceSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="dd" title="APM trace" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['trace_id', 'Trace id'],
          ['span_id', 'Span id'],
        ]}
      />
    </Section>
  );
}

export function RuleSection({
  agent,
  title,
}: {
  readonly agent: FieldRef | undefined;
  readonly title: FieldRef | undefined;
}) {
  return (
    <Section
      name="rule"
      title="Rule"
      note="agent and title: beside the schema, in every real event"
    >
      {title !== undefined && (
        <Facts>
          <Fact label="Title" path={title.path}>
            <FieldValue at={title} />
          </Fact>
        </Facts>
      )}
      {agent !== undefined && (
        <FieldRows
          at={agent}
          rows={[
            ['rule_id', 'Rule id'],
            ['rule_version', 'Rule version'],
            ['policy_name', 'Policy'],
            ['policy_version', 'Policy version'],
            ['version', 'Agent version'],
            ['origin', 'Origin'],
          ]}
        />
      )}
    </Section>
  );
}
