/**
 * A process's credentials: real, effective and filesystem user and group as one small table,
 * the effective and permitted capability sets, and — for setuid, setgid and capset events —
 * what the event changed (`credentials.destination`): each new value beside the old one,
 * capabilities as added and dropped.
 */
import { visibleText } from '../../../../lib/visible-text';
import type { FieldRef } from '../body/field-set';
import { FieldSet } from '../body/field-set';
import { member, scalarText, stringsOf } from '../body/json-access';
import { Fact, FactOf, Facts, Group, OtherFields } from './facts';
import { FieldValue } from './field-value';

const CAP_LIMIT = 12;

const ID_ROWS: ReadonlyArray<
  readonly [label: string, uid: string, user: string, gid: string, group: string]
> = [
  ['real', 'uid', 'user', 'gid', 'group'],
  ['effective', 'euid', 'euser', 'egid', 'egroup'],
  ['filesystem', 'fsuid', 'fsuser', 'fsgid', 'fsgroup'],
];

const CHANGE_LABELS: Readonly<Record<string, string>> = {
  uid: 'uid',
  user: 'user',
  euid: 'effective uid',
  euser: 'effective user',
  fsuid: 'filesystem uid',
  fsuser: 'filesystem user',
  gid: 'gid',
  group: 'group',
  egid: 'effective gid',
  egroup: 'effective group',
  fsgid: 'filesystem gid',
  fsgroup: 'filesystem group',
  cap_effective: 'effective caps',
  cap_permitted: 'permitted caps',
};

function NameId({
  name,
  id,
}: {
  readonly name?: FieldRef | undefined;
  readonly id?: FieldRef | undefined;
}) {
  return (
    <>
      {name !== undefined && <FieldValue at={name} />}
      {id !== undefined && (
        <span className="ev-id">
          {name !== undefined && <span className="ev-dim">(</span>}
          <FieldValue at={id} />
          {name !== undefined && <span className="ev-dim">)</span>}
        </span>
      )}
    </>
  );
}

function capCount(ref: FieldRef | undefined): string {
  const caps = stringsOf(ref?.node);
  return caps === undefined ? '' : ` (${caps.length})`;
}

/** What `destination` changed, one row per new value; capabilities as added / dropped. */
function Changes({
  destination,
  before,
}: {
  readonly destination: FieldRef;
  readonly before: FieldRef;
}) {
  const d = new FieldSet(destination.node, destination.path);
  const known = d.takeAll(Object.keys(CHANGE_LABELS));
  const rest = d.rest();
  return (
    <Group title="Changed by this event" path={destination.path}>
      <Facts>
        {known.map((after) => {
          const old = member(before.node, after.key);
          const oldCaps = stringsOf(old);
          const newCaps = stringsOf(after.node);
          if (oldCaps !== undefined && newCaps !== undefined) {
            const added = newCaps.filter((c) => !oldCaps.includes(c));
            const dropped = oldCaps.filter((c) => !newCaps.includes(c));
            return (
              <Fact
                key={after.key}
                label={`${CHANGE_LABELS[after.key] ?? after.key}${capCount(after)}`}
                path={after.path}
              >
                <FieldValue at={after} listLimit={CAP_LIMIT} />
                <span className="ev-cap-change">
                  {added.length > 0 && (
                    <span className="ev-added">+ {visibleText(added.join(', '), 2000).text}</span>
                  )}
                  {dropped.length > 0 && (
                    <span className="ev-dropped">
                      − {visibleText(dropped.join(', '), 2000).text}
                    </span>
                  )}
                </span>
              </Fact>
            );
          }
          const oldText = scalarText(old);
          return (
            <Fact key={after.key} label={CHANGE_LABELS[after.key] ?? after.key} path={after.path}>
              {oldText !== undefined && (
                <span className="ev-before">{visibleText(oldText, 200).text} →</span>
              )}
              <FieldValue at={after} className="ev-after" />
            </Fact>
          );
        })}
      </Facts>
      <OtherFields fields={rest} />
    </Group>
  );
}

export function CredentialsView({ at }: { readonly at: FieldRef }) {
  const f = new FieldSet(at.node, at.path);
  const rows = ID_ROWS.map(([label, uid, user, gid, group]) => ({
    label,
    uid: f.take(uid),
    user: f.take(user),
    gid: f.take(gid),
    group: f.take(group),
  })).filter((r) => r.uid ?? r.user ?? r.gid ?? r.group);
  const capEffective = f.take('cap_effective');
  const capPermitted = f.take('cap_permitted');
  const destination = f.take('destination');
  const auid = f.take('auid');
  const rest = f.rest();
  return (
    <Group title="Credentials" path={at.path}>
      {rows.length > 0 && (
        <table className="ev-creds">
          <thead>
            <tr>
              {/* The corner names nothing: a data cell, not an empty header. */}
              <td />
              <th scope="col">user</th>
              <th scope="col">group</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <NameId name={row.user} id={row.uid} />
                </td>
                <td>
                  <NameId name={row.group} id={row.gid} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Facts>
        <FactOf label="Login uid (auid)" at={auid} />
        <FactOf
          label={`Effective caps${capCount(capEffective)}`}
          at={capEffective}
          listLimit={CAP_LIMIT}
        />
        <FactOf
          label={`Permitted caps${capCount(capPermitted)}`}
          at={capPermitted}
          listLimit={CAP_LIMIT}
        />
      </Facts>
      {destination !== undefined &&
        (destination.node.kind === 'object' ? (
          <Changes destination={destination} before={at} />
        ) : (
          <OtherFields fields={[destination]} />
        ))}
      <OtherFields fields={rest} />
    </Group>
  );
}
