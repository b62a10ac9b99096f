// The selected event explained without reading JSON: for every event type of the sample (the
// Linux agents' and the Windows agent's), the summary line names the process and the target,
// and the typed sections show the event's values (checked against the sample file itself).
// Also: the lineage list, data-quality markers, the outcome, schema descriptions on hover,
// and the Raw JSON copies.
import { expect, test } from './helpers/app-page';
import type { AppPage } from './helpers/app-page';
import { bodyValue, DetailPage } from './helpers/detail-page';
import { countSample, sampleEvents } from './helpers/sample-data';
import type { SampleEvent } from './helpers/sample-data';

interface TypeCheck {
  /** The typed section the event must have. */
  readonly section: string;
  /** Body paths whose sample values the panes must show. */
  readonly fields: readonly string[];
  /** Body paths whose sample values the summary line must contain. */
  readonly summary: readonly string[];
  /** Words the summary line must contain. */
  readonly words?: string;
  /** Narrows the events to check (the first one is): more query terms and their predicate. */
  readonly having?: { readonly query: string; readonly match: (e: SampleEvent) => boolean };
}

/** Events sent by a Windows agent (`agent.os`), judged by the Windows schema. */
function isWindows(e: SampleEvent): boolean {
  return (e.body['agent'] as { os?: unknown } | undefined)?.os === 'windows';
}

const FILE_TYPES: Readonly<Record<string, TypeCheck>> = {
  open: {
    section: 'file',
    fields: ['file.path', 'file.inode', 'file.filesystem'],
    summary: ['file.path'],
    words: 'opened',
  },
  unlink: {
    section: 'file',
    fields: ['file.path', 'container.id'],
    summary: ['file.path'],
    words: 'deleted',
  },
  rename: {
    section: 'file',
    fields: ['file.path', 'file.destination.path'],
    summary: ['file.path', 'file.destination.path'],
    words: 'renamed',
  },
  link: {
    section: 'file',
    fields: ['file.path', 'file.destination.path', 'usr.id'],
    summary: ['file.path', 'file.destination.path'],
  },
  chmod: {
    section: 'file',
    fields: ['file.path', 'file.destination.mode'],
    summary: ['file.path'],
  },
  chown: {
    section: 'file',
    fields: ['file.path', 'file.destination.user'],
    summary: ['file.path', 'file.destination.user'],
  },
  mkdir: { section: 'file', fields: ['file.path'], summary: ['file.path'] },
  rmdir: { section: 'file', fields: ['file.path'], summary: ['file.path'] },
  utimes: { section: 'file', fields: ['file.path'], summary: ['file.path'] },
  setxattr: {
    section: 'file',
    fields: ['file.path', 'file.destination.attribute_name'],
    summary: ['file.path', 'file.destination.attribute_name'],
  },
  removexattr: {
    section: 'file',
    fields: ['file.path', 'file.destination.attribute_namespace'],
    summary: ['file.path', 'file.destination.attribute_name'],
  },
  splice: {
    section: 'splice',
    fields: ['splice.pipe_entry_flag', 'file.path'],
    summary: ['file.path'],
  },
};

const PROCESS_TYPES: Readonly<Record<string, TypeCheck>> = {
  exec: { section: 'process', fields: ['file.path', 'process.argv0'], summary: ['file.path'] },
  exit: {
    section: 'exit',
    fields: ['exit.cause', 'exit.code'],
    summary: ['exit.code'],
    words: 'exited with code',
  },
  setuid: {
    section: 'process',
    fields: ['process.credentials.destination.uid'],
    summary: ['process.credentials.destination.user'],
  },
  setgid: {
    section: 'process',
    fields: ['process.credentials.destination.gid'],
    summary: ['process.credentials.destination.group'],
  },
  capset: { section: 'process', fields: [], summary: [], words: 'set its capabilities' },
  signal: {
    section: 'signal',
    fields: ['signal.type', 'signal.pid', 'signal.target.comm'],
    summary: ['signal.type'],
  },
  ptrace: {
    section: 'ptrace',
    fields: ['ptrace.request', 'ptrace.tracee.pid'],
    summary: ['ptrace.request'],
  },
};

const NETWORK_AND_KERNEL_TYPES: Readonly<Record<string, TypeCheck>> = {
  dns: {
    section: 'network',
    fields: [
      'dns.question.name',
      'dns.question.type',
      'network.destination.ip',
      'network.destination.port',
      'network.device.ifname',
    ],
    summary: ['dns.question.name'],
  },
  bind: {
    section: 'network',
    fields: ['bind.addr.ip', 'bind.addr.port', 'bind.addr.family'],
    summary: ['bind.addr.ip', 'bind.addr.port'],
  },
  bpf: { section: 'bpf', fields: ['bpf.cmd', 'bpf.map.name'], summary: ['bpf.cmd'] },
  mmap: {
    section: 'mmap',
    fields: ['mmap.address', 'mmap.protection', 'dd.trace_id'],
    summary: ['mmap.address'],
    having: { query: '@dd.trace_id:*', match: (e) => bodyValue(e, 'dd.trace_id') !== undefined },
  },
  mprotect: {
    section: 'mprotect',
    fields: ['mprotect.vm_start', 'mprotect.req_protection'],
    summary: ['mprotect.vm_start'],
  },
  mount: {
    section: 'mount',
    fields: ['mount.mountpoint.path', 'mount.fs_type', 'mount.mount_id'],
    summary: ['mount.mountpoint.path'],
  },
  selinux: {
    section: 'selinux',
    fields: ['selinux.bool.name', 'selinux.bool.state'],
    summary: ['selinux.bool.name'],
  },
  load_module: {
    section: 'module',
    fields: ['module.name', 'file.path'],
    summary: ['module.name', 'file.path'],
  },
  unload_module: { section: 'module', fields: ['module.name'], summary: ['module.name'] },
};

/** Event types that only the newer Linux agents of the sample (7.57 to 7.71) send. */
const NEWER_LINUX_TYPES: Readonly<Record<string, TypeCheck>> = {
  connect: {
    section: 'connect',
    fields: ['connect.addr.ip', 'connect.addr.port', 'connect.protocol'],
    summary: ['connect.addr.ip'],
    words: 'connected to',
  },
  accept: {
    section: 'accept',
    fields: ['accept.addr.ip', 'accept.addr.port'],
    summary: ['accept.addr.ip'],
    words: 'accepted a connection from',
  },
  imds: {
    section: 'imds',
    fields: ['imds.type', 'imds.cloud_provider', 'imds.url'],
    summary: ['imds.url'],
  },
  sysctl: {
    section: 'sysctl',
    fields: ['sysctl.name', 'sysctl.value', 'sysctl.old_value'],
    summary: ['sysctl.name', 'sysctl.value'],
    words: 'set sysctl',
  },
  capabilities: { section: 'capabilities', fields: [], summary: [] },
};

/** The Windows agent's event types (the sample's win-1). */
const WINDOWS_TYPES: Readonly<Record<string, TypeCheck>> = {
  exec: {
    section: 'process',
    fields: ['file.path', 'process.cmdline', 'usr.sid'],
    summary: ['file.path'],
  },
  exit: {
    section: 'exit',
    fields: ['exit.cause', 'exit.code'],
    summary: ['exit.code'],
    words: 'exited with code',
  },
  create: {
    section: 'file',
    fields: ['file.path', 'file.device_path'],
    summary: ['file.path'],
    words: 'created',
  },
  write: { section: 'file', fields: ['file.path'], summary: ['file.path'], words: 'wrote to' },
  delete: { section: 'file', fields: ['file.path'], summary: ['file.path'], words: 'deleted' },
  rename: {
    section: 'file',
    fields: ['file.path', 'file.destination.path'],
    summary: ['file.path', 'file.destination.path'],
    words: 'renamed',
  },
  create_key: {
    section: 'registry',
    fields: ['registry.key_path', 'registry.key_name'],
    summary: ['registry.key_path'],
    words: 'created the registry key',
  },
  open_key: {
    section: 'registry',
    fields: ['registry.key_path', 'registry.key_name'],
    summary: ['registry.key_path'],
    words: 'opened the registry key',
  },
  set_key_value: {
    section: 'registry',
    fields: ['registry.key_path', 'registry.value_name'],
    summary: ['registry.value_name', 'registry.key_path'],
    words: 'set the value',
  },
  delete_key: {
    section: 'registry',
    fields: ['registry.key_path'],
    summary: ['registry.key_path'],
    words: 'deleted the registry key',
  },
  change_permission: {
    section: 'permission_change',
    fields: ['permission_change.path', 'permission_change.username', 'permission_change.new_sd'],
    summary: ['permission_change.path'],
    words: 'changed the permissions of',
  },
};

async function openSample(app: AppPage): Promise<DetailPage> {
  await app.goto('open=sample');
  expect(await app.waitForReady()).toBe('ready');
  return new DetailPage(app);
}

/**
 * What every event's panes show: who did it (summary and Process section) and its lineage.
 * Windows processes have no command name: the summary names the executable.
 */
async function expectProcess(detail: DetailPage, event: SampleEvent): Promise<void> {
  const name = bodyValue(event, isWindows(event) ? 'process.executable.name' : 'process.comm');
  await expect(detail.summary()).toContainText(`${String(name)} (pid `);
  await expect(detail.summary()).toContainText(`pid ${String(bodyValue(event, 'process.pid'))}`);
  await expect(detail.sectionField('process', 'process.pid').first()).toContainText(
    String(bodyValue(event, 'process.pid')),
  );
  await detail.expectField(event, 'process.executable.path');
  const ancestors = bodyValue(event, 'process.ancestors');
  if (Array.isArray(ancestors)) {
    await expect(detail.lineageItems()).toHaveCount(Math.min(ancestors.length, 20));
    await expect(detail.lineageItems().first()).toHaveAttribute(
      'data-pid',
      String((ancestors[0] as { pid: number }).pid),
    );
  } else {
    await expect(detail.marker('missing-lineage')).toBeVisible();
  }
}

/** Checks the first event of each type sent by a Linux agent, or by the Windows agent. */
async function checkTypes(
  detail: DetailPage,
  checks: Readonly<Record<string, TypeCheck>>,
  os: 'linux' | 'windows' = 'linux',
) {
  const windows = os === 'windows';
  for (const [name, check] of Object.entries(checks)) {
    await test.step(`${name} (${os})`, async () => {
      const having = check.having;
      const isMatch = (e: SampleEvent) =>
        e.body.evt.name === name &&
        isWindows(e) === windows &&
        (having === undefined || having.match(e));
      const query = [
        `@evt.name:${name}`,
        windows ? '@schema:windows-7.71' : '-@schema:windows-7.71',
        having?.query ?? '',
      ].join(' ');
      const event = await detail.selectFirst(query.trim(), countSample(isMatch), isMatch);
      await expect(detail.section(check.section)).toBeVisible();
      for (const path of check.fields) await detail.expectField(event, path);
      for (const path of check.summary) {
        await expect(detail.summary()).toContainText(String(bodyValue(event, path)));
      }
      if (check.words !== undefined) await expect(detail.summary()).toContainText(check.words);
      await expectProcess(detail, event);
    });
  }
}

test('the checks below cover every event type of the sample', () => {
  const linux = new Set(
    [FILE_TYPES, PROCESS_TYPES, NETWORK_AND_KERNEL_TYPES, NEWER_LINUX_TYPES].flatMap((c) =>
      Object.keys(c),
    ),
  );
  const windows = new Set(Object.keys(WINDOWS_TYPES));
  const unchecked = sampleEvents()
    .filter((e) => !(isWindows(e) ? windows : linux).has(e.body.evt.name))
    .map((e) => `${isWindows(e) ? 'windows' : 'linux'} ${e.body.evt.name}`);
  expect([...new Set(unchecked)]).toEqual([]);
});

test.describe('typed panes by event type', () => {
  test.describe.configure({ timeout: 150_000 });

  test('file events', async ({ app }) => {
    await checkTypes(await openSample(app), FILE_TYPES);
  });

  test('process events', async ({ app }) => {
    await checkTypes(await openSample(app), PROCESS_TYPES);
  });

  test('network and kernel events', async ({ app }) => {
    await checkTypes(await openSample(app), NETWORK_AND_KERNEL_TYPES);
  });

  test('events of the newer Linux agents', async ({ app }) => {
    await checkTypes(await openSample(app), NEWER_LINUX_TYPES);
  });

  test('Windows events', async ({ app }) => {
    await checkTypes(await openSample(app), WINDOWS_TYPES, 'windows');
  });
});

test('a refused open reads as a sentence with its outcome styled', async ({ app }) => {
  const detail = await openSample(app);
  const isRefused = (e: SampleEvent) => e.body.evt.outcome === 'Refused';
  const event = await detail.selectFirst('@evt.outcome:Refused', countSample(isRefused), isRefused);
  const comm = String(bodyValue(event, 'process.comm'));
  const pid = String(bodyValue(event, 'process.pid'));
  const user = String(bodyValue(event, 'process.user'));
  const path = String(bodyValue(event, 'file.path'));
  await expect(detail.summary()).toContainText(
    `${comm} (pid ${pid}, ${user}) opened ${path} read-only — refused`,
  );
  await expect(detail.summary().locator('.outcome--refused')).toHaveText('refused');
});

test('file modes read like ls -l and fields describe themselves on hover', async ({ app }) => {
  const detail = await openSample(app);
  const event = await detail.selectFirstOfType('open');
  const modeNumber = Number(bodyValue(event, 'file.mode'));
  const mode = app.field('file.mode').first();
  await expect(mode).toContainText(String(modeNumber));
  await expect(mode).toContainText(permissions(modeNumber));
  await expect(detail.sectionField('process', 'process.pid').first()).toHaveAttribute(
    'title',
    /Process ID/,
  );
  await expect(app.field('file.path').first().getByTestId('field-actions')).toHaveCount(1);
});

test('the lineage lists the ancestors and opens one on demand', async ({ app }) => {
  const detail = await openSample(app);
  const event = await detail.selectFirstOfType('exec');
  const ancestors = bodyValue(event, 'process.ancestors') as Array<{
    pid: number;
    exec_time: string;
    executable: { path: string };
  }>;
  expect(ancestors.length).toBeGreaterThan(0);
  const first = detail.lineageItems().first();
  await expect(first).toContainText(ancestors[0]!.executable.path);
  await first.getByRole('button', { name: 'details' }).click();
  await expect(first.locator('[data-field="process.ancestors.exec_time"]')).toContainText(
    ancestors[0]!.exec_time,
  );
});

test('missing lineage is marked', async ({ app }) => {
  const detail = await openSample(app);
  const isInitSignal = (e: SampleEvent) =>
    e.body.evt.name === 'signal' && bodyValue(e, 'process.pid') === 1;
  await detail.selectFirst(
    '@evt.name:signal @process.pid:1',
    countSample(isInitSignal),
    isInitSignal,
  );
  await expect(detail.marker('missing-lineage')).toContainText('pid 1');
  await expect(detail.lineageItems()).toHaveCount(0);
});

test('the Raw JSON tab copies the event as one NDJSON line and one value', async ({
  app,
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const detail = await openSample(app);
  const event = await detail.selectFirstOfType('exec');
  await detail.showView('Raw JSON');
  await app.detail().getByRole('button', { name: 'Copy event as one NDJSON line' }).click();
  const line = await page.evaluate(() => navigator.clipboard.readText());
  expect(line).not.toContain('\n');
  expect(JSON.parse(line)).toEqual(event.body);

  await app.detail().getByTestId('copy-value-path').fill('process.args[0]');
  const firstArg = (bodyValue(event, 'process.args') as string[])[0]!;
  await expect(app.detail().getByTestId('copy-value-preview')).toHaveText(firstArg);
  await app.detail().getByRole('button', { name: 'Copy value' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstArg);

  // The field tree stays one tab away.
  await detail.showView('Tree');
  await expect(app.field('process.pid').first()).toBeVisible();
});

/** `-rw-------` for a regular file's mode (the test's own reading of the bits). */
function permissions(mode: number): string {
  const type = (mode & 0o170000) === 0o040000 ? 'd' : '-';
  let out = type;
  for (const shift of [6, 3, 0]) {
    const bits = (mode >> shift) & 7;
    out += (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
  }
  return out;
}
