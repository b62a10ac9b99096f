/**
 * One member of the JSON tree: a key with its value, or an array item. Keyed members carry
 * `data-field` = their JSON path with array indices dropped (`process.ancestors.file.path`,
 * `mount.mountpoint.path` for the key `mountpoint.path`); array items do not, as they share
 * their array's path. Containers are collapsible and start open when shallow and small enough
 * (`OpenPolicy`); long child lists are paged. Recursion is bounded by the reader's depth cap:
 * what lies deeper arrives as a `deep` node and is only summarised. Plain values carry their
 * actions (filter in / out, add as a column, copy: `field-actions.tsx`).
 */
import { memo, useState } from 'react';
import type { ReactNode } from 'react';
import { formatInt } from '../../../lib/format';
import { visibleText, visibleTitle } from '../../../lib/visible-text';
import { LongText } from '../../common/long-text';
import { FieldActionsButton, leafTarget, useLeafContextMenu } from './field-actions';
import { childCount, DEFAULT_MAX_DEPTH, nodeSize } from './json-model';
import type { JsonNode } from './json-model';

/** Children shown per container before a "show more" button. */
const CHILD_PAGE = 200;
/** Characters of a string value shown before "show all". */
const STRING_CUT = 500;

interface JsonMemberProps {
  /** Object key, or the item index for array items. */
  readonly label: string;
  readonly isIndex: boolean;
  /** JSON path of this member (the array's path for array items). */
  readonly path: string;
  readonly node: JsonNode;
  readonly depth: number;
  readonly open: OpenPolicy;
}

/**
 * Which containers start open: shallower than `depth`, and small enough (`maxNodes`), except
 * top-level members, which open whatever their size (their children are paged).
 */
export interface OpenPolicy {
  readonly depth: number;
  readonly maxNodes: number;
}

function startsOpen(node: JsonNode, depth: number, open: OpenPolicy): boolean {
  return depth < open.depth && (depth === 1 || nodeSize(node) <= open.maxNodes);
}

function Summary({ node }: { readonly node: JsonNode }) {
  const n = childCount(node);
  if (node.kind === 'object')
    return <span className="jt-summary">{`{…} ${n} ${n === 1 ? 'key' : 'keys'}`}</span>;
  return <span className="jt-summary">{`[…] ${n} ${n === 1 ? 'item' : 'items'}`}</span>;
}

export function JsonLeaf({ node }: { readonly node: JsonNode }) {
  switch (node.kind) {
    case 'string':
      return <LongText className="jt-string" value={node.value} maxChars={STRING_CUT} />;
    case 'number':
      return <span className="jt-number">{node.text}</span>;
    case 'literal':
      return <span className={`jt-literal jt-literal--${node.text}`}>{node.text}</span>;
    case 'deep':
      return (
        <span className="jt-deep">
          … nested deeper than {DEFAULT_MAX_DEPTH} levels ({formatInt(node.chars)} chars, see Raw
          JSON)
        </span>
      );
    default:
      return <Summary node={node} />;
  }
}

interface JsonLeafMemberProps {
  readonly label: string;
  readonly path: string;
  readonly node: JsonNode;
  readonly fieldAttr: string | undefined;
  readonly keyLabel: ReactNode;
}

/** A key (or array index) with a plain value, and the value's actions. */
function JsonLeafMember({ label, path, node, fieldAttr, keyLabel }: JsonLeafMemberProps) {
  const target = leafTarget(path, node);
  const onContextMenu = useLeafContextMenu(target);
  return (
    <div className="jt-item jt-item--leaf" data-field={fieldAttr} onContextMenu={onContextMenu}>
      <span className="jt-spacer" />
      {keyLabel}
      <span className="jt-value">
        <JsonLeaf node={node} />
      </span>
      {target !== undefined && (
        <FieldActionsButton
          target={target}
          label={`${visibleText(path === '' ? label : path, 120).text} value`}
        />
      )}
    </div>
  );
}

export const JsonMember = memo(function JsonMember(props: JsonMemberProps) {
  const { label, isIndex, path, node, depth, open } = props;
  const isContainer = node.kind === 'object' || node.kind === 'array';
  const [isOpen, setOpen] = useState(() => startsOpen(node, depth, open));
  const keyLabel = (
    <span className={isIndex ? 'jt-key jt-key--index' : 'jt-key'} title={visibleTitle(label, 500)}>
      {visibleText(label, 200).text}
    </span>
  );
  const fieldAttr = isIndex ? undefined : path;

  if (!isContainer) {
    return (
      <JsonLeafMember
        label={label}
        path={path}
        node={node}
        fieldAttr={fieldAttr}
        keyLabel={keyLabel}
      />
    );
  }
  const isEmpty = childCount(node) === 0;
  return (
    <div className="jt-item jt-item--container" data-field={fieldAttr}>
      <div className="jt-line">
        {isEmpty ? (
          <span className="jt-spacer" />
        ) : (
          <button
            type="button"
            className="jt-toggle"
            aria-expanded={isOpen}
            aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${visibleText(label, 80).text}`}
            onClick={() => setOpen(!isOpen)}
          >
            {isOpen ? '▾' : '▸'}
          </button>
        )}
        {keyLabel}
        {(!isOpen || isEmpty) && <Summary node={node} />}
      </div>
      {isOpen && !isEmpty && <JsonChildren node={node} path={path} depth={depth + 1} open={open} />}
    </div>
  );
});

interface JsonChildrenProps {
  readonly node: JsonNode;
  readonly path: string;
  readonly depth: number;
  readonly open: OpenPolicy;
}

export function JsonChildren({ node, path, depth, open }: JsonChildrenProps) {
  const [limit, setLimit] = useState(CHILD_PAGE);
  const total = childCount(node);
  const children =
    node.kind === 'object'
      ? node.entries
          .slice(0, limit)
          .map((entry, i) => (
            <JsonMember
              key={i}
              label={entry.key}
              isIndex={false}
              path={path === '' ? entry.key : `${path}.${entry.key}`}
              node={entry.value}
              depth={depth}
              open={open}
            />
          ))
      : node.kind === 'array'
        ? node.items
            .slice(0, limit)
            .map((item, i) => (
              <JsonMember
                key={i}
                label={String(i)}
                isIndex
                path={path}
                node={item}
                depth={depth}
                open={open}
              />
            ))
        : null;
  return (
    <div className={depth === 1 ? 'jt-children jt-children--root' : 'jt-children'}>
      {children}
      {total > limit && (
        <button
          type="button"
          className="link-button jt-more"
          onClick={() => setLimit(limit + CHILD_PAGE)}
        >
          Show {formatInt(Math.min(CHILD_PAGE, total - limit))} more ({formatInt(total - limit)} not
          shown)
        </button>
      )}
    </div>
  );
}
