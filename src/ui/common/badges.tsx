/**
 * Small status badges shared by the table and the detail pane: validity class and outcome.
 * Class names come from a fixed map, never from log content.
 */
import type { Validity } from '../../protocol/messages';
import { visibleText } from '../../lib/visible-text';

const VALIDITY_LABEL: Readonly<Record<Validity, string>> = {
  valid: 'valid',
  drift: 'drift',
  invalid: 'invalid',
};

const VALIDITY_HINT: Readonly<Record<Validity, string>> = {
  valid: 'The event body matches the schema',
  drift: 'Only unknown properties (often a newer agent)',
  invalid: 'The event body breaks the schema',
};

/** What a validity class means, for titles. */
export function validityHint(validity: Validity): string {
  return VALIDITY_HINT[validity];
}

export function ValidityBadge({ validity }: { readonly validity: Validity }) {
  // Only the three known classes ever reach the class attribute.
  if (!(validity in VALIDITY_LABEL)) return <span className="badge badge--invalid">?</span>;
  return (
    <span className={`badge badge--${validity}`} title={VALIDITY_HINT[validity]}>
      {VALIDITY_LABEL[validity]}
    </span>
  );
}

type OutcomeTone = 'success' | 'refused' | 'error' | 'other';

/** CWS outcomes are `Success`, `Refused` and `Error`; anything else is shown as is. */
export function outcomeTone(outcome: string): OutcomeTone {
  switch (outcome.toLowerCase()) {
    case 'success':
      return 'success';
    case 'refused':
      return 'refused';
    case 'error':
      return 'error';
    default:
      return 'other';
  }
}

export function OutcomeLabel({ outcome }: { readonly outcome: string }) {
  if (outcome === '') return <span className="dim">—</span>;
  const text = visibleText(outcome, 40).text;
  return (
    <span className={`outcome outcome--${outcomeTone(outcome)}`} title={text}>
      {text}
    </span>
  );
}
