/**
 * The lineage the event itself carries: `process.ancestors`, parent first (ancestors[0] is
 * the parent), one line per process. This is the event's own view, not the process forest
 * built across events. Missing lineage is said out loud, with the usual reasons (pid 1 has
 * no parent; kernel workers carry none).
 */
import { formatInt } from '../../../../lib/format';
import type { FieldRef } from '../body/field-set';
import { isTrue, member, scalarText } from '../body/json-access';
import type { JsonNode } from '../json-model';
import { Fact, Facts } from './facts';
import { FieldValue } from './field-value';
import { ProcessLine } from './process-line';
import { QualityMarker } from './quality-marker';
import { ShowMoreButton, useShowMore } from './show-more';

const SHOWN = 20;
/** Ancestors added per click past the first ones (thousands at once would freeze the tab). */
const MORE_ANCESTORS = 1_000;

function roleOf(index: number): string {
  if (index === 0) return 'parent';
  if (index === 1) return 'grandparent';
  return `${index + 1} up`;
}

/** Why a process may have no lineage, when the body says so. */
function missingReason(process: JsonNode | undefined): string {
  if (scalarText(member(process, 'pid')) === '1') return ' (pid 1, init, has no parent)';
  if (isTrue(member(process, 'is_kworker'))) return ' (kernel worker)';
  return '';
}

interface LineageListProps {
  /** `ancestors` of the process, when present. */
  readonly at: FieldRef | undefined;
  /** The process itself (field path and node), to name the list and explain a gap. */
  readonly process: FieldRef;
}

export function LineageList({ at, process }: LineageListProps) {
  const total = at?.node.kind === 'array' ? at.node.items.length : 0;
  const more = useShowMore(total, SHOWN, MORE_ANCESTORS, 'ancestors');
  const ancestorsPath = `${process.path}.ancestors`;
  if (at === undefined) {
    return (
      <div className="ev-lineage-missing">
        <QualityMarker
          kind="missing-lineage"
          title={`The event has no ${ancestorsPath}: who started this process is not recorded here.`}
        >
          no lineage{missingReason(process.node)}
        </QualityMarker>
      </div>
    );
  }
  if (at.node.kind !== 'array') {
    return (
      <Facts>
        <Fact label="Lineage" path={at.path}>
          <FieldValue at={at} />
        </Fact>
      </Facts>
    );
  }
  const items = at.node.items;
  const shown = items.slice(0, more.count);
  return (
    <div className="ev-lineage" data-field={at.path}>
      <h4 className="ev-group-title">
        Lineage <span className="ev-dim">from the event · {formatInt(items.length)}</span>
      </h4>
      {items.length === 0 ? (
        <QualityMarker kind="missing-lineage">empty lineage</QualityMarker>
      ) : (
        <ol className="ev-lineage-list" data-testid="lineage-list">
          {shown.map((node, i) => (
            <li
              key={i}
              className="ev-lineage-item"
              data-testid="lineage-item"
              data-pid={scalarText(member(node, 'pid'))}
            >
              <ProcessLine at={{ path: at.path, key: String(i), node }} role={roleOf(i)} />
            </li>
          ))}
        </ol>
      )}
      <ShowMoreButton more={more} />
    </div>
  );
}
