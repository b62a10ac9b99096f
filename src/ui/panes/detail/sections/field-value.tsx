/**
 * One body value in a typed section. The element carries the page test contract's
 * `data-field` (the value's JSON path, array indices dropped), the schema description on
 * hover, the value actions (⋯ button and right-click: filter in / out, add as a column, copy)
 * and the findings that point at it. By default the value is shown as the body holds it:
 * strings as visible text cut with "show all", numbers digit for digit, lists item by item,
 * objects as a small field tree. A section may pass its own rendering as children instead.
 */
import type { ReactNode } from 'react';
import { visibleText, visibleTitle } from '../../../../lib/visible-text';
import { LongText } from '../../../common/long-text';
import { FieldActionsButton, leafTarget, useLeafContextMenu } from '../field-actions';
import type { FieldRef } from '../body/field-set';
import { fieldHint } from '../body/schema-info';
import { JsonChildren, JsonLeaf } from '../json-node';
import type { OpenPolicy } from '../json-node';
import type { JsonNode } from '../json-model';
import { FindingMarks } from './finding-marks';
import { ValueList } from './value-list';
import { useExpandAll } from './view-context';

/** Characters of a string shown before "show all". */
const VALUE_CUT = 300;

const NESTED_OPEN: OpenPolicy = { depth: 4, maxNodes: 300 };
const ALL_OPEN: OpenPolicy = { depth: 1000, maxNodes: 20_000 };

interface FieldValueProps {
  readonly at: FieldRef;
  /** The value's own rendering; by default it is shown as the body holds it. */
  readonly children?: ReactNode;
  readonly className?: string;
  /** Items of a list shown before "show all". */
  readonly listLimit?: number;
}

export function FieldValue({ at, children, className, listLimit }: FieldValueProps) {
  const target = leafTarget(at.path, at.node);
  const onContextMenu = useLeafContextMenu(target);
  return (
    <span
      className={className === undefined ? 'ev-value' : `ev-value ${className}`}
      data-field={at.path}
      title={visibleTitle(fieldHint(at.path))}
      onContextMenu={onContextMenu}
    >
      {children ?? <PlainValue node={at.node} path={at.path} listLimit={listLimit} />}
      {target !== undefined && (
        <FieldActionsButton target={target} label={`${visibleText(at.path, 120).text} value`} />
      )}
      <FindingMarks path={at.path} />
    </span>
  );
}

interface PlainValueProps {
  readonly node: JsonNode;
  readonly path: string;
  readonly listLimit?: number | undefined;
}

/** A value as the body holds it. */
export function PlainValue({ node, path, listLimit }: PlainValueProps) {
  const expandAll = useExpandAll();
  switch (node.kind) {
    case 'string':
      return node.value === '' ? (
        <span className="ev-empty">(empty)</span>
      ) : (
        <LongText className="ev-string" value={node.value} maxChars={VALUE_CUT} />
      );
    case 'number':
      return <span className="ev-number">{node.text}</span>;
    case 'literal':
      return <span className={`ev-literal ev-literal--${node.text}`}>{node.text}</span>;
    case 'array':
      if (node.items.length === 0) return <span className="ev-empty">(none)</span>;
      if (node.items.every((item) => item.kind !== 'object' && item.kind !== 'array'))
        return <ValueList items={node.items} path={path} limit={listLimit} />;
      return <NestedTree node={node} path={path} isOpen={expandAll} />;
    case 'object':
      if (node.entries.length === 0) return <span className="ev-empty">(empty object)</span>;
      return <NestedTree node={node} path={path} isOpen={expandAll} />;
    case 'deep':
      return <JsonLeaf node={node} />;
  }
}

function NestedTree({
  node,
  path,
  isOpen,
}: {
  readonly node: JsonNode;
  readonly path: string;
  readonly isOpen: boolean;
}) {
  return (
    <span className="json-tree ev-nested">
      <JsonChildren node={node} path={path} depth={2} open={isOpen ? ALL_OPEN : NESTED_OPEN} />
    </span>
  );
}
