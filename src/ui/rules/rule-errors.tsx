/** Why the submitted rule was not applied, and the rule whose matches stay on screen. */
import { useSearchStore } from '../../state/search-store';
import { TextErrors } from '../search/text-errors';

const NO_ERRORS: readonly never[] = [];

export function RuleErrors({ id }: { readonly id: string }) {
  const errors = useSearchStore((s) => s.summary?.ruleErrors ?? NO_ERRORS);
  const submitted = useSearchStore((s) => s.spec.rule);
  const inForce = useSearchStore((s) => s.summary?.spec.rule ?? '');
  return (
    <TextErrors
      id={id}
      kind="rule"
      errors={errors}
      submitted={submitted}
      inForce={inForce}
      emptyLabel="no rule"
    />
  );
}
