/**
 * Tiny inline event bodies for unit tests. Bigger, realistic data comes from the
 * generator in scripts/generator.
 */
export function makeOpenBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    agent: { rule_id: 'shadow_file_access', policy_name: 'default.policy', version: '7.45.0' },
    title: 'Sensitive file opened',
    evt: { name: 'open', category: 'File Activity', outcome: 'Success' },
    date: '2026-11-20T10:15:03.123456789Z',
    file: {
      path: '/etc/shadow',
      name: 'shadow',
      uid: 0,
      gid: 42,
      mode: 33184,
      flags: ['O_RDONLY'],
    },
    process: {
      pid: 4121,
      uid: 0,
      gid: 0,
      ppid: 4100,
      user: 'root',
      comm: 'cat',
      executable: { path: '/usr/bin/cat', name: 'cat', uid: 0, gid: 0 },
      args: ['/etc/shadow'],
    },
    container: { id: 'c0ffee' },
    ...overrides,
  };
}
