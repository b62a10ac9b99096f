/**
 * Linux signal numbers (x86-64 and arm64 share them) to names, for exit codes of processes
 * that were killed (`exit.cause` SIGNALED or COREDUMPED: the code is the signal number).
 */
const SIGNALS: readonly string[] = [
  '',
  'SIGHUP',
  'SIGINT',
  'SIGQUIT',
  'SIGILL',
  'SIGTRAP',
  'SIGABRT',
  'SIGBUS',
  'SIGFPE',
  'SIGKILL',
  'SIGUSR1',
  'SIGSEGV',
  'SIGUSR2',
  'SIGPIPE',
  'SIGALRM',
  'SIGTERM',
  'SIGSTKFLT',
  'SIGCHLD',
  'SIGCONT',
  'SIGSTOP',
  'SIGTSTP',
  'SIGTTIN',
  'SIGTTOU',
  'SIGURG',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGVTALRM',
  'SIGPROF',
  'SIGWINCH',
  'SIGIO',
  'SIGPWR',
  'SIGSYS',
];

/** `9` → `SIGKILL`; real-time signals → `SIGRTMIN+n`; undefined for other numbers. */
export function signalName(signal: number): string | undefined {
  if (!Number.isInteger(signal) || signal < 1) return undefined;
  if (signal < SIGNALS.length) return SIGNALS[signal];
  if (signal >= 34 && signal <= 64) return `SIGRTMIN+${signal - 34}`;
  return undefined;
}
