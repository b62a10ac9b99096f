/**
 * A list of plain values (arguments, capabilities, flags, BPF helpers) as separate items,
 * each with the value actions of its list's field (`@process.args:value` finds events whose
 * list holds the value). Long lists show their first items and a "show all" button (a
 * thousand more per click for very long ones).
 */
import { useState } from 'react';
import { formatInt } from '../../../../lib/format';
import { visibleText } from '../../../../lib/visible-text';
import { LongText } from '../../../common/long-text';
import { FieldActionsButton, leafTarget, useLeafContextMenu } from '../field-actions';
import type { JsonNode } from '../json-model';
import { useExpandAll } from './view-context';

const DEFAULT_LIMIT = 24;
/**
 * Items added per click past the first ones: rendering a list of 100,000 arguments at once
 * froze the tab for half a minute. Lists up to this many more are shown whole in one click.
 */
const MORE_ITEMS = 1_000;
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
  const [count, setCount] = useState(expandAll ? limit + MORE_ITEMS : limit);
  const shown = items.slice(0, count);
  const rest = items.length - shown.length;
  let more = 'show fewer';
  if (rest > MORE_ITEMS) {
    more = `show ${formatInt(MORE_ITEMS)} more (${formatInt(shown.length)} of ${formatInt(items.length)} shown)`;
  } else if (rest > 0) {
    more = `show all ${formatInt(items.length)}`;
  }
  return (
    <span className="ev-list-wrap">
      <ul className="ev-list">
        {shown.map((item, i) => (
          <ListItem key={i} node={item} path={path} index={i} />
        ))}
      </ul>
      {items.length > limit && (
        <button
          type="button"
          className="link-button ev-list-more"
          onClick={() => setCount(rest > 0 ? count + MORE_ITEMS : limit)}
        >
          {more}
        </button>
      )}
    </span>
  );
}
