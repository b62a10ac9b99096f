/**
 * Value actions in the field tree: each leaf value has a ⋯ button (and answers a
 * right-click) that opens the same menu as a table cell — filter in, filter out, add the
 * field as a column, copy. The field is `@` + the member's JSON path (an array item acts on
 * its array's path: `@process.args:value` finds events whose list holds the value).
 *
 * The tree provides one opener through context, so the recursive members need no extra
 * props; the tree draws the menu (`useFieldActionsHost`).
 */
import { createContext, useCallback, useContext, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { FieldMenu } from '../../table/field-menu';
import type { FieldTarget } from '../../table/field-menu';
import { anchorBelow } from '../../table/popup-menu';
import type { MenuAnchor } from '../../table/popup-menu';
import type { JsonNode } from './json-model';

type OpenFieldMenu = (target: FieldTarget, anchor: MenuAnchor) => void;

export const FieldActionsContext = createContext<OpenFieldMenu | undefined>(undefined);

/** Body paths that read back as a query field; keys with spaces or quotes do not. */
const PLAIN_PATH = /^[A-Za-z0-9_][\w.-]*$/;

/** The action target of a leaf at `path`, or undefined for values with no actions. */
export function leafTarget(path: string, node: JsonNode): FieldTarget | undefined {
  let value: string;
  switch (node.kind) {
    case 'string':
      value = node.value;
      break;
    case 'number':
      value = node.text;
      break;
    case 'literal':
      if (node.text === 'null') return undefined;
      value = node.text;
      break;
    default:
      return undefined;
  }
  const field = PLAIN_PATH.test(path) ? `@${path}` : undefined;
  return { field, value, canFilter: field !== undefined && value !== '' };
}

/** The tree's side: the opener to provide (`FieldActionsContext`) and the open menu. */
export function useFieldActionsHost(): {
  readonly openMenu: OpenFieldMenu;
  readonly menu: ReactNode;
} {
  const [open, setOpen] = useState<{ target: FieldTarget; anchor: MenuAnchor } | undefined>();
  // A second press on the same ⋯ button closes its menu.
  const openMenu = useCallback<OpenFieldMenu>(
    (target, anchor) =>
      setOpen((current) =>
        anchor.opener !== undefined && current?.anchor.opener === anchor.opener
          ? undefined
          : { target, anchor },
      ),
    [],
  );
  const close = useCallback(() => setOpen(undefined), []);
  const menu =
    open === undefined ? null : (
      <FieldMenu target={open.target} anchor={open.anchor} onClose={close} />
    );
  return { openMenu, menu };
}

/** Right-click on a leaf: its menu at the pointer. */
export function useLeafContextMenu(target: FieldTarget | undefined) {
  const openMenu = useContext(FieldActionsContext);
  return (event: MouseEvent) => {
    if (target === undefined || openMenu === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    openMenu(target, { x: event.clientX, y: event.clientY });
  };
}

export function FieldActionsButton({
  target,
  label,
}: {
  readonly target: FieldTarget;
  /** What the actions are about, for the accessible name (visible text already). */
  readonly label: string;
}) {
  const openMenu = useContext(FieldActionsContext);
  if (openMenu === undefined) return null;
  return (
    <button
      type="button"
      className="jt-act"
      data-testid="field-actions"
      aria-haspopup="menu"
      aria-label={`Actions on ${label}`}
      title="Filter in or out, add as a column, copy"
      onClick={(event) => openMenu(target, anchorBelow(event.currentTarget))}
    >
      ⋯
    </button>
  );
}
