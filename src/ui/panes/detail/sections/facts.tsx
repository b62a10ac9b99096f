/**
 * Layout of a typed section: a section with its title, and label / value rows. A row's label
 * shows the schema description of its field on hover. `FactOf` renders nothing for an absent
 * field, so sections list what they could show and the body decides what appears.
 * `NameIdFact` shows a name with its id in one row. `OtherFields` lists the members a section's layout did not place, so nothing is dropped.
 */
import type { ReactNode } from 'react';
import { visibleText, visibleTitle } from '../../../../lib/visible-text';
import type { FieldRef } from '../body/field-set';
import { fieldHint, isDescribedPath } from '../body/schema-info';
import { FieldValue } from './field-value';
import { FindingMarks } from './finding-marks';

interface SectionProps {
  /** Stable name for tests and styling (`process`, `file`, …). */
  readonly name: string;
  readonly title: ReactNode;
  /** Field path of the object the section shows, for its findings. */
  readonly path?: string;
  readonly note?: ReactNode;
  readonly children: ReactNode;
}

export function Section({ name, title, path, note, children }: SectionProps) {
  return (
    <section className="ev-section" data-testid="detail-section" data-section={name}>
      <h3 className="section-title ev-section-title">
        {title}
        {path !== undefined && <FindingMarks path={path} />}
        {note !== undefined && <span className="ev-section-note">{note}</span>}
      </h3>
      {children}
    </section>
  );
}

/** A titled group inside a section (credentials, the executable's file, …). */
export function Group({
  title,
  path,
  children,
}: {
  readonly title: ReactNode;
  readonly path: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="ev-group" data-field={path}>
      <h4 className="ev-group-title" title={visibleTitle(fieldHint(path))}>
        {title}
        <FindingMarks path={path} />
      </h4>
      {children}
    </div>
  );
}

export function Facts({ children }: { readonly children: ReactNode }) {
  return <dl className="ev-facts">{children}</dl>;
}

interface FactProps {
  readonly label: ReactNode;
  /** The field the label stands for, for its description on hover. */
  readonly path?: string | undefined;
  /** `problem` highlights the row (a path-resolution error, writable+executable memory). */
  readonly tone?: 'problem' | 'warning';
  readonly children: ReactNode;
}

export function Fact({ label, path, tone, children }: FactProps) {
  return (
    <div className={tone === undefined ? 'ev-fact' : `ev-fact ev-fact--${tone}`}>
      <dt title={path === undefined ? undefined : visibleTitle(fieldHint(path))}>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface FactOfProps {
  readonly label: ReactNode;
  readonly at: FieldRef | undefined;
  readonly tone?: 'problem' | 'warning';
  /** Custom rendering of the value (inside its `data-field` element). */
  readonly children?: ReactNode;
  readonly listLimit?: number;
}

/** A row for one field; nothing when the body lacks it. */
export function FactOf({ label, at, tone, children, listLimit }: FactOfProps) {
  if (at === undefined) return null;
  return (
    <Fact label={label} path={at.path} {...(tone === undefined ? {} : { tone })}>
      <FieldValue at={at} {...(listLimit === undefined ? {} : { listLimit })}>
        {children}
      </FieldValue>
    </Fact>
  );
}

/** Members the section's layout did not place, by key, marked when the schema lacks them. */
/**
 * A row for a name and its numeric id (`root` `uid 0`, an owner, a group): shown when either
 * is present, labelled by the name's field (else the id's).
 */
export function NameIdFact({
  label,
  name,
  id,
  idLabel,
}: {
  readonly label: string;
  readonly name: FieldRef | undefined;
  readonly id: FieldRef | undefined;
  readonly idLabel: string;
}) {
  const shown = name ?? id;
  if (shown === undefined) return null;
  return (
    <Fact label={label} path={shown.path}>
      {name !== undefined && <FieldValue at={name} />}
      {id !== undefined && (
        <span className="ev-id">
          <span className="ev-dim">{idLabel} </span>
          <FieldValue at={id} />
        </span>
      )}
    </Fact>
  );
}

export function OtherFields({ fields }: { readonly fields: readonly FieldRef[] }) {
  if (fields.length === 0) return null;
  return (
    <Facts>
      {fields.map((f, i) => (
        <Fact
          key={i}
          path={f.path}
          label={
            <>
              <span className="ev-key">{visibleText(f.key, 120).text}</span>
              {!isDescribedPath(f.path) && (
                <span className="ev-unknown-tag">not in the schema</span>
              )}
            </>
          }
        >
          <FieldValue at={f} />
        </Fact>
      ))}
    </Facts>
  );
}
