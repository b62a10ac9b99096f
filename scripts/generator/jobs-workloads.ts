/**
 * Role-specific routine activity: nginx and the checkout API in containers on web hosts,
 * PostgreSQL backends, checkpoints and backups on database hosts, and CI pipelines (a fresh
 * build container per job, many short-lived processes) on runner hosts.
 */
import { since } from './agents';
import { BIN } from './binaries';
import { createContainer, removeContainer } from './containers';
import { O, chmod, link, mkdir, open, rename, rmdir, splice, unlink } from './events-file';
import { bpfProgLoad, mmap, mount, mprotect } from './events-kernel';
import { dns } from './events-network';
import { capset, setgid, setuid, signal } from './events-process';
import { ENV } from './environments';
import { MODE_DIR, S_IFREG } from './files';
import type { HostSim } from './host-sim';
import { CONTAINER_CAPS, USERS } from './identities';
import type { Proc } from './process';
import type { Job } from './sim';
import { run, sec, waitMs } from './job-helpers';
import { ciRegistryLogin } from './jobs-modern';

const STATIC_FILES = [
  '/usr/share/nginx/html/index.html',
  '/usr/share/nginx/html/static/js/app.4f9c2e.js',
  '/usr/share/nginx/html/static/css/main.77a1b0.css',
  '/usr/share/nginx/html/favicon.ico',
  '/usr/share/nginx/html/static/img/logo.svg',
];

function nginxWorker(h: HostSim): Proc {
  const workers = [h.maybeDaemon('nginx-worker-0'), h.maybeDaemon('nginx-worker-1')].filter(
    (w): w is Proc => w !== undefined && w.alive,
  );
  return h.rng.pick(workers);
}

/** An nginx worker serving a static file or buffering a proxied response to disk. */
export function* nginxRequest(h: HostSim): Job {
  const worker = nginxWorker(h);
  if (h.rng.chance(0.75)) {
    open(h, worker, h.rng.pick(STATIC_FILES), { flags: ['O_NONBLOCK', 'O_RDONLY'] });
    return;
  }
  const n = h.rng.int(10);
  const path = `/var/cache/nginx/proxy_temp/${n}/${String(h.rng.int(100)).padStart(2, '0')}/00000${h.rng.range(10000, 99999)}${n}`;
  open(h, worker, path, { flags: ['O_CREAT', 'O_EXCL', 'O_RDWR'], create: 0o600 });
  yield waitMs(h, 5, 300);
  unlink(h, worker, path);
}

const API_DOMAINS = ['db-1.internal', 'api.stripe.com', 'payments.example.net', 'redis.internal'];

/** The checkout API (node): lookups, template reads, JIT code pages. */
export function* apiRequest(h: HostSim): Job {
  const node = h.daemon('node');
  const r = h.rng.next();
  if (r < 0.4) dns(h, node, h.rng.pick(API_DOMAINS));
  else if (r < 0.7)
    open(
      h,
      node,
      h.rng.pick([
        '/app/dist/templates/receipt.hbs',
        '/app/config/production.json',
        '/app/dist/locales/en.json',
      ]),
    );
  else if (r < 0.9) mprotect(h, node, 0x40000, 'PROT_READ | PROT_WRITE', 'PROT_EXEC | PROT_READ');
  else
    mmap(h, node, {
      length: 0x40000,
      protection: 'PROT_EXEC | PROT_READ | PROT_WRITE',
      flags: 'MAP_ANONYMOUS | MAP_NORESERVE | MAP_PRIVATE',
    });
  yield 0;
}

/** `nginx -s reload` run in the container: HUP to the master, old workers quit, new ones start. */
export function* nginxReload(h: HostSim): Job {
  const master = h.daemon('nginx');
  const shim = master.parent ?? h.daemon('systemd');
  yield* run(
    h,
    shim,
    { bin: BIN.cNginx, argv0: 'nginx', args: ['-s', 'reload'], envs: ENV.nginx },
    (p) => {
      signal(h, p, 'SIGHUP', master);
    },
    { fork: { container: master.container as NonNullable<Proc['container']> } },
  );
  yield waitMs(h, 5, 50);
  for (const i of [0, 1]) {
    const old = h.maybeDaemon(`nginx-worker-${i}`);
    const fresh = h.fork(master);
    setgid(h, fresh, USERS.nginx);
    setuid(h, fresh, USERS.nginx);
    h.daemons.set(`nginx-worker-${i}`, fresh);
    yield waitMs(h, 1, 5);
    if (old !== undefined && old.alive) {
      signal(h, master, 'SIGQUIT', old);
      yield waitMs(h, 20, 900);
      h.exit(old, 0);
    }
  }
}

// ---- database ----------------------------------------------------------------------------------

const PGDATA = '/var/lib/postgresql/15/main';
const RELATIONS = [
  '16384/16397',
  '16384/16401',
  '16384/16412',
  '16384/2619',
  '16384/16423_fsm',
  '16384/16397_vm',
];

/** A client connection: the postmaster forks a backend that reads relations and maybe spills a sort. */
export function* postgresBackend(h: HostSim): Job {
  const backend = h.fork(h.daemon('postgres'));
  yield waitMs(h, 1, 20);
  for (let i = 1 + h.rng.int(4); i > 0; i--) {
    open(h, backend, `${PGDATA}/base/${h.rng.pick(RELATIONS)}`, {
      flags: ['O_RDWR'],
      init: { owner: USERS.postgres, mode: S_IFREG | 0o600 },
    });
    yield waitMs(h, 5, 3000);
  }
  if (h.rng.chance(0.3)) {
    const tmp = `${PGDATA}/base/pgsql_tmp/pgsql_tmp${backend.pid}.0`;
    open(h, backend, tmp, { flags: ['O_CREAT', 'O_RDWR', 'O_TRUNC'], create: 0o600 });
    yield waitMs(h, 20, 2000);
    unlink(h, backend, tmp);
  }
  yield sec(h.rng.int(30));
  h.exit(backend, 0);
}

/** The checkpointer recycles a WAL segment; the stats collector swaps its file. */
export function* pgCheckpoint(h: HostSim): Job {
  const checkpointer = h.daemon('postgres-checkpointer');
  const seg = (n: number) =>
    `${PGDATA}/pg_wal/0000000100000A1B000000${n.toString(16).toUpperCase().padStart(2, '0')}`;
  const n = h.rng.int(200);
  checkpointer.fs.get(seg(n), { owner: USERS.postgres, mode: S_IFREG | 0o600 });
  rename(h, checkpointer, seg(n), seg(n + 16));
  yield waitMs(h, 1, 30);
  open(h, checkpointer, `${PGDATA}/global/pg_control`, {
    flags: ['O_RDWR'],
    init: { owner: USERS.postgres, mode: S_IFREG | 0o600 },
  });
}

/** The autovacuum launcher forks a worker that vacuums one relation. */
export function* autovacuum(h: HostSim): Job {
  const worker = h.fork(h.daemon('postgres-autovacuum'));
  yield waitMs(h, 1, 10);
  open(h, worker, `${PGDATA}/base/${h.rng.pick(RELATIONS)}`, {
    flags: ['O_RDWR'],
    init: { owner: USERS.postgres, mode: S_IFREG | 0o600 },
  });
  yield sec(1 + h.rng.int(20));
  h.exit(worker, 0);
}

/** Nightly backup: cron → pg-backup.sh → pg_dump | tee file (spliced), then compress and prune. */
export function* pgBackup(h: HostSim): Job {
  const child = h.fork(h.daemon('cron'));
  setgid(h, child, USERS.postgres);
  setuid(h, child, USERS.postgres);
  yield waitMs(h, 0, 2);
  h.exec(child, {
    bin: BIN.sh,
    argv0: '/bin/sh',
    args: ['-c', '/usr/local/bin/pg-backup.sh'],
    envs: ENV.cron,
  });
  yield waitMs(h, 1, 4);
  const day = new Date(h.sim.fmt.epochMs(h.sim.now)).toISOString().slice(0, 10);
  const file = `/var/backups/postgresql/app-${day}.sql`;
  yield* run(
    h,
    child,
    { bin: BIN.backup, argv0: '/usr/local/bin/pg-backup.sh' },
    function* (script) {
      const dump = h.spawn(script, {
        bin: BIN.pgDump,
        argv0: 'pg_dump',
        args: ['--format=plain', 'app'],
      });
      const tee = h.spawn(script, { bin: BIN.tee, argv0: 'tee', args: [file] });
      yield waitMs(h, 2, 10);
      open(h, tee, file, { flags: O.create, create: 0o640 });
      yield sec(2 + h.rng.int(20));
      splice(h, tee, file);
      yield sec(1 + h.rng.int(10));
      h.exit(dump, 0);
      h.exit(tee, 0);
      yield* run(h, script, { bin: BIN.gzip, argv0: 'gzip', args: ['-f', file] }, function* (gz) {
        open(h, gz, `${file}.gz`, { flags: ['O_CREAT', 'O_EXCL', 'O_WRONLY'], create: 0o600 });
        yield sec(1 + h.rng.int(5));
        unlink(h, gz, file);
      });
      chmod(h, script, `${file}.gz`, 0o600);
      const old = `/var/backups/postgresql/app-old-${h.rng.hex(4)}.sql.gz`;
      script.fs.get(old, { owner: USERS.postgres, mode: S_IFREG | 0o600 });
      unlink(h, script, old);
    },
  );
  h.exit(child, 0);
}

// ---- CI ---------------------------------------------------------------------------------------

interface BuildImage {
  image: string;
  tag: string;
  project: string;
}

const BUILD_IMAGES: readonly BuildImage[] = [
  { image: 'golang', tag: '1.21-bookworm', project: 'shop/inventory-service' },
  { image: 'node', tag: '20-bookworm', project: 'shop/storefront' },
  { image: 'gcc', tag: '13', project: 'platform/libfastjson' },
];

function* buildSteps(
  h: HostSim,
  sh: Proc,
  image: BuildImage,
  dir: string,
): Generator<number, number, undefined> {
  // Clone.
  yield* run(
    h,
    sh,
    {
      bin: BIN.cGit,
      argv0: 'git',
      args: ['clone', '--depth', '20', `https://gitlab.example.com/${image.project}.git`, dir],
    },
    function* (git) {
      dns(h, git, 'gitlab.example.com');
      yield waitMs(h, 30, 300);
      mkdir(h, git, dir, 0o755);
      mkdir(h, git, `${dir}/.git`, 0o755);
      const tmp = `${dir}/.git/objects/pack/tmp_pack_${h.rng.hex(6)}`;
      open(h, git, tmp, { flags: ['O_CREAT', 'O_EXCL', 'O_RDWR'], create: 0o444 });
      yield waitMs(h, 100, 1500);
      const pack = `${dir}/.git/objects/pack/pack-${h.rng.hex(40)}.pack`;
      link(h, git, tmp, pack);
      unlink(h, git, tmp);
      chmod(h, git, pack, 0o444);
    },
  );
  // Dependencies / packages.
  if (h.rng.chance(0.35)) {
    yield* run(
      h,
      sh,
      {
        bin: BIN.cAptGet,
        argv0: 'apt-get',
        args: ['install', '-y', '--no-install-recommends', 'jq'],
      },
      function* (apt) {
        dns(h, apt, 'deb.debian.org');
        yield waitMs(h, 200, 2000);
        yield* run(
          h,
          apt,
          {
            bin: BIN.cDpkg,
            argv0: '/usr/bin/dpkg',
            args: ['--status-fd', '23', '--unpack', '/var/cache/apt/archives/jq_1.6-2.1_amd64.deb'],
          },
          function* (dpkg) {
            open(h, dpkg, '/usr/bin/jq.dpkg-new', {
              flags: ['O_CREAT', 'O_EXCL', 'O_WRONLY'],
              create: 0o755,
            });
            yield waitMs(h, 2, 20);
            rename(h, dpkg, '/usr/bin/jq.dpkg-new', '/usr/bin/jq');
          },
        );
      },
      { rule: 'package_management_in_container' },
    );
  }
  // Build.
  let failed = false;
  if (image.image === 'golang') {
    yield* run(
      h,
      sh,
      { bin: BIN.cGo, argv0: 'go', args: ['build', '-o', 'bin/server', './cmd/server'] },
      function* (go) {
        dns(h, go, 'proxy.golang.org');
        yield sec(2 + h.rng.int(20));
        open(h, go, `/root/.cache/go-build/${h.rng.hex(2)}/${h.rng.hex(64)}-d`, {
          flags: O.create,
          create: 0o644,
        });
        yield sec(1 + h.rng.int(10));
        open(h, go, `${dir}/bin/server`, { flags: O.create, create: 0o755 });
      },
      { rule: 'compiler_in_container' },
    );
  } else if (image.image === 'node') {
    yield* run(h, sh, { bin: BIN.cNpm, argv0: 'npm', args: ['ci', '--no-audit'] }, function* (npm) {
      dns(h, npm, 'registry.npmjs.org');
      yield sec(3 + h.rng.int(20));
      mkdir(h, npm, `${dir}/node_modules`, 0o755);
      open(h, npm, `${dir}/node_modules/.package-lock.json`, { flags: O.create, create: 0o644 });
    });
    failed = h.rng.chance(0.15);
  } else {
    yield* run(h, sh, { bin: BIN.cMake, argv0: 'make', args: ['-j4'] }, function* (make) {
      for (const unit of ['parser', 'writer']) {
        yield* run(
          h,
          make,
          {
            bin: BIN.cGcc,
            argv0: 'gcc',
            args: ['-O2', '-Wall', '-c', `src/${unit}.c`, '-o', `build/${unit}.o`],
          },
          function* (gcc) {
            open(h, gcc, `${dir}/src/${unit}.c`);
            yield sec(1 + h.rng.int(4));
            open(h, gcc, `${dir}/build/${unit}.o`, { flags: O.create, create: 0o644 });
          },
          { rule: 'compiler_in_container' },
        );
      }
    });
    failed = h.rng.chance(0.1);
  }
  return failed ? 1 : 0;
}

/** One CI job: the runner starts a build container (runc mounts, cgroup BPF, caps), builds, cleans up. */
export function* ciPipeline(h: HostSim): Job {
  const runner = h.daemon('gitlab-runner');
  dns(h, runner, 'gitlab.example.com');
  yield waitMs(h, 100, 2000);
  // Agents that report IMDS requests see the job log in to the image registry first.
  if (since(h.agent, 55)) yield* ciRegistryLogin(h);
  const image = h.rng.pick(BUILD_IMAGES);
  const container = createContainer(h, {
    image: image.image,
    tag: image.tag,
    name: `runner-x9k2b1-project-${40 + h.rng.int(20)}-concurrent-0-${h.rng.hex(16)}-build`,
    service: 'ci-build',
    createdNs: h.sim.now,
  });
  const id = container.json.id;
  const systemd = h.daemon('systemd');
  const shim = h.spawn(systemd, {
    bin: BIN.shim,
    args: ['-namespace', 'moby', '-id', id, '-address', '/run/containerd/containerd.sock'],
    envs: ENV.service,
  });
  yield waitMs(h, 5, 30);
  const runc = h.spawn(shim, {
    bin: BIN.runc,
    argv0: 'runc',
    args: [
      '--root',
      '/var/run/docker/runtime-runc/moby',
      '--log',
      `/run/containerd/io.containerd.runtime.v2.task/moby/${id}/log.json`,
      '--log-format',
      'json',
      'create',
      '--bundle',
      `/run/containerd/io.containerd.runtime.v2.task/moby/${id}`,
      id,
    ],
  });
  yield waitMs(h, 2, 10);
  mount(h, runc, {
    mountpoint: `/var/lib/docker/overlay2/${h.rng.hex(64)}/merged`,
    source: 'overlay',
    fsType: 'overlay',
    mountId: container.mountId,
    parentMountId: 28,
    device: 0x100000 + h.rng.int(200),
  });
  yield waitMs(h, 1, 4);
  mount(h, runc, {
    mountpoint: '/etc/resolv.conf',
    source: `/var/lib/docker/containers/${id}/resolv.conf`,
    fsType: 'ext4',
    mountId: container.mountId + 1,
    parentMountId: container.mountId,
    bindSourceMountId: 28,
    device: 0x10301,
  });
  yield waitMs(h, 1, 4);
  bpfProgLoad(h, runc, {
    name: '',
    programType: 'BPF_PROG_TYPE_CGROUP_DEVICE',
    attachType: 'BPF_CGROUP_DEVICE',
    helpers: [],
  });
  yield waitMs(h, 1, 4);
  const init = h.fork(shim, { container, service: 'ci-build' });
  capset(h, init, CONTAINER_CAPS, CONTAINER_CAPS);
  yield waitMs(h, 1, 3);
  const script =
    'if [ -x /usr/local/bin/bash ]; then\n\texec /usr/local/bin/bash \nelif [ -x /usr/bin/bash ]; then\n\texec /usr/bin/bash \nelse\n\texec sh\nfi';
  h.exec(init, {
    bin: BIN.cSh,
    argv0: 'sh',
    args: ['-c', script],
    envs: ENV.ci,
    user: USERS.root,
    caps: 'container',
  });
  yield waitMs(h, 1, 5);
  h.exit(runc, 0);
  const dir = `/builds/${image.project}`;
  const code = yield* buildSteps(h, init, image, dir);
  yield waitMs(h, 50, 500);
  h.exit(init, code);
  yield waitMs(h, 10, 100);
  // Cleanup: runc delete removes the cgroup; the shim exits.
  const del = h.spawn(shim, {
    bin: BIN.runc,
    argv0: 'runc',
    args: ['--root', '/var/run/docker/runtime-runc/moby', 'delete', id],
  });
  yield waitMs(h, 2, 20);
  const cgroup = `/sys/fs/cgroup/system.slice/docker-${id}.scope`;
  del.fs.get(cgroup, { mode: MODE_DIR });
  rmdir(h, del, cgroup);
  yield waitMs(h, 1, 5);
  h.exit(del, 0);
  h.exit(shim, 0);
  removeContainer(h, container);
}
