/**
 * How the rule in force decides one event (`rule.explain`), fetched when the selection or the
 * rule in force changes. The answer names its rule: one for another rule is not shown.
 */
import { useEffect, useState } from 'react';
import type { RuleExplanation } from '../../protocol/messages';
import { engine } from '../../state/engine';
import { useDatasetId } from '../../state/ingest-store';
import { useSearchStore } from '../../state/search-store';

interface Held {
  readonly datasetId: number;
  readonly key: number;
  readonly rule: string;
  readonly explanation: RuleExplanation | undefined;
}

export function useRuleExplanation(key: number): RuleExplanation | undefined {
  const rule = useSearchStore((s) => s.summary?.spec.rule ?? '');
  const datasetId = useDatasetId();
  const [held, setHeld] = useState<Held | undefined>(undefined);
  useEffect(() => {
    if (rule === '') return;
    let current = true;
    engine()
      .call('rule.explain', key)
      .then((explanation) => {
        if (current) setHeld({ datasetId, key, rule, explanation });
      })
      .catch(() => {
        // The event or the data set went away meanwhile: nothing to explain.
        if (current) setHeld(undefined);
      });
    return () => {
      current = false;
    };
  }, [rule, key, datasetId]);
  if (rule === '' || held === undefined) return undefined;
  const fresh = held.key === key && held.datasetId === datasetId && held.rule === rule;
  return fresh && held.explanation?.rule === rule ? held.explanation : undefined;
}
