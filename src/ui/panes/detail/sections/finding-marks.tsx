/**
 * Schema findings shown beside the field (or group) they point at: a small mark with the
 * keyword, the messages on hover. Unknown properties (drift) and real violations differ in
 * colour only through fixed class names, never through log content.
 */
import { visibleText, visibleTitle } from '../../../../lib/visible-text';
import { useFindings } from './view-context';

export function FindingMarks({ path }: { readonly path: string }) {
  const findings = useFindings(path);
  if (findings.length === 0) return null;
  const isDrift = findings.every((f) => f.keyword === 'additionalProperties');
  const hint = findings.map((f) => `${f.keyword}: ${f.message}`).join('\n');
  const keywords = [...new Set(findings.map((f) => f.keyword))].join(', ');
  return (
    <span
      className={`ev-finding ev-finding--${isDrift ? 'drift' : 'invalid'}`}
      data-testid="field-finding"
      title={visibleTitle(hint)}
    >
      {isDrift ? 'drift' : `⚠ ${visibleText(keywords, 80).text}`}
    </span>
  );
}
