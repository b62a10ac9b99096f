// Rules over realistic events: the generator's intrusion storyline (a web shell under nginx,
// a shadow-file read, a download made executable, ptrace injection, a rootkit module, …) is
// found by rules describing each step, and by the seed-era default policy, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../scripts/generator';
import type { GeneratedEvent } from '../../scripts/generator';
import type { CompiledRule } from './compile';
import { compileRule } from './compile';
import { evaluateRule } from './evaluate';
import { loadPolicy } from './policy';
import { Tri } from './tri';

const events: readonly GeneratedEvent[] = [...generateEvents({ count: 3000, seed: 1 })];

/** What each matching event is: its storyline step, or host and type for routine events. */
function matchesOf(rule: CompiledRule): string[] {
  const out: string[] = [];
  for (const event of events) {
    const { result } = evaluateRule(rule, event.body);
    expect(result, `${rule.expression} on ${event.id}`).not.toBe(Tri.Unknown);
    if (result === Tri.True) out.push(event.story ?? `${event.host}:${event.body.evt.name}`);
  }
  return out;
}

function matches(expression: string): string[] {
  const compiled = compileRule(expression);
  if (!compiled.ok) throw new Error(`${expression}: ${JSON.stringify(compiled.errors)}`);
  return matchesOf(compiled.rule);
}

describe('the intrusion storyline', () => {
  it('is in the generated events', () => {
    expect(events.filter((e) => e.story !== undefined)).toHaveLength(30);
  });

  it('is found step by step by rules describing each step', () => {
    const steps: [string, string[]][] = [
      ['open.file.path == "/etc/shadow"', ['shadow-read-refused', 'shadow-read']],
      ['open.file.path == "/etc/shadow" && open.retval < 0', ['shadow-read-refused']],
      [
        'exec.file.name in ["sh", "bash", "dash"] && process.ancestors.file.name in ["nginx", "apache2", "httpd"]',
        ['web-shell'],
      ],
      [
        'load_module.loaded_from_memory == false && load_module.file.path =~ "/tmp/*" && process.container.id != ""',
        ['rootkit-load'],
      ],
      [
        'ptrace.request in [PTRACE_ATTACH, PTRACE_POKETEXT, PTRACE_POKEDATA] && ptrace.tracee.pid != process.pid',
        ['ptrace-attach', 'ptrace-inject'],
      ],
      [
        'chmod.file.destination.mode & S_IXUSR > 0 && chmod.file.path =~ "/tmp/**"',
        ['chmod-exec-bit'],
      ],
      [
        'open.file.path =~ "/tmp/*" && open.flags & O_CREAT > 0 && process.file.name in ["curl", "wget"]',
        ['download-write'],
      ],
      ['exec.file.path =~ "/tmp/*" && exec.file.in_upper_layer', ['payload-exec']],
      ['dns.question.name == "PASTEBIN.COM"', ['c2-dns']],
      ['bind.addr.port == 4444 && bind.addr.ip in [0.0.0.0/8]', ['backdoor-bind']],
      ['mprotect.req_protection & (VM_WRITE | VM_EXEC) == VM_WRITE | VM_EXEC', ['mprotect-rwx']],
      ['bpf.cmd == BPF_PROG_LOAD && bpf.prog.helpers in [BPF_PROBE_WRITE_USER]', ['bpf-load']],
      [
        'open.file.path =~ "/etc/cron.d/*" && open.flags & (O_CREAT | O_WRONLY | O_RDWR) > 0',
        ['cron-persistence'],
      ],
      [
        'unlink.file.path == "/tmp/.x" && process.ancestors[A].file.name == "dash" && process.ancestors[A].args =~ "*/etc/shadow*"',
        ['self-delete'],
      ],
    ];
    for (const [expression, expected] of steps)
      expect(matches(expression), expression).toEqual(expected);
  });

  it('is flagged by the seed-era default policy, on the right steps', () => {
    const policy = loadPolicy(
      readFileSync('/work/shared/reference/policies/default.policy.v1.10.0.yaml', 'utf8'),
    );
    const expected: Record<string, string[]> = {
      potential_web_shell_parent: ['web-shell'],
      net_util_in_container: ['download'],
      executable_bit_added: ['chmod-exec-bit'],
      new_binary_execution_in_container: ['payload-exec'],
      paste_site: ['c2-dns'],
      ptrace_injection: ['ptrace-inject'],
      kernel_module_load_container: ['rootkit-load'],
      cron_at_job_creation_open: ['cron-persistence'],
    };
    for (const [id, steps] of Object.entries(expected)) {
      const rule = policy.rules.find((r) => r.id === id);
      if (rule?.status !== 'compiled') throw new Error(`rule ${id} did not compile`);
      expect(matchesOf(rule.rule), id).toEqual(steps);
    }
  });
});
