/**
 * The SECL fields for the rule box's suggestions, asked of the engine once (the first time
 * the rule box needs them) and kept for the page's life: the list never changes.
 */
import { useEffect, useState } from 'react';
import { engine } from '../../state/engine';
import type { FieldInfo } from '../common/field-catalog';
import { seclCatalog } from './secl-catalog';

let asked: Promise<readonly FieldInfo[]> | undefined;

function askCatalog(): Promise<readonly FieldInfo[]> {
  asked ??= engine()
    .call('rule.fields')
    .then(seclCatalog)
    .catch(() => {
      asked = undefined; // asked again next time (the engine may have been restarted)
      return [];
    });
  return asked;
}

/** The catalog, empty until it has arrived; asked for only while `isNeeded`. */
export function useSeclCatalog(isNeeded: boolean): readonly FieldInfo[] {
  const [catalog, setCatalog] = useState<readonly FieldInfo[]>([]);
  useEffect(() => {
    if (!isNeeded || catalog.length > 0) return;
    let isCurrent = true;
    void askCatalog().then((fields) => {
      if (isCurrent) setCatalog(fields);
    });
    return () => {
      isCurrent = false;
    };
  }, [isNeeded, catalog.length]);
  return catalog;
}
