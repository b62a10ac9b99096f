/**
 * The "File" section: the file the event touched (`file`, the schema's FileEvent). With a
 * `file.destination` the two sides show as columns: source → destination for rename and
 * link, before → after for chmod, chown, utimes and xattr changes. FileEvent's own extras
 * (new mount id, device, filesystem type) follow.
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet, fieldsOf } from '../body/field-set';
import { FactOf, OtherFields, Section } from './facts';
import { FieldValue } from './field-value';
import { FileCompare, FileFacts, takeCompareRows } from './file-facts';

/** Column headings of the comparison: a second file, or the same file after the change. */
function compareHeadings(eventName: string): readonly [string, string] {
  return eventName === 'rename' || eventName === 'link'
    ? ['source', 'destination']
    : ['before', 'after (destination)'];
}

interface FileSectionProps {
  readonly at: FieldRef;
  readonly eventName: string;
}

export function FileSection({ at, eventName }: FileSectionProps) {
  if (at.node.kind !== 'object') {
    return (
      <Section name="file" title="File" path={at.path}>
        <FieldValue at={at} />
      </Section>
    );
  }
  const f = new FieldSet(at.node, at.path);
  const destination = f.take('destination');
  const extras = f.takeAll(['new_mount_id', 'group_id', 'device', 'fstype']);
  const extraRows = extras.map((ref) => (
    <FactOf key={ref.key} label={EXTRA_LABELS[ref.key] ?? ref.key} at={ref} />
  ));
  if (destination === undefined || destination.node.kind !== 'object') {
    return (
      <Section name="file" title="File" path={at.path}>
        <FileFacts fields={f} extra={extraRows} />
        {destination !== undefined && <OtherFields fields={[destination]} />}
      </Section>
    );
  }
  const right = fieldsOf(destination);
  const rows = takeCompareRows(f, right);
  return (
    <Section name="file" title="File" path={at.path}>
      <div className="ev-group" data-field={destination.path}>
        <FileCompare rows={rows} headings={compareHeadings(eventName)} />
      </div>
      <OtherFields fields={[...f.rest(), ...right.rest()]} />
      {extraRows.length > 0 && <dl className="ev-facts">{extraRows}</dl>}
    </Section>
  );
}

const EXTRA_LABELS: Readonly<Record<string, string>> = {
  new_mount_id: 'New mount id',
  group_id: 'Group id',
  device: 'Device',
  fstype: 'Filesystem type',
};
