/**
 * Sections of events that act on or end a process: the signal sent and its target, the
 * ptrace request and its tracee (both full process contexts with lineage), and how a process
 * exited (cause and code; a killing signal is named).
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet } from '../body/field-set';
import { member, numberOf, textOf } from '../body/json-access';
import { signalName } from '../describe/signal-names';
import { Group, OtherFields, Section } from './facts';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';
import { ProcessFacts } from './process-facts';

/** A section of plain rows followed by one process context (`target`, `tracee`). */
function WithProcess({
  at,
  rows,
  processKey,
  processTitle,
}: {
  readonly at: FieldRef;
  readonly rows: ReadonlyArray<readonly [string, string]>;
  readonly processKey: string;
  readonly processTitle: string;
}) {
  if (at.node.kind !== 'object') return <FieldValue at={at} />;
  const f = new FieldSet(at.node, at.path);
  const process = f.take(processKey);
  return (
    <>
      <FieldRows at={at} fields={f} rows={rows} />
      {process !== undefined &&
        (process.node.kind === 'object' ? (
          <Group title={processTitle} path={process.path}>
            <ProcessFacts at={process} withLineage />
          </Group>
        ) : (
          <OtherFields fields={[process]} />
        ))}
    </>
  );
}

export function SignalSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="signal" title="Signal" path={at.path}>
      <WithProcess
        at={at}
        rows={[
          ['type', 'Signal'],
          ['pid', 'Target pid'],
        ]}
        processKey="target"
        processTitle="Target process"
      />
    </Section>
  );
}

export function PtraceSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="ptrace" title="Ptrace" path={at.path}>
      <WithProcess
        at={at}
        rows={[
          ['request', 'Request'],
          ['address', 'Address'],
        ]}
        processKey="tracee"
        processTitle="Tracee"
      />
    </Section>
  );
}

export function ExitSection({ at }: { readonly at: FieldRef }) {
  const cause = textOf(member(at.node, 'cause'));
  const isSignal = cause === 'SIGNALED' || cause === 'COREDUMPED';
  return (
    <Section name="exit" title="Exit" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['cause', 'Cause'],
          ['code', isSignal ? 'Signal' : 'Exit code'],
        ]}
        render={{
          code: (ref) => {
            if (ref.node.kind !== 'number') return undefined;
            const name = isSignal ? signalName(numberOf(ref.node) ?? -1) : undefined;
            return (
              <span>
                <span className="ev-number">{ref.node.text}</span>
                {name !== undefined && <span className="ev-dim"> {name}</span>}
              </span>
            );
          },
        }}
        tone={(ref) => (ref.key === 'cause' && cause === 'COREDUMPED' ? 'warning' : undefined)}
      />
    </Section>
  );
}
