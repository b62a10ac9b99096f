/**
 * Agent rules the generated events are attributed to: ids and titles of the default policy where
 * a default rule matches the activity, plus routine audit rules for the rest. Builds the shared
 * `agent` companion object per rule.
 */
import type { AgentContext } from './types';

export const AGENT_VERSION = '7.45.0';
export const POLICY_NAME = 'default.policy';
export const POLICY_VERSION = '1.10.0';

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
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULES;

const agents = new Map<RuleId, AgentContext>();

/** The shared `agent` companion for a rule. */
export function agentFor(rule: RuleId): AgentContext {
  let agent = agents.get(rule);
  if (agent === undefined) {
    agent = {
      rule_id: rule,
      rule_version: '1',
      policy_name: POLICY_NAME,
      policy_version: POLICY_VERSION,
      version: AGENT_VERSION,
    };
    agents.set(rule, agent);
  }
  return agent;
}
