/**
 * Everything about one process (the schema's Process / ProcessContext): command, ids,
 * executable and interpreter files, argv0 and arguments (truncation marked), environment,
 * user and group, credentials with capability sets, container, fork / exec / exit times,
 * what newer agents add (Windows command line, capabilities used and attempted, syscalls,
 * user session, cgroup, AWS credentials obtained from IMDS), and — for a process context —
 * its parent and the lineage the event carries.
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet, fieldsOf } from '../body/field-set';
import { CredentialsView } from './credentials-view';
import { Disclosure } from './disclosure';
import { Fact, FactOf, Facts, NameIdFact, Group, OtherFields } from './facts';
import { FieldRows } from './field-rows';
import type { RowSpec } from './field-rows';
import { FieldValue } from './field-value';
import { FileFacts } from './file-facts';
import { FileFieldValue } from './file-values';
import { LineageList } from './lineage-list';
import { AWS_CREDENTIAL_ROWS } from './imds-section';
import { ProcessLine } from './process-line';
import { QualityMarker } from './quality-marker';
import type { QualityKind } from './quality-marker';
import { SyscallList } from './syscall-values';

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

const USER_SESSION_ROWS: readonly RowSpec[] = [
  ['session_type', 'Type'],
  ['id', 'Id'],
  ['k8s_username', 'Kubernetes user'],
  ['k8s_uid', 'Kubernetes uid'],
  ['k8s_groups', 'Kubernetes groups'],
  ['k8s_extra', 'Kubernetes extra'],
];

const CGROUP_ROWS: readonly RowSpec[] = [
  ['id', 'Id'],
  ['manager', 'Manager'],
  ['variables', 'Variables'],
];

/**
 * A titled object of the process (user session, cgroup), or one group per item of a list of
 * objects (the AWS credentials the process obtained from IMDS).
 */
function SubGroup({
  title,
  at,
  rows,
}: {
  readonly title: string;
  readonly at: FieldRef | undefined;
  readonly rows: readonly RowSpec[];
}) {
  if (at === undefined) return null;
  const items = at.node.kind === 'array' ? at.node.items : [at.node];
  if (items.length === 0 || items.some((item) => item.kind !== 'object'))
    return <OtherFields fields={[at]} />;
  return (
    <>
      {items.map((node, i) => (
        <Group key={i} title={items.length > 1 ? `${title} ${i + 1}` : title} path={at.path}>
          <FieldRows at={{ ...at, node }} rows={rows} />
        </Group>
      ))}
    </>
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
  const cmdline = f.take('cmdline');
  const source = f.take('source');
  const isExecChild = f.take('is_exec_child');
  const capsUsed = f.take('caps_used');
  const capsAttempted = f.take('caps_attempted');
  const truncatedAncestors = f.take('truncated_ancestors');
  const userSession = f.take('user_session');
  const cgroup = f.take('cgroup');
  const awsCredentials = f.take('aws_security_credentials');
  const syscalls = f.take('syscalls');
  const variables = f.take('variables');
  const containerFields = container?.node.kind === 'object' ? fieldsOf(container) : undefined;
  const containerId = containerFields?.take('id');
  const containerCreated = containerFields?.take('created_at');
  const containerVariables = containerFields?.take('variables');
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
        <FactOf label="Command line" at={cmdline} />
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
              {containerVariables !== undefined && (
                <span className="ev-id">
                  <span className="ev-dim">variables </span>
                  <FieldValue at={containerVariables} />
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
        <FactOf label="Exec child" at={isExecChild} />
        <FactOf label="Source" at={source} />
        <FactOf label="Caps used" at={capsUsed} />
        <FactOf label="Caps attempted" at={capsAttempted} />
        {syscalls !== undefined && (
          <Fact label="Syscalls" path={syscalls.path}>
            <SyscallList at={syscalls} />
          </Fact>
        )}
        <FactOf label="Variables" at={variables} />
        <FactOf label="Ancestors cut" at={truncatedAncestors} />
      </Facts>
      <SubGroup title="User session" at={userSession} rows={USER_SESSION_ROWS} />
      <SubGroup title="Cgroup" at={cgroup} rows={CGROUP_ROWS} />
      <SubGroup title="AWS credentials" at={awsCredentials} rows={AWS_CREDENTIAL_ROWS} />
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
