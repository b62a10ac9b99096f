/**
 * A process in one line — pid, executable, arguments, user — with its full details on demand.
 * Used for the parent and each ancestor of the lineage. Arguments are joined as a shell
 * would read them back and cut when long (the details list every one).
 */
import type { ReactNode } from 'react';
import type { FieldRef } from '../body/field-set';
import { FieldSet, fieldsOf } from '../body/field-set';
import { stringsOf } from '../body/json-access';
import { commandLine } from '../summary/phrase-helpers';
import { Disclosure } from './disclosure';
import { FieldValue } from './field-value';
import { ProcessFacts } from './process-facts';
import { QualityMarker } from './quality-marker';
import { LongText } from '../../../common/long-text';

const ARGS_CUT = 160;

interface ProcessLineProps {
  readonly at: FieldRef;
  /** `parent`, `grandparent`, `3`, …: the process's place in the lineage. */
  readonly role: ReactNode;
}

export function ProcessLine({ at, role }: ProcessLineProps) {
  const f = new FieldSet(at.node, at.path);
  const pid = f.peek('pid');
  const comm = f.peek('comm');
  const executable = fieldsOf(f.peek('executable'));
  const exePath = executable.peek('path');
  const args = f.peek('args');
  const argsTruncated = f.peek('args_truncated');
  const user = f.peek('user');
  const uid = f.peek('uid');
  const argList = stringsOf(args?.node);
  return (
    <div className="ev-process-line">
      <span className="ev-role">{role}</span>
      {pid !== undefined && (
        <span className="ev-id">
          <span className="ev-dim">pid </span>
          <FieldValue at={pid} />
        </span>
      )}
      {exePath !== undefined ? (
        <FieldValue at={exePath} className="ev-path" />
      ) : (
        comm !== undefined && <FieldValue at={comm} />
      )}
      {args !== undefined &&
        (argList !== undefined ? (
          argList.length > 0 && (
            <FieldValue at={args} className="ev-args">
              <LongText value={commandLine(argList)} maxChars={ARGS_CUT} />
            </FieldValue>
          )
        ) : (
          <FieldValue at={args} />
        ))}
      {argsTruncated?.node.kind === 'literal' && argsTruncated.node.text === 'true' && (
        <QualityMarker kind="args-truncated">args truncated</QualityMarker>
      )}
      {user !== undefined ? (
        <FieldValue at={user} className="ev-user" />
      ) : (
        uid !== undefined && (
          <span className="ev-id ev-user">
            <span className="ev-dim">uid </span>
            <FieldValue at={uid} />
          </span>
        )
      )}
      <Disclosure label="details">{() => <ProcessFacts at={at} withLineage={false} />}</Disclosure>
    </div>
  );
}
