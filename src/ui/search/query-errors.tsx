/** Why the submitted query was not applied, and the query whose results stay on screen. */
import { useSearchStore } from '../../state/search-store';
import { TextErrors } from './text-errors';

export function QueryErrors({ id }: { readonly id: string }) {
  const errors = useSearchStore((s) => s.errors);
  const submitted = useSearchStore((s) => s.spec.query);
  const inForce = useSearchStore((s) => s.summary?.spec.query);
  return (
    <TextErrors
      id={id}
      kind="query"
      errors={errors}
      submitted={submitted}
      inForce={inForce}
      emptyLabel="all events"
    />
  );
}
