import { describe, expect, it, vi } from 'vitest';
import type { KeyboardEvent } from 'react';
import { handleTableKey } from './table-keys';
import type { TableKeyActions } from './table-keys';

function press(key: string, selected: number | undefined, modifiers: { shiftKey?: boolean } = {}) {
  const actions = {
    totalRows: 100,
    pageRows: 10,
    selectedIndex: () => selected,
    firstVisibleIndex: () => 0,
    selectIndex: vi.fn(),
    openDetail: vi.fn(),
    closeDetail: vi.fn(),
    scrollSideways: vi.fn(),
    moveActiveColumn: vi.fn(),
    filterActiveCell: vi.fn(),
    openCellMenu: vi.fn(),
    toggleStar: vi.fn(),
  } satisfies TableKeyActions;
  const event = {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: modifiers.shiftKey ?? false,
    preventDefault: vi.fn(),
  };
  handleTableKey(event as unknown as KeyboardEvent<HTMLElement>, actions);
  return { actions, isHandled: event.preventDefault.mock.calls.length > 0 };
}

describe('cell keys', () => {
  it('h and l move the active cell', () => {
    expect(press('h', 3).actions.moveActiveColumn).toHaveBeenCalledWith(-1);
    expect(press('l', 3).actions.moveActiveColumn).toHaveBeenCalledWith(1);
  });

  it('f filters in, Shift+F filters out, on a selected row only', () => {
    expect(press('f', 3).actions.filterActiveCell).toHaveBeenCalledWith(false);
    expect(press('F', 3, { shiftKey: true }).actions.filterActiveCell).toHaveBeenCalledWith(true);
    const none = press('f', undefined);
    expect(none.actions.filterActiveCell).not.toHaveBeenCalled();
    expect(none.isHandled).toBe(false);
  });

  it('m, the Menu key and Shift+F10 open the cell menu; F10 alone does not', () => {
    expect(press('m', 3).actions.openCellMenu).toHaveBeenCalled();
    expect(press('ContextMenu', 3).actions.openCellMenu).toHaveBeenCalled();
    expect(press('F10', 3, { shiftKey: true }).actions.openCellMenu).toHaveBeenCalled();
    const plain = press('F10', 3);
    expect(plain.actions.openCellMenu).not.toHaveBeenCalled();
    expect(plain.isHandled).toBe(false);
  });

  it('s stars the selected event; with no selection it is left to the page', () => {
    expect(press('s', 3).actions.toggleStar).toHaveBeenCalled();
    const none = press('s', undefined);
    expect(none.actions.toggleStar).not.toHaveBeenCalled();
    expect(none.isHandled).toBe(false);
  });

  it('j still moves the selection', () => {
    expect(press('j', 3).actions.selectIndex).toHaveBeenCalledWith(4);
  });
});
