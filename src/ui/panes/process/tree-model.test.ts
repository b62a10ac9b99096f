import { describe, expect, it } from 'vitest';
import type { ProcessNode, ProcessTreeSlice } from '../../../protocol/messages';
import {
  needsChildren,
  nextOffset,
  setExpanded,
  treeFromSlice,
  visibleRows,
  withChildren,
  type TreeRow,
} from './tree-model';

function node(id: number, parentId: number | undefined, childCount = 0): ProcessNode {
  return {
    id,
    key: `h/${id}//`,
    parentId,
    isExecImage: false,
    pid: id * 10,
    ppid: undefined,
    uid: undefined,
    host: 'h',
    comm: `p${id}`,
    executable: '',
    args: [],
    argsTruncated: false,
    user: '',
    containerId: '',
    forkTime: '',
    execTime: '',
    exitTime: '',
    ownEvents: 1,
    subtreeEvents: 1,
    childCount,
    descendantCount: childCount,
  };
}

const show = (rows: TreeRow[]) =>
  rows.map((r) =>
    r.kind === 'node' ? `${'  '.repeat(r.depth)}${r.id}` : `${'  '.repeat(r.depth)}+${r.remaining}`,
  );

// 1 ─ 2 ─ 4 (the event's process, with children 5 and 6)
//   └ 3     (and 98 more children of 1 past the prefix)
const slice: ProcessTreeSlice = {
  datasetId: 1,
  eventKey: 0,
  focusId: 4,
  lineage: [1, 2, 4],
  nodes: [
    node(1, undefined, 101),
    node(2, 1, 1),
    node(3, 1, 0),
    node(4, 2, 2),
    node(5, 4, 3),
    node(6, 4),
  ],
  childrenShown: { 1: [3, 2], 2: [4], 4: [5, 6] },
  subtreeNodesCut: 3,
};

describe('process tree model', () => {
  it('opens the lineage and the event subtree, with a "more" line for cut lists', () => {
    const model = treeFromSlice(slice);
    expect(show(visibleRows(model))).toEqual([
      '1',
      '  3',
      '  2',
      '    4',
      '      5',
      '      6',
      '  +99',
    ]);
    expect(model.focusId).toBe(4);
  });

  it('treats a lineage child at the end of a partial list as past the prefix', () => {
    const model = treeFromSlice(slice);
    expect(nextOffset(model, 1)).toBe(1);
    expect(nextOffset(model, 4)).toBe(2);
  });

  it('continues the prefix with a fetched page and keeps the lineage child once', () => {
    const page = [node(2, 1, 1), node(7, 1), node(8, 1)];
    const model = withChildren(treeFromSlice(slice), 1, 1, page);
    expect(model.children.get(1)).toEqual({ ids: [3, 2, 7, 8], prefix: 4 });
    expect(
      show(visibleRows(model)).filter((r) => r.startsWith('  ') && !r.startsWith('    ')),
    ).toEqual(['  3', '  2', '  7', '  8', '  +97']);
  });

  it('keeps a lineage child that lies past a fetched page after it', () => {
    const model = withChildren(treeFromSlice(slice), 1, 1, [node(7, 1)]);
    expect(model.children.get(1)).toEqual({ ids: [3, 7, 2], prefix: 2 });
  });

  it('needs children only for a closed node with unknown children', () => {
    const model = treeFromSlice(slice);
    expect(needsChildren(model, 5)).toBe(true);
    expect(needsChildren(model, 6)).toBe(false);
    expect(needsChildren(model, 4)).toBe(false);
    const opened = withChildren(model, 5, 0, [node(9, 5), node(10, 5), node(11, 5)]);
    expect(show(visibleRows(opened))).toContain('        11');
    expect(needsChildren(opened, 5)).toBe(false);
  });

  it('collapses and reopens without fetching again', () => {
    const model = setExpanded(treeFromSlice(slice), 2, false);
    expect(show(visibleRows(model))).toEqual(['1', '  3', '  2', '  +99']);
    expect(show(visibleRows(setExpanded(model, 2, true)))).toHaveLength(7);
  });

  it('places each node among all its siblings, loaded or not (aria-posinset / setsize)', () => {
    const places = (rows: TreeRow[]) =>
      rows.map((r) => (r.kind === 'node' ? `${r.id}:${r.posInSet}/${r.setSize}` : 'more'));
    expect(places(visibleRows(treeFromSlice(slice)))).toEqual([
      '1:1/1',
      '3:1/101',
      '2:2/101',
      '4:1/1',
      '5:1/2',
      '6:2/2',
      'more',
    ]);
    const page = [node(7, 1), node(2, 1, 1), node(8, 1)];
    const more = withChildren(treeFromSlice(slice), 1, 1, page);
    expect(places(visibleRows(more)).slice(0, 3)).toEqual(['1:1/1', '3:1/101', '7:2/101']);
    expect(places(visibleRows(more))).toContain('2:3/101');
  });

  it('lists a lineage of 10,000 ancestors, the oldest first and the event process last', () => {
    const count = 10_000;
    const chain = Array.from({ length: count + 1 }, (_, i) =>
      node(i + 1, i === 0 ? undefined : i, i < count ? 1 : 0),
    );
    const childrenShown = Object.fromEntries(chain.slice(0, count).map((n) => [n.id, [n.id + 1]]));
    const deep = treeFromSlice({
      ...slice,
      focusId: count + 1,
      lineage: chain.map((n) => n.id),
      nodes: chain,
      childrenShown,
    });
    const rows = visibleRows(deep);
    expect(rows).toHaveLength(count + 1);
    expect(rows[0]).toEqual({ kind: 'node', id: 1, depth: 0, posInSet: 1, setSize: 1 });
    expect(rows[count]).toEqual({
      kind: 'node',
      id: count + 1,
      depth: count,
      posInSet: 1,
      setSize: 1,
    });
  });

  it('shows nothing without a process', () => {
    const empty = treeFromSlice({
      ...slice,
      focusId: undefined,
      lineage: [],
      nodes: [],
      childrenShown: {},
    });
    expect(visibleRows(empty)).toEqual([]);
  });
});
