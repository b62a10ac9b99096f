/**
 * The event body as a tree of fields (see `json-node.tsx` for the `data-field` contract).
 * The body arrives read by the exact-number, depth-capped reader of `json-model.ts`.
 * The tree hosts the value-actions menu of its leaves (`field-actions.tsx`).
 */
import { useState } from 'react';
import { FieldActionsContext, useFieldActionsHost } from './field-actions';
import { JsonChildren, JsonLeaf } from './json-node';
import type { OpenPolicy } from './json-node';
import type { ParsedBody } from './parsed-body';

/** Deep enough for `process.ancestors.file.path`; small enough to render at once. */
const DEFAULT_OPEN: OpenPolicy = { depth: 6, maxNodes: 4000 };
const ALL_OPEN: OpenPolicy = { depth: 1000, maxNodes: 20_000 };
const NONE_OPEN: OpenPolicy = { depth: 1, maxNodes: 0 };

export function JsonTree({ parsed }: { readonly parsed: ParsedBody }) {
  // `generation` remounts the tree so every container takes the chosen policy again.
  const [view, setView] = useState({ open: DEFAULT_OPEN, generation: 0 });
  const actions = useFieldActionsHost();
  const choose = (open: OpenPolicy) => setView((v) => ({ open, generation: v.generation + 1 }));

  if (parsed.node === undefined) {
    return (
      <p className="notice notice--warn">
        The event body could not be shown as a tree ({parsed.error}). The Raw JSON tab shows it as
        text.
      </p>
    );
  }
  const root = parsed.node;
  const isContainer = root.kind === 'object' || root.kind === 'array';
  return (
    <div className="json-tree">
      <div className="jt-actions">
        <button type="button" className="link-button" onClick={() => choose(ALL_OPEN)}>
          Expand all
        </button>
        <button type="button" className="link-button" onClick={() => choose(NONE_OPEN)}>
          Collapse all
        </button>
        <button type="button" className="link-button" onClick={() => choose(DEFAULT_OPEN)}>
          Default
        </button>
      </div>
      <FieldActionsContext value={actions.openMenu}>
        {isContainer ? (
          <JsonChildren key={view.generation} node={root} path="" depth={1} open={view.open} />
        ) : (
          <JsonLeaf node={root} />
        )}
      </FieldActionsContext>
      {actions.menu}
    </div>
  );
}
