/**
 * The starred-only switch of the search row: on, the view keeps only the events the analyst
 * starred (together with the query and range). Shows how many of the stars this browser
 * holds are events of the open data set.
 */
import { setStarredOnly, useSearchStore } from '../../state/search-store';
import { useStarredHereCount } from '../../state/use-starred-here';

export function StarredFilter() {
  const isOn = useSearchStore((s) => s.spec.starredOnly);
  const count = useStarredHereCount() ?? 0;
  return (
    <button
      type="button"
      className={`button button--small star-toggle${isOn ? ' is-on' : ''}`}
      aria-pressed={isOn}
      data-testid="starred-only"
      title={
        count === 0 && !isOn
          ? 'No starred events in this data set: star one in the event panel (or press s in the table)'
          : 'Show only the starred events of this data set'
      }
      onClick={() => setStarredOnly(!isOn)}
    >
      ★ Starred only{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
