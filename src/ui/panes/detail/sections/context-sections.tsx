/**
 * Sections of the event's context: the event itself (type, category, outcome, time, the rules
 * an anomaly matched), the container, the cgroup, the security profile the event was checked
 * against, the user context (`usr`: Linux user and group, Windows name and SID), the APM trace
 * and span ids (strings from 7.57, integers before: both shown digit for digit, they can pass
 * 2^53), and the rule that matched (`agent`, `title`).
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
            ['origin', 'Origin'],
            ['suppressed', 'Suppressed'],
            ['matched_rules', 'Matched rules'],
            ['rule_context', 'Rule context'],
            ['variables', 'Variables'],
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
          ['variables', 'Variables'],
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
          ['name', 'User name'],
          ['sid', 'User SID'],
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
    <Section name="rule" title="Rule">
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
            ['os', 'Agent OS'],
            ['arch', 'Architecture'],
            ['distribution', 'Distribution'],
            ['kernel_version', 'Kernel'],
            ['origin', 'Origin'],
            ['rule_actions', 'Rule actions'],
          ]}
        />
      )}
    </Section>
  );
}

export function CgroupSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="cgroup" title="Cgroup" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['id', 'Id'],
          ['manager', 'Manager'],
          ['variables', 'Variables'],
        ]}
      />
    </Section>
  );
}

export function SecurityProfileSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="security_profile" title="Security profile" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['name', 'Profile'],
          ['version', 'Version'],
          ['status', 'Status'],
          ['event_in_profile', 'Event in profile'],
          ['event_type_state', 'Event type state'],
          ['tags', 'Tags'],
        ]}
      />
    </Section>
  );
}
