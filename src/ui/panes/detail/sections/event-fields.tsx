/**
 * The event body as typed sections: what the event did (file, network, connection, IMDS,
 * signal, memory, sysctl, registry, …), the process behind it, then its context (container,
 * cgroup, security profile, user, trace ids, the event itself, the rule). For process events
 * (exec, exit, credential changes, capabilities, prctl) the process comes first.
 *
 * Every top-level member lands somewhere: members a shipped schema (seed, any agent release,
 * Linux or Windows) describes in their section, anything else in a section labelled
 * "not in the schema". Within a section, members its layout does not place are listed too.
 * Findings are shown beside the fields they point at; the value actions menu is hosted here.
 */
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Finding } from '../../../../protocol/messages';
import { FieldActionsContext, useFieldActionsHost } from '../field-actions';
import type { JsonNode } from '../json-model';
import { FieldSet } from '../body/field-set';
import { findingsByPath } from '../body/finding-paths';
import { member, memberAt, textOf } from '../body/json-access';
import {
  AcceptSection,
  ConnectSection,
  FlowMonitorSection,
  PacketSection,
} from './connection-sections';
import {
  CgroupSection,
  ContainerSection,
  EventSection,
  RuleSection,
  SecurityProfileSection,
  TraceSection,
  UserContextSection,
} from './context-sections';
import { FileSection } from './file-section';
import { ImdsSection } from './imds-section';
import { BpfSection, ModuleSection, SelinuxSection, SpliceSection } from './kernel-sections';
import { MmapSection, MprotectSection } from './memory-sections';
import { MountSection } from './mount-section';
import { NetworkSection } from './network-section';
import { ExitSection, PtraceSection, SignalSection } from './process-event-sections';
import { ProcessSection } from './process-section';
import {
  AnomalySyscallSection,
  CapabilitiesSection,
  CgroupWriteSection,
  PrctlSection,
  SetsockoptSection,
  SyscallContextSection,
  SyscallsSection,
  SysctlSection,
} from './system-sections';
import { UnknownSections } from './unknown-section';
import { EventHostContext, ExpandAllContext, FindingsContext } from './view-context';
import { PermissionChangeSection, RegistrySection } from './windows-sections';

/** Event types about the process itself: its section leads. */
const PROCESS_FIRST: ReadonlySet<string> = new Set([
  'exec',
  'exit',
  'fork',
  'setuid',
  'setgid',
  'capset',
  'capabilities',
  'prctl',
]);

interface EventFieldsProps {
  readonly body: JsonNode;
  readonly findings: readonly Finding[];
  /** Start with every collapsed part open (lineage details, long lists). */
  readonly expandAll?: boolean;
  /** The envelope's host, when the export gives one (process identity falls back to `hostname`). */
  readonly host?: string;
}

export function EventFields({ body, findings, expandAll = false, host = '' }: EventFieldsProps) {
  const actions = useFieldActionsHost();
  const byPath = useMemo(() => findingsByPath(body, findings), [body, findings]);
  if (body.kind !== 'object') {
    return (
      <p className="notice notice--warn">
        The event body is not an object, so it has no fields to lay out. The Raw JSON tab shows it
        as text.
      </p>
    );
  }
  const eventName = textOf(memberAt(body, ['evt', 'name'])) ?? '';
  const root = new FieldSet(body, '');
  const take = (key: string) => root.take(key);

  const eventSections: ReactNode[] = [];
  const add = (key: string, render: (at: NonNullable<ReturnType<typeof take>>) => ReactNode) => {
    const at = take(key);
    if (at !== undefined) eventSections.push(render(at));
  };
  add('exit', (at) => <ExitSection key="exit" at={at} />);
  add('signal', (at) => <SignalSection key="signal" at={at} />);
  add('ptrace', (at) => <PtraceSection key="ptrace" at={at} />);
  add('module', (at) => <ModuleSection key="module" at={at} />);
  add('bpf', (at) => <BpfSection key="bpf" at={at} />);
  add('mmap', (at) => <MmapSection key="mmap" at={at} />);
  add('mprotect', (at) => <MprotectSection key="mprotect" at={at} />);
  add('selinux', (at) => <SelinuxSection key="selinux" at={at} />);
  add('mount', (at) => <MountSection key="mount" at={at} />);
  add('splice', (at) => <SpliceSection key="splice" at={at} />);
  add('connect', (at) => <ConnectSection key="connect" at={at} body={body} />);
  add('accept', (at) => <AcceptSection key="accept" at={at} body={body} />);
  add('imds', (at) => <ImdsSection key="imds" at={at} body={body} />);
  add('capabilities', (at) => <CapabilitiesSection key="capabilities" at={at} />);
  add('network_flow_monitor', (at) => <FlowMonitorSection key="flows" at={at} />);
  add('packet', (at) => <PacketSection key="packet" at={at} body={body} />);
  add('sysctl', (at) => <SysctlSection key="sysctl" at={at} />);
  add('setsockopt', (at) => <SetsockoptSection key="setsockopt" at={at} />);
  add('prctl', (at) => <PrctlSection key="prctl" at={at} />);
  add('cgroup_write', (at) => <CgroupWriteSection key="cgroup_write" at={at} />);
  add('registry', (at) => <RegistrySection key="registry" at={at} body={body} />);
  add('permission_change', (at) => <PermissionChangeSection key="permission" at={at} />);
  add('file', (at) => <FileSection key="file" at={at} eventName={eventName} />);
  const dns = take('dns');
  const bind = take('bind');
  const network = take('network');
  if (dns !== undefined || bind !== undefined || network !== undefined) {
    eventSections.push(
      <NetworkSection key="network" dns={dns} bind={bind} network={network} body={body} />,
    );
  }

  const process = take('process');
  const processSection =
    process === undefined ? null : <ProcessSection key="process" at={process} body={body} />;
  add('syscall', (at) => <SyscallContextSection key="syscall" at={at} />);
  add('syscalls', (at) => <SyscallsSection key="syscalls" at={at} />);
  add('anomaly_detection_syscall', (at) => <AnomalySyscallSection key="anomaly" at={at} />);

  const leading = PROCESS_FIRST.has(eventName)
    ? [processSection, ...eventSections]
    : [...eventSections, processSection];

  const context: ReactNode[] = [];
  const container = take('container');
  if (container !== undefined) context.push(<ContainerSection key="container" at={container} />);
  const cgroup = take('cgroup');
  if (cgroup !== undefined) context.push(<CgroupSection key="cgroup" at={cgroup} />);
  const profile = take('security_profile');
  if (profile !== undefined) context.push(<SecurityProfileSection key="profile" at={profile} />);
  const usr = take('usr');
  if (usr !== undefined) context.push(<UserContextSection key="usr" at={usr} />);
  const dd = take('dd');
  if (dd !== undefined) context.push(<TraceSection key="dd" at={dd} />);
  const evt = take('evt');
  const date = take('date');
  if (evt !== undefined || date !== undefined)
    context.push(<EventSection key="event" evt={evt} date={date} />);
  const agent = take('agent');
  const title = take('title');
  if (agent !== undefined || title !== undefined)
    context.push(<RuleSection key="rule" agent={agent} title={title} />);
  const unknown = root.rest();

  return (
    <FindingsContext value={byPath}>
      <EventHostContext value={host !== '' ? host : (textOf(member(body, 'hostname')) ?? '')}>
        <ExpandAllContext value={expandAll}>
          <FieldActionsContext value={actions.openMenu}>
            <div className="event-fields">
              {leading}
              {context}
              <UnknownSections fields={unknown} />
            </div>
          </FieldActionsContext>
        </ExpandAllContext>
      </EventHostContext>
      {actions.menu}
    </FindingsContext>
  );
}
