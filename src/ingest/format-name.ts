/** The name a file's format is shown by, from the shapes of the records it held. */
import type { Shape } from './parse/envelope';

const SHAPE_NAMES: Record<Shape, string> = {
  body: 'event bodies',
  'logs-v2': 'Logs API v2',
  signal: 'Security Signals',
  'logs-v1': 'Logs API v1',
  archive: 'log archive',
  intake: 'agent intake',
  flattened: 'flattened @-keys',
  'unknown-object': 'unrecognised objects',
};

/** The format of a file from the shapes of its records (`none` when it had none). */
export function formatName(shapes: ReadonlySet<Shape>): string {
  return shapes.size === 0 ? 'none' : [...shapes].map((s) => SHAPE_NAMES[s]).join(' + ');
}
