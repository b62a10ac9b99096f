/**
 * The starred-only switch of the search row: on, the view keeps only the events the analyst
 * starred (together with the query and range). Shows how many stars this browser holds.
 */
import { useStarredCount } from '../../state/annotation-store';
import { setStarredOnly, useSearchStore } from '../../state/search-store';

export function StarredFilter() {
  const isOn = useSearchStore((s) => s.spec.starredOnly);
  const count = useStarredCount();
  return (
    <button
      type="button"
      className={`button button--small star-toggle${isOn ? ' is-on' : ''}`}
      aria-pressed={isOn}
      data-testid="starred-only"
      title={
        count === 0 && !isOn
          ? 'No starred events yet: star one in the event panel (or press s in the table)'
          : 'Show only the starred events'
      }
      onClick={() => setStarredOnly(!isOn)}
    >
      ★ Starred only{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
