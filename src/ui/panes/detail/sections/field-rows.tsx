/**
 * The common shape of a small section: an object's keys as labelled rows in a fixed order
 * (a row's value may have its own rendering), then whatever else the object holds. A value
 * that is not an object at all (a body breaking the schema) is shown as it is.
 */
import type { ReactNode } from 'react';
import type { FieldRef } from '../body/field-set';
import { FieldSet } from '../body/field-set';
import { Fact, Facts, OtherFields } from './facts';
import { FieldValue } from './field-value';

export type RowSpec = readonly [key: string, label: string];

interface FieldRowsProps {
  readonly at: FieldRef;
  /** The object's members when the caller already took some of them (shown elsewhere). */
  readonly fields?: FieldSet;
  readonly rows: readonly RowSpec[];
  /** Own renderings of some values, by key (inside the value's `data-field` element). */
  readonly render?: Readonly<Record<string, (ref: FieldRef) => ReactNode>>;
  /** Rows whose value deserves attention, by key. */
  readonly tone?: (ref: FieldRef) => 'problem' | 'warning' | undefined;
}

export function FieldRows({ at, fields, rows, render, tone }: FieldRowsProps) {
  if (at.node.kind !== 'object') return <FieldValue at={at} />;
  const f = fields ?? new FieldSet(at.node, at.path);
  const taken = rows.flatMap(([key, label]) => {
    const ref = f.take(key);
    return ref === undefined ? [] : [{ ref, label }];
  });
  const rest = f.rest();
  return (
    <>
      <Facts>
        {taken.map(({ ref, label }) => {
          const rowTone = tone?.(ref);
          const own =
            render !== undefined && Object.hasOwn(render, ref.key) ? render[ref.key] : undefined;
          return (
            <Fact
              key={ref.key}
              label={label}
              path={ref.path}
              {...(rowTone === undefined ? {} : { tone: rowTone })}
            >
              <FieldValue at={ref}>{own?.(ref)}</FieldValue>
            </Fact>
          );
        })}
      </Facts>
      <OtherFields fields={rest} />
    </>
  );
}
