/**
 * Deterministic opaque log ids in the style of Datadog log ids (`AQAAAY…`, URL-safe base64),
 * unique per event index within a run.
 */
import { hashString } from './prng';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function encode(value: number, digits: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < digits; i++) {
    out = (B64[v % 64] ?? 'A') + out;
    v = Math.floor(v / 64);
  }
  return out;
}

/** A 38-character id from the run seed, the event index and its time. */
export function logId(seed: number, index: number, timeMs: number): string {
  const a = hashString(`${seed}:${index}`);
  const b = hashString(`${index}:${timeMs}`, a);
  return `AQAAAY${encode(timeMs, 8)}AAAAAB${encode(index, 6)}${encode(a, 6)}${encode(b, 6)}`;
}
