/**
 * Derives the table's computed columns from one event body and its envelope: time and target
 * (type, outcome, process, pid, executable, user, container and host are field columns).
 * "Target" is what the event acts on, which depends on the event type (a file path, a
 * rename's source → destination, a DNS name, a bound, connected or accepted address, an IMDS
 * URL, a Windows registry key and value, a traced or signalled pid, a module, a BPF program,
 * a mount point).
 */
import type { Envelope } from './envelope';
import { toEpochMs } from './envelope';

export interface RowFields {
  readonly timeMs: number;
  readonly target: string | undefined;
}

type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function processLabel(process: Json | undefined): string | undefined {
  if (process === undefined) return undefined;
  const name = text(obj(process['executable'])?.['name']) ?? text(process['comm']);
  const pid = text(process['pid']);
  if (name !== undefined && pid !== undefined) return `${name} (pid ${pid})`;
  return name ?? (pid === undefined ? undefined : `pid ${pid}`);
}

function address(addr: Json | undefined): string | undefined {
  if (addr === undefined) return undefined;
  const ip = text(addr['ip']);
  const port = text(addr['port']);
  if (ip === undefined) return port;
  const host = ip.includes(':') ? `[${ip}]` : ip;
  return port === undefined ? host : `${host}:${port}`;
}

function fileTarget(file: Json | undefined): string | undefined {
  if (file === undefined) return undefined;
  const path = text(file['path']) ?? text(file['name']);
  const destination = text(obj(file['destination'])?.['path']);
  return destination !== undefined && path !== undefined ? `${path} → ${destination}` : path;
}

export function targetOf(type: string | undefined, body: Json): string | undefined {
  switch (type) {
    case 'dns':
      return text(obj(obj(body['dns'])?.['question'])?.['name']);
    case 'bind':
    case 'connect':
    case 'accept':
      return address(obj(obj(body[type])?.['addr']));
    case 'imds': {
      const imds = obj(body['imds']);
      return text(imds?.['url']) ?? text(imds?.['cloud_provider']);
    }
    case 'create_key':
    case 'open_key':
    case 'set_key_value':
    case 'delete_key': {
      const registry = obj(body['registry']);
      const key = text(registry?.['key_path']) ?? text(registry?.['key_name']);
      const value = text(registry?.['value_name']);
      return key !== undefined && value !== undefined ? `${key} ▸ ${value}` : key;
    }
    case 'ptrace': {
      const ptrace = obj(body['ptrace']);
      return processLabel(obj(ptrace?.['tracee'])) ?? text(ptrace?.['request']);
    }
    case 'signal': {
      const signal = obj(body['signal']);
      const target = processLabel(obj(signal?.['target'])) ?? text(signal?.['pid']);
      const kind = text(signal?.['type']);
      return kind !== undefined && target !== undefined ? `${kind} → ${target}` : (target ?? kind);
    }
    case 'load_module':
    case 'unload_module':
      return text(obj(body['module'])?.['name']) ?? fileTarget(obj(body['file']));
    case 'bpf': {
      const bpf = obj(body['bpf']);
      return (
        text(obj(bpf?.['program'])?.['name']) ??
        text(obj(bpf?.['map'])?.['name']) ??
        text(bpf?.['cmd'])
      );
    }
    case 'mount': {
      const mount = obj(body['mount']);
      return text(mount?.['mountpoint.path']) ?? text(obj(mount?.['mp'])?.['path']);
    }
    case 'selinux': {
      const selinux = obj(body['selinux']);
      return text(obj(selinux?.['bool'])?.['name']) ?? text(obj(selinux?.['enforce'])?.['status']);
    }
    case 'exit': {
      const exit = obj(body['exit']);
      const cause = text(exit?.['cause']);
      const code = text(exit?.['code']);
      return cause === undefined ? code : code === undefined ? cause : `${cause} (${code})`;
    }
    case 'setuid':
    case 'setgid':
    case 'capset': {
      const destination = obj(obj(obj(body['process'])?.['credentials'])?.['destination']);
      if (destination === undefined) return undefined;
      return Object.entries(destination)
        .filter(([, v]) => typeof v !== 'object')
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ');
    }
    default:
      return (
        fileTarget(obj(body['file'])) ?? address(obj(obj(obj(body['network'])?.['destination'])))
      );
  }
}

export function extractRow(body: Json, envelope: Envelope | undefined): RowFields {
  const bodyTime = toEpochMs(body['date']);
  return {
    timeMs: Number.isNaN(bodyTime) ? (envelope?.timeMs ?? Number.NaN) : bodyTime,
    target: targetOf(text(obj(body['evt'])?.['name']), body),
  };
}
