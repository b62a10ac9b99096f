/**
 * What an opened link (or saved view) still waits for: the files it was made on (shown
 * before any data is open, compared with the data once it is), the event it names (found
 * once the data is open), and the notices about it the page shows until dismissed.
 */
import { create } from 'zustand';
import type { FileRef } from '../share/view-link';

export interface LinkNotice {
  readonly id: number;
  readonly tone: 'info' | 'warning';
  readonly title: string;
  readonly lines: readonly string[];
}

interface LinkState {
  /** Files the link was made on; cleared once data is open and has been compared with them. */
  readonly expectedFiles: readonly FileRef[] | undefined;
  /** Baseline files the link compares with; cleared once a baseline is open and compared with them. */
  readonly expectedBaseline: readonly FileRef[] | undefined;
  /** Event id the link selects, until it is found (or found missing) in the open data. */
  readonly pendingSelection: string | undefined;
  readonly notices: readonly LinkNotice[];
}

export const useLinkStore = create<LinkState>(() => ({
  expectedFiles: undefined,
  expectedBaseline: undefined,
  pendingSelection: undefined,
  notices: [],
}));

let nextNoticeId = 1;

export function addLinkNotice(notice: Omit<LinkNotice, 'id'>): void {
  useLinkStore.setState((s) => ({ notices: [...s.notices, { ...notice, id: nextNoticeId++ }] }));
}

export function dismissLinkNotice(id: number): void {
  useLinkStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function expectFiles(expectedFiles: readonly FileRef[] | undefined): void {
  useLinkStore.setState({ expectedFiles });
}

export function expectBaseline(expectedBaseline: readonly FileRef[] | undefined): void {
  useLinkStore.setState({ expectedBaseline });
}

export function awaitSelection(pendingSelection: string | undefined): void {
  useLinkStore.setState({ pendingSelection });
}
