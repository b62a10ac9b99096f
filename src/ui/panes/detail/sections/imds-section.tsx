/**
 * The "Cloud metadata (IMDS)" section: a request to, or a response from, a cloud instance
 * metadata service: provider, URL, host, client and server, and for AWS whether IMDSv2 was
 * used and the (scrubbed) security credentials handed out. Pivots to events asking the same
 * provider or the same URL.
 */
import type { FieldRef } from '../body/field-set';
import type { JsonNode } from '../json-model';
import type { SameValuePivot } from './event-pivots';
import { SameValuePivots } from './event-pivots';
import { Group, Section } from './facts';
import { FieldRows } from './field-rows';
import type { RowSpec } from './field-rows';
import { FieldSet } from '../body/field-set';
import { OtherFields } from './facts';

const IMDS_PIVOTS: readonly SameValuePivot[] = [
  { path: ['imds', 'cloud_provider'], label: (v) => `cloud provider ${v}` },
  { path: ['imds', 'url'], label: (v) => `IMDS URL ${v}` },
];

/** Security credentials, as IMDS hands them out and as a process holds them. */
export const AWS_CREDENTIAL_ROWS: readonly RowSpec[] = [
  ['type', 'Type'],
  ['code', 'Code'],
  ['access_key_id', 'Access key id'],
  ['last_updated', 'Last updated'],
  ['expiration', 'Expires'],
];

function AwsGroup({ at }: { readonly at: FieldRef }) {
  if (at.node.kind !== 'object') return <OtherFields fields={[at]} />;
  const f = new FieldSet(at.node, at.path);
  const credentials = f.take('security_credentials');
  return (
    <Group title="AWS" path={at.path}>
      <FieldRows at={at} fields={f} rows={[['is_imds_v2', 'IMDSv2']]} />
      {credentials !== undefined && (
        <Group title="Security credentials" path={credentials.path}>
          <FieldRows at={credentials} rows={AWS_CREDENTIAL_ROWS} />
        </Group>
      )}
    </Group>
  );
}

export function ImdsSection({ at, body }: { readonly at: FieldRef; readonly body: JsonNode }) {
  const f = at.node.kind === 'object' ? new FieldSet(at.node, at.path) : undefined;
  const aws = f?.take('aws');
  return (
    <Section name="imds" title="Cloud metadata (IMDS)" path={at.path}>
      <SameValuePivots body={body} pivots={IMDS_PIVOTS} />
      <FieldRows
        at={at}
        {...(f === undefined ? {} : { fields: f })}
        rows={[
          ['type', 'Type'],
          ['cloud_provider', 'Cloud provider'],
          ['url', 'URL'],
          ['host', 'Host'],
          ['user_agent', 'User agent'],
          ['server', 'Server'],
        ]}
      />
      {aws !== undefined && <AwsGroup at={aws} />}
    </Section>
  );
}
