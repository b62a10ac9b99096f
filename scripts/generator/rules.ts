/**
 * Agent rules the generated events are attributed to: ids and titles of the default policy where
 * a default rule matches the activity, plus routine audit rules for the rest. Builds the shared
 * `agent` companion object per rule.
 */
import type { AgentProfile } from './agents';
import { SEED_AGENT, since } from './agents';
import type { AgentContext } from './types';

export const AGENT_VERSION = SEED_AGENT.version;
export const POLICY_NAME = 'default.policy';
export const POLICY_VERSION = '1.10.0';
/** The default policy that modern agents load (`reference/policies/default.policy.v1.69.3.yaml`). */
export const MODERN_POLICY_VERSION = '1.69.3';
/** Kernel and distribution modern agents report (`agent.kernel_version`, `agent.distribution`). */
export const KERNEL_VERSION = '5.15.0-1051-aws';
const DISTRIBUTION = 'ubuntu-22.04';

export const RULES = {
  // Default policy rules.
  potential_web_shell_parent: 'A web application spawned a shell or shell utility',
  net_util: 'A network utility was executed',
  net_util_in_container: 'A network utility was executed in a container',
  net_file_download: 'A suspicious file was written by a network utility',
  executable_bit_added: 'The executable bit was added to a newly created file',
  hidden_file_executed: 'A hidden file was executed in a suspicious folder',
  paste_site: 'A DNS lookup was done for a pastebin-like site',
  ip_check_domain: 'A DNS lookup was done for a IP check service',
  ptrace_injection: 'A process attempted to inject code into another process',
  kernel_module_load: 'A kernel module was loaded',
  kernel_module_load_container: 'A container loaded a new kernel module',
  bpf_probe_write_user_usage:
    'An eBPF program declaring the bpf_probe_write_user helper was loaded from a process outside the Datadog Agent',
  cron_at_job_creation_open: 'An unauthorized job was added to cron scheduling',
  delete_system_log: 'A process deleted common system log files',
  unlink_self: 'A process removed itself from the filesystem',
  package_management_in_container: 'Package management was detected in a container',
  compiler_in_container: 'A compiler was executed inside of a container',
  selinux_disable_enforcement: 'SELinux enforcement status was disabled',
  pci_11_5_critical_binaries_open: 'Critical system binaries may have been modified',
  pci_11_5_critical_binaries_chmod: 'Critical system binaries may have been modified',
  shell_history_deleted: 'Shell History was Deleted',
  // Routine audit rules.
  shadow_file_access: 'The shadow password file was accessed',
  exec_audit: 'A process was executed',
  exit_audit: 'A process exited',
  fim_open: 'A monitored file was opened',
  fim_write: 'A monitored file was written',
  fim_chmod: 'File permissions were changed',
  fim_chown: 'File ownership was changed',
  fim_link: 'A hard link was created',
  fim_mkdir: 'A directory was created',
  fim_rmdir: 'A directory was removed',
  fim_rename: 'A monitored file was renamed',
  fim_unlink: 'A monitored file was deleted',
  fim_utimes: 'File timestamps were changed',
  fim_xattr: 'Extended file attributes were changed',
  credentials_change: 'A process changed its credentials',
  capabilities_change: 'A process changed its capabilities',
  selinux_change: 'The SELinux configuration was changed',
  bpf_audit: 'A BPF command was issued',
  kernel_module_unload: 'A kernel module was unloaded',
  mmap_exec_audit: 'An executable memory mapping was created',
  mprotect_audit: 'Memory protection was changed',
  ptrace_audit: 'A process was traced',
  signal_audit: 'A signal was sent to another process',
  dns_audit: 'A DNS request was made',
  splice_audit: 'Data was spliced into a pipe',
  bind_audit: 'A socket was bound to an address',
  mount_audit: 'A filesystem was mounted',
  // Rules of the newer default policy and audit rules for the event types newer agents add.
  aws_imds: 'An AWS IMDS was called via a network utility',
  webapp_imds_V1_request: 'Web application requested IMDSv1 credentials',
  accept_incoming_http: 'An incoming HTTP connection was accepted',
  shell_net_connection: 'A shell opened a network connection',
  connect_audit: 'An outgoing connection was made',
  accept_audit: 'An incoming connection was accepted',
  imds_audit: 'The cloud instance metadata service was queried',
  sysctl_audit: 'A kernel parameter was changed',
  capabilities_audit: 'Capabilities were used',
  // Windows rules of the newer default policy and Windows audit rules.
  registry_runkey_modified: 'A Run key was modified in the registry',
  windows_hosts_file_modified: 'The Windows hosts file was modified',
  win_exec_audit: 'A process was started',
  win_exit_audit: 'A process stopped',
  win_file_audit: 'A monitored file was changed',
  win_registry_audit: 'A monitored registry key was accessed',
  win_permission_audit: 'The permissions of an object were changed',
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULES;

const agents = new Map<string, AgentContext>();

/**
 * The shared `agent` companion for a rule, as the host's agent writes it. `os`, `arch` and
 * `origin` are sent from 7.53, `kernel_version` and `distribution` from 7.62 (Linux only);
 * the values are assumed (an x86-64 Ubuntu EC2 host, eBPF probes).
 */
export function agentFor(rule: RuleId, profile: AgentProfile = SEED_AGENT): AgentContext {
  const key = `${profile.os}/${profile.version}/${rule}`;
  let agent = agents.get(key);
  if (agent === undefined) {
    agent = {
      rule_id: rule,
      rule_version: '1',
      policy_name: POLICY_NAME,
      policy_version: profile.modern ? MODERN_POLICY_VERSION : POLICY_VERSION,
      version: profile.version,
    };
    if (profile.modern) {
      agent.os = profile.os;
      agent.arch = 'x86_64';
      if (profile.os === 'linux') {
        agent.origin = 'ebpf';
        if (since(profile, 62)) {
          agent.kernel_version = KERNEL_VERSION;
          agent.distribution = DISTRIBUTION;
        }
      }
    }
    agents.set(key, agent);
  }
  return agent;
}
