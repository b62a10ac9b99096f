/**
 * Everything about one process (the schema's Process / ProcessContext): command, ids,
 * executable and interpreter files, argv0 and arguments (truncation marked), environment,
 * user and group, credentials with capability sets, container, fork / exec / exit times, and
 * — for a process context — its parent and the lineage the event carries.
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet, fieldsOf } from '../body/field-set';
import { CredentialsView } from './credentials-view';
import { Disclosure } from './disclosure';
import { Fact, FactOf, Facts, NameIdFact, Group, OtherFields } from './facts';
import { FieldValue } from './field-value';
import { FileFacts } from './file-facts';
import { FileFieldValue } from './file-values';
import { LineageList } from './lineage-list';
import { ProcessLine } from './process-line';
import { QualityMarker } from './quality-marker';
import type { QualityKind } from './quality-marker';

const ARGS_LIMIT = 50;
const ENVS_LIMIT = 8;

/** The truncation flag of a list: a marker when set, a quiet word when not. */
function TruncationFlag({
  at,
  kind,
}: {
  readonly at: FieldRef | undefined;
  readonly kind: QualityKind;
}) {
  if (at === undefined) return null;
  const isSet = at.node.kind === 'literal' && at.node.text === 'true';
  const isClear = at.node.kind === 'literal' && at.node.text === 'false';
  if (!isSet && !isClear) return <FieldValue at={at} />;
  return (
    <FieldValue at={at}>
      {isSet ? (
        <QualityMarker kind={kind} title="The agent cut this list: what is shown is its beginning.">
          truncated
        </QualityMarker>
      ) : (
        <span className="ev-dim">complete</span>
      )}
    </FieldValue>
  );
}

/** A file of the process (executable, interpreter): its path, the rest on demand. */
function ProcessFile({ label, at }: { readonly label: string; readonly at: FieldRef | undefined }) {
  if (at === undefined) return null;
  if (at.node.kind !== 'object') return <FactOf label={label} at={at} />;
  const file = fieldsOf(at);
  const path = file.take('path');
  const error = file.take('path_resolution_error');
  return (
    <Fact label={label} path={at.path}>
      <span className="ev-group" data-field={at.path}>
        {path !== undefined && <FileFieldValue at={path} />}
        {error !== undefined && <FileFieldValue at={error} />}
        <Disclosure label="file details">{() => <FileFacts fields={file} />}</Disclosure>
      </span>
    </Fact>
  );
}

interface ProcessFactsProps {
  readonly at: FieldRef;
  /** Show the parent and the lineage (a process context: the event's process, a tracee…). */
  readonly withLineage: boolean;
}

export function ProcessFacts({ at, withLineage }: ProcessFactsProps) {
  const f = new FieldSet(at.node, at.path);
  const comm = f.take('comm');
  const pid = f.take('pid');
  const ppid = f.take('ppid');
  const tid = f.take('tid');
  const error = f.take('path_resolution_error');
  const executable = f.take('executable');
  const interpreter = f.take('interpreter');
  const argv0 = f.take('argv0');
  const args = f.take('args');
  const argsTruncated = f.take('args_truncated');
  const envs = f.take('envs');
  const envsTruncated = f.take('envs_truncated');
  const user = f.take('user');
  const uid = f.take('uid');
  const group = f.take('group');
  const gid = f.take('gid');
  const tty = f.take('tty');
  const container = f.take('container');
  const forkTime = f.take('fork_time');
  const execTime = f.take('exec_time');
  const exitTime = f.take('exit_time');
  const isThread = f.take('is_thread');
  const isKworker = f.take('is_kworker');
  const credentials = f.take('credentials');
  const parent = withLineage ? f.take('parent') : undefined;
  const ancestors = withLineage ? f.take('ancestors') : undefined;
  const containerFields = container?.node.kind === 'object' ? fieldsOf(container) : undefined;
  const containerId = containerFields?.take('id');
  const containerCreated = containerFields?.take('created_at');
  const rest = f.rest();
  const containerRest = containerFields?.rest() ?? [];
  const pidRef = pid ?? ppid ?? tid;
  return (
    <div className="ev-process">
      <Facts>
        <FactOf label="Command" at={comm} />
        {pidRef !== undefined && (
          <Fact label="PID" path={pidRef.path}>
            {pid !== undefined && <FieldValue at={pid} />}
            {ppid !== undefined && (
              <span className="ev-id">
                <span className="ev-dim">ppid </span>
                <FieldValue at={ppid} />
              </span>
            )}
            {tid !== undefined && (
              <span className="ev-id">
                <span className="ev-dim">tid </span>
                <FieldValue at={tid} />
              </span>
            )}
          </Fact>
        )}
        {error !== undefined && (
          <Fact label="Path error" path={error.path} tone="problem">
            <FileFieldValue at={error} />
          </Fact>
        )}
        <ProcessFile label="Executable" at={executable} />
        <ProcessFile label="Interpreter" at={interpreter} />
        <FactOf label="argv0" at={argv0} />
        {(args ?? argsTruncated) !== undefined && (
          <Fact label="Args" path={(args ?? argsTruncated)?.path}>
            {args !== undefined && <FieldValue at={args} listLimit={ARGS_LIMIT} />}
            <TruncationFlag at={argsTruncated} kind="args-truncated" />
          </Fact>
        )}
        {(envs ?? envsTruncated) !== undefined && (
          <Fact label="Envs" path={(envs ?? envsTruncated)?.path}>
            {envs !== undefined && <FieldValue at={envs} listLimit={ENVS_LIMIT} />}
            <TruncationFlag at={envsTruncated} kind="envs-truncated" />
          </Fact>
        )}
        <NameIdFact label="User" name={user} id={uid} idLabel="uid" />
        <NameIdFact label="Group" name={group} id={gid} idLabel="gid" />
        <FactOf label="TTY" at={tty} />
        {containerFields === undefined ? (
          <FactOf label="Container" at={container} />
        ) : (
          <Fact label="Container" path={container?.path}>
            <span className="ev-group" data-field={container?.path}>
              {containerId !== undefined && <FieldValue at={containerId} className="ev-mono" />}
              {containerCreated !== undefined && (
                <span className="ev-id">
                  <span className="ev-dim">created </span>
                  <FieldValue at={containerCreated} />
                </span>
              )}
              <OtherFields fields={containerRest} />
            </span>
          </Fact>
        )}
        <FactOf label="Forked" at={forkTime} />
        <FactOf label="Executed" at={execTime} />
        <FactOf label="Exited" at={exitTime} />
        <FactOf label="Thread" at={isThread} />
        <FactOf label="Kernel worker" at={isKworker} />
      </Facts>
      {credentials !== undefined &&
        (credentials.node.kind === 'object' ? (
          <CredentialsView at={credentials} />
        ) : (
          <OtherFields fields={[credentials]} />
        ))}
      <OtherFields fields={rest} />
      {parent !== undefined &&
        (parent.node.kind === 'object' ? (
          <Group title="Parent" path={parent.path}>
            <ProcessLine at={parent} role="parent" />
          </Group>
        ) : (
          <OtherFields fields={[parent]} />
        ))}
      {withLineage && <LineageList at={ancestors} process={at} />}
    </div>
  );
}
