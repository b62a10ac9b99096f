/**
 * SECL fields common to every event type: `process.*` (with `parent` and `ancestors`),
 * `container.*`, `cgroup.*`, `event.*` (timestamp from `date`, origin and OS from `agent`),
 * and the `network.*` context of network events.
 */
import type { FieldDef } from './field-def';
import { ROOT, boolField, notEvaluable, strField, timeField, under } from './field-def';
import { stringAccess } from './field-access';
import { networkField } from './fields-network';
import { processField } from './fields-process';

export const COMMON_ROOTS: readonly string[] = [
  'process',
  'container',
  'cgroup',
  'event',
  'network',
];

function eventContextField(rest: string): FieldDef | undefined {
  switch (rest) {
    case 'timestamp':
      return timeField(ROOT, 'date');
    case 'async':
      return boolField(ROOT, 'evt.async');
    case 'origin':
    case 'os':
      return { accessor: stringAccess([`agent.${rest}`], 'unknown') };
    case 'hostname':
    case 'service':
      return notEvaluable('string', 'only in the export envelope');
    case 'rule.tags':
      return notEvaluable('string', 'only in the export envelope', true);
    case 'source':
      return notEvaluable('string', 'not in exported events');
    default:
      return undefined;
  }
}

function containerField(rest: string): FieldDef | undefined {
  switch (rest) {
    case 'id':
      return strField(ROOT, 'container.id');
    case 'created_at':
      return timeField(ROOT, 'container.created_at');
    case 'tags':
      return notEvaluable('string', 'container tags are only in the export envelope', true);
    default:
      return undefined;
  }
}

function cgroupField(rest: string): FieldDef | undefined {
  switch (rest) {
    case 'id':
      return strField(ROOT, 'cgroup.id');
    case 'version':
    case 'file.inode':
    case 'file.mount_id':
      return notEvaluable('int', 'not in exported events');
    default:
      return undefined;
  }
}

/** A common field by root and the rest of its name, or `undefined`. */
export function commonField(root: string, rest: string): FieldDef | undefined {
  switch (root) {
    case 'process':
      return processField(rest, under(ROOT, 'process'), { parent: true, ancestors: true });
    case 'container':
      return containerField(rest);
    case 'cgroup':
      return cgroupField(rest);
    case 'event':
      return eventContextField(rest);
    case 'network':
      return networkField(rest, under(ROOT, 'network'));
    default:
      return undefined;
  }
}
