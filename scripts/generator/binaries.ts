/**
 * Executables the simulated hosts run: path, owning package and version, and the command name
 * the kernel reports (`comm`, at most 15 characters).
 */

export interface Binary {
  readonly path: string;
  readonly pkg?: string;
  readonly ver?: string;
  /** Overrides the basename as `comm`. */
  readonly comm?: string;
}

const UBUNTU_COREUTILS = { pkg: 'coreutils', ver: '8.32-4.1ubuntu1.1' } as const;
const DEBIAN_COREUTILS = { pkg: 'coreutils', ver: '9.1-1' } as const;

export const BIN = {
  systemd: { path: '/usr/lib/systemd/systemd', pkg: 'systemd', ver: '249.11-0ubuntu3.12' },
  journald: {
    path: '/usr/lib/systemd/systemd-journald',
    pkg: 'systemd',
    ver: '249.11-0ubuntu3.12',
  },
  udevd: { path: '/usr/lib/systemd/systemd-udevd', pkg: 'udev', ver: '249.11-0ubuntu3.12' },
  resolved: {
    path: '/usr/lib/systemd/systemd-resolved',
    pkg: 'systemd-resolved',
    ver: '249.11-0ubuntu3.12',
  },
  logind: { path: '/usr/lib/systemd/systemd-logind', pkg: 'systemd', ver: '249.11-0ubuntu3.12' },
  rsyslogd: { path: '/usr/sbin/rsyslogd', pkg: 'rsyslog', ver: '8.2112.0-2ubuntu2.2' },
  cron: { path: '/usr/sbin/cron', pkg: 'cron', ver: '3.0pl1-137ubuntu3' },
  sshd: { path: '/usr/sbin/sshd', pkg: 'openssh-server', ver: '1:8.9p1-3ubuntu0.6' },
  chronyd: { path: '/usr/sbin/chronyd', pkg: 'chrony', ver: '4.2-2ubuntu2' },
  containerd: { path: '/usr/bin/containerd', pkg: 'containerd.io', ver: '1.6.24-1' },
  shim: {
    path: '/usr/bin/containerd-shim-runc-v2',
    pkg: 'containerd.io',
    ver: '1.6.24-1',
    comm: 'containerd-shim',
  },
  runc: { path: '/usr/bin/runc', pkg: 'containerd.io', ver: '1.6.24-1' },
  dockerd: { path: '/usr/bin/dockerd', pkg: 'docker-ce', ver: '5:24.0.7-1~ubuntu.22.04~jammy' },
  docker: { path: '/usr/bin/docker', pkg: 'docker-ce-cli', ver: '5:24.0.7-1~ubuntu.22.04~jammy' },
  ddAgent: { path: '/opt/datadog-agent/bin/agent/agent', pkg: 'datadog-agent', ver: '1:7.45.0-1' },
  systemProbe: {
    path: '/opt/datadog-agent/embedded/bin/system-probe',
    pkg: 'datadog-agent',
    ver: '1:7.45.0-1',
  },
  securityAgent: {
    path: '/opt/datadog-agent/embedded/bin/security-agent',
    pkg: 'datadog-agent',
    ver: '1:7.45.0-1',
  },
  gitlabRunner: { path: '/usr/bin/gitlab-runner', pkg: 'gitlab-runner', ver: '16.5.0' },
  postgres: {
    path: '/usr/lib/postgresql/15/bin/postgres',
    pkg: 'postgresql-15',
    ver: '15.5-1.pgdg22.04+1',
  },
  psql: { path: '/usr/lib/postgresql/15/bin/psql', pkg: 'postgresql-client-15', ver: '15.5-1' },
  pgDump: {
    path: '/usr/lib/postgresql/15/bin/pg_dump',
    pkg: 'postgresql-client-15',
    ver: '15.5-1',
  },
  sh: {
    path: '/usr/bin/dash',
    pkg: 'dash',
    ver: '0.5.11+git20210903+057cd650a4ed-3build1',
    comm: 'sh',
  },
  bash: { path: '/usr/bin/bash', pkg: 'bash', ver: '5.1-6ubuntu1' },
  runParts: { path: '/usr/bin/run-parts', pkg: 'debianutils', ver: '5.5-1ubuntu2' },
  logrotate: { path: '/usr/sbin/logrotate', pkg: 'logrotate', ver: '3.19.0-1ubuntu1.1' },
  gzip: { path: '/usr/bin/gzip', pkg: 'gzip', ver: '1.10-4ubuntu4.1' },
  curl: { path: '/usr/bin/curl', pkg: 'curl', ver: '7.81.0-1ubuntu1.14' },
  ls: { path: '/usr/bin/ls', ...UBUNTU_COREUTILS },
  cat: { path: '/usr/bin/cat', ...UBUNTU_COREUTILS },
  cp: { path: '/usr/bin/cp', ...UBUNTU_COREUTILS },
  mv: { path: '/usr/bin/mv', ...UBUNTU_COREUTILS },
  rm: { path: '/usr/bin/rm', ...UBUNTU_COREUTILS },
  ln: { path: '/usr/bin/ln', ...UBUNTU_COREUTILS },
  touch: { path: '/usr/bin/touch', ...UBUNTU_COREUTILS },
  mkdir: { path: '/usr/bin/mkdir', ...UBUNTU_COREUTILS },
  chmod: { path: '/usr/bin/chmod', ...UBUNTU_COREUTILS },
  chown: { path: '/usr/bin/chown', ...UBUNTU_COREUTILS },
  tee: { path: '/usr/bin/tee', ...UBUNTU_COREUTILS },
  df: { path: '/usr/bin/df', ...UBUNTU_COREUTILS },
  sudo: { path: '/usr/bin/sudo', pkg: 'sudo', ver: '1.9.9-1ubuntu2.4' },
  systemctl: { path: '/usr/bin/systemctl', pkg: 'systemd', ver: '249.11-0ubuntu3.12' },
  journalctl: { path: '/usr/bin/journalctl', pkg: 'systemd', ver: '249.11-0ubuntu3.12' },
  vim: { path: '/usr/bin/vim.basic', pkg: 'vim', ver: '2:8.2.3995-1ubuntu2.13', comm: 'vim' },
  strace: { path: '/usr/bin/strace', pkg: 'strace', ver: '5.16-0ubuntu3' },
  setcap: { path: '/usr/sbin/setcap', pkg: 'libcap2-bin', ver: '1:2.44-1ubuntu0.22.04.1' },
  setfattr: { path: '/usr/bin/setfattr', pkg: 'attr', ver: '1:2.5.1-1build1' },
  setenforce: { path: '/usr/sbin/setenforce', pkg: 'selinux-utils', ver: '3.3-1build2' },
  setsebool: { path: '/usr/sbin/setsebool', pkg: 'policycoreutils', ver: '3.3-1build1' },
  modprobe: { path: '/usr/bin/kmod', pkg: 'kmod', ver: '29-1ubuntu1', comm: 'modprobe' },
  sysctl: { path: '/usr/sbin/sysctl', pkg: 'procps', ver: '2:3.3.17-6ubuntu2.1' },
  aws: { path: '/usr/local/aws-cli/v2/2.15.30/dist/aws' },
  mount: { path: '/usr/bin/mount', pkg: 'mount', ver: '2.37.2-4ubuntu3' },
  aptGet: { path: '/usr/bin/apt-get', pkg: 'apt', ver: '2.4.11' },
  aptHttp: { path: '/usr/lib/apt/methods/http', pkg: 'apt', ver: '2.4.11', comm: 'http' },
  dpkg: { path: '/usr/bin/dpkg', pkg: 'dpkg', ver: '1.21.1ubuntu2.2' },
  git: { path: '/usr/bin/git', pkg: 'git', ver: '1:2.34.1-1ubuntu1.10' },
  make: { path: '/usr/bin/make', pkg: 'make', ver: '4.3-4.1build1' },
  gcc: {
    path: '/usr/bin/x86_64-linux-gnu-gcc-12',
    pkg: 'gcc-12',
    ver: '12.3.0-1ubuntu1~22.04',
    comm: 'gcc',
  },
  cc1: {
    path: '/usr/libexec/gcc/x86_64-linux-gnu/12/cc1',
    pkg: 'cpp-12',
    ver: '12.3.0-1ubuntu1~22.04',
  },
  ld: {
    path: '/usr/bin/x86_64-linux-gnu-ld.bfd',
    pkg: 'binutils-x86-64-linux-gnu',
    ver: '2.38-4ubuntu2.4',
    comm: 'ld',
  },
  tar: { path: '/usr/bin/tar', pkg: 'tar', ver: '1.34+dfsg-1ubuntu0.1.22.04.2' },
  healthcheck: { path: '/usr/local/bin/healthcheck.sh', comm: 'healthcheck.sh' },
  backup: { path: '/usr/local/bin/pg-backup.sh', comm: 'pg-backup.sh' },
  // Binaries inside container images (Debian based).
  cNginx: { path: '/usr/sbin/nginx', pkg: 'nginx', ver: '1.25.3-1~bookworm' },
  cSh: { path: '/bin/dash', pkg: 'dash', ver: '0.5.12-2', comm: 'sh' },
  cBash: { path: '/bin/bash', pkg: 'bash', ver: '5.2.15-2+b2' },
  cId: { path: '/usr/bin/id', ...DEBIAN_COREUTILS },
  cUname: { path: '/bin/uname', ...DEBIAN_COREUTILS },
  cCat: { path: '/bin/cat', ...DEBIAN_COREUTILS },
  cChmod: { path: '/bin/chmod', ...DEBIAN_COREUTILS },
  cCurl: { path: '/usr/bin/curl', pkg: 'curl', ver: '7.88.1-10+deb12u4' },
  cNode: { path: '/usr/local/bin/node' },
  cGo: { path: '/usr/local/go/bin/go' },
  cNpm: { path: '/usr/local/bin/npm' },
  cAptGet: { path: '/usr/bin/apt-get', pkg: 'apt', ver: '2.6.1' },
  cDpkg: { path: '/usr/bin/dpkg', pkg: 'dpkg', ver: '1.21.22' },
  cGit: { path: '/usr/bin/git', pkg: 'git', ver: '1:2.39.2-1.1' },
  cMake: { path: '/usr/bin/make', pkg: 'make', ver: '4.3-4.1' },
  cGcc: { path: '/usr/bin/x86_64-linux-gnu-gcc-12', pkg: 'gcc-12', ver: '12.2.0-14', comm: 'gcc' },
  payload: { path: '/tmp/.x', comm: '.x' },
} as const satisfies Record<string, Binary>;

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

export function commOf(binary: Binary): string {
  return (binary.comm ?? basename(binary.path)).slice(0, 15);
}
