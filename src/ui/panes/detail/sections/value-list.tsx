/**
 * A list of plain values (arguments, capabilities, flags, BPF helpers) as separate items,
 * each with the value actions of its list's field (`@process.args:value` finds events whose
 * list holds the value). Long lists show their first items and a "show all" button (a
 * thousand more per click for very long ones).
 */
import { visibleText } from '../../../../lib/visible-text';
import { LongText } from '../../../common/long-text';
import { FieldActionsButton, leafTarget, useLeafContextMenu } from '../field-actions';
import type { JsonNode } from '../json-model';
import { ShowMoreButton, useShowMore } from './show-more';

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
  const more = useShowMore(items.length, limit, MORE_ITEMS);
  return (
    <span className="ev-list-wrap">
      <ul className="ev-list">
        {items.slice(0, more.count).map((item, i) => (
          <ListItem key={i} node={item} path={path} index={i} />
        ))}
      </ul>
      <ShowMoreButton more={more} className="link-button ev-list-more" />
    </span>
  );
}
