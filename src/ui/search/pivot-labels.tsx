/**
 * The query's process pivots in words, beside the query box (`pivot-label`): "subtree of sh
 * (186886) on web-1" for `@process.subtree:"web-1/186886/…"`. Read from the query in force,
 * so a link shows it too; the query itself stays in the box, editable, and the label goes as
 * soon as the box holds other text than the query it describes.
 */
import { useMemo } from 'react';
import { visibleText, visibleTitle } from '../../lib/visible-text';
import { pivotLabel, readProcessPivots } from '../../query/pivot-labels';
import type { ProcessPivot } from '../../query/pivot-labels';
import { useSearchStore } from '../../state/search-store';
import { useProcessNames } from './use-process-names';

const MEANING: Readonly<Record<ProcessPivot['kind'], string>> = {
  events: 'the events of this process only',
  subtree: 'the events of this process and of every process below it',
};

export function PivotLabels({ isQueryEdited }: { readonly isQueryEdited: boolean }) {
  const query = useSearchStore((s) => s.spec.query);
  const pivots = useMemo(() => readProcessPivots(query), [query]);
  const keys = useMemo(() => pivots.map((p) => p.key), [pivots]);
  const names = useProcessNames(keys);
  if (isQueryEdited) return null;
  return pivots.map((pivot) => {
    const label = visibleText(pivotLabel(pivot, names.get(pivot.key))).text;
    return (
      <span
        key={`${pivot.kind}:${pivot.key}`}
        className="pivot-chip"
        data-testid="pivot-label"
        data-kind={pivot.kind}
        title={visibleTitle(`The query holds ${MEANING[pivot.kind]}: ${pivot.key}`)}
      >
        <span className="pivot-chip-kind">Pivot</span>
        <span className="pivot-chip-text mono">{label}</span>
      </span>
    );
  });
}
