/**
 * Quiet notes under the query box about how the view was answered: fields that were not
 * indexed and had to be read from the raw events (and how long that took, shown while that
 * view stays the one asked for), and fields being added to the index right now (with progress).
 */
import { formatCount, formatDuration, formatInt } from '../../lib/format';
import { useIngestStore } from '../../state/ingest-store';
import { useSlowNote } from './use-slow-note';

function fieldList(fields: readonly string[]): string {
  return fields.join(', ');
}

function SlowFieldsNote() {
  const note = useSlowNote();
  if (note === undefined) return null;
  const verb = note.fields.length === 1 ? 'was' : 'were';
  return (
    <p className="search-note" data-testid="slow-fields-note">
      {fieldList(note.fields)} {verb} not indexed: read from the raw events,{' '}
      {formatDuration(note.elapsedMs)}
    </p>
  );
}

function IndexingNote() {
  const indexing = useIngestStore((s) => s.progress.indexing);
  if (indexing === undefined) return null;
  return (
    <p className="search-note search-note--busy" data-testid="indexing-note">
      Indexing {fieldList(indexing.fields)}: {formatInt(indexing.done)} of{' '}
      {formatCount(indexing.total, 'event')}
      <progress className="search-note-progress" max={indexing.total} value={indexing.done} />
    </p>
  );
}

export function SearchNotes() {
  return (
    <>
      <IndexingNote />
      <SlowFieldsNote />
    </>
  );
}
