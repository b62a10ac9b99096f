/**
 * A data-quality marker beside the field it concerns: truncated arguments, environment or value,
 * a path that could not be resolved, missing lineage, writable and executable memory. The
 * kind is a fixed word (`data-kind`), never log content.
 */
import type { ReactNode } from 'react';

export type QualityKind =
  | 'args-truncated'
  | 'envs-truncated'
  | 'value-truncated'
  | 'path-resolution'
  | 'missing-lineage'
  | 'writable-executable'
  | 'loaded-from-memory';

interface QualityMarkerProps {
  readonly kind: QualityKind;
  readonly tone?: 'problem' | 'warning' | 'info';
  readonly title?: string;
  readonly children: ReactNode;
}

export function QualityMarker({ kind, tone = 'warning', title, children }: QualityMarkerProps) {
  return (
    <span
      className={`ev-marker ev-marker--${tone}`}
      data-testid="quality-marker"
      data-kind={kind}
      title={title}
    >
      {children}
    </span>
  );
}
