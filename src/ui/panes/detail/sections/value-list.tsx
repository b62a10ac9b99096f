/**
 * A list of plain values (arguments, capabilities, flags, BPF helpers) as separate items,
 * each with the value actions of its list's field (`@process.args:value` finds events whose
 * list holds the value). Long lists show their first items and a "show all" button.
 */
import { useState } from 'react';
import { formatInt } from '../../../../lib/format';
import { visibleText } from '../../../../lib/visible-text';
import { LongText } from '../../../common/long-text';
import { FieldActionsButton, leafTarget, useLeafContextMenu } from '../field-actions';
import type { JsonNode } from '../json-model';
import { useExpandAll } from './view-context';

const DEFAULT_LIMIT = 24;
/** Characters of one item shown before "show all". */
const ITEM_CUT = 300;

interface ValueListProps {
  readonly items: readonly JsonNode[];
  readonly path: string;
  readonly limit?: number | undefined;
}

function ListItem({ node, path, index }: { node: JsonNode; path: string; index: number }) {
  const target = leafTarget(path, node);
  const onContextMenu = useLeafContextMenu(target);
  let content;
  switch (node.kind) {
    case 'string':
      content = <LongText className="ev-string" value={node.value} maxChars={ITEM_CUT} />;
      break;
    case 'number':
      content = <span className="ev-number">{node.text}</span>;
      break;
    case 'literal':
      content = <span className="ev-literal">{node.text}</span>;
      break;
    default:
      content = <span className="ev-empty">(nested value, see the Tree tab)</span>;
  }
  return (
    <li className="ev-item" onContextMenu={onContextMenu}>
      {content}
      {target !== undefined && (
        <FieldActionsButton
          target={target}
          label={`${visibleText(path, 120).text} item ${index + 1}`}
        />
      )}
    </li>
  );
}

export function ValueList({ items, path, limit = DEFAULT_LIMIT }: ValueListProps) {
  const expandAll = useExpandAll();
  const [isAll, setAll] = useState(expandAll);
  const shown = isAll ? items : items.slice(0, limit);
  return (
    <span className="ev-list-wrap">
      <ul className="ev-list">
        {shown.map((item, i) => (
          <ListItem key={i} node={item} path={path} index={i} />
        ))}
      </ul>
      {items.length > limit && (
        <button type="button" className="link-button ev-list-more" onClick={() => setAll(!isAll)}>
          {isAll ? 'show fewer' : `show all ${formatInt(items.length)}`}
        </button>
      )}
    </span>
  );
}
