/**
 * The "Raw JSON" view: the body as pretty JSON text, with copy of the whole event, copy as
 * one NDJSON line (exact: only whitespace is removed), and copy of one value picked by path
 * (`process.args[0]`, `mount["mountpoint.path"]`; strings are copied unquoted).
 */
import { useId, useMemo, useState } from 'react';
import { formatInt } from '../../../../lib/format';
import { visibleText } from '../../../../lib/visible-text';
import { BlockText } from '../../../common/block-text';
import { CopyButton } from '../../../common/copy-button';
import type { JsonNode } from '../json-model';
import { compactJsonLine } from '../../../../export/lossless-json';
import { writeJson } from './json-write';
import { valuePaths } from './value-paths';

/** Paths offered as suggestions (typing any other path still works). */
const SUGGESTIONS = 2000;

/** What "copy value" puts on the clipboard: a string's text, any other value as JSON. */
function copyText(node: JsonNode): string | undefined {
  return node.kind === 'string' ? node.value : writeJson(node);
}

function ValuePicker({ body }: { readonly body: JsonNode }) {
  const listId = useId();
  const [path, setPath] = useState('');
  const paths = useMemo(() => valuePaths(body), [body]);
  const suggestions = useMemo(() => [...paths.keys()].slice(0, SUGGESTIONS), [paths]);
  const wanted = path.trim();
  const node = wanted === '' ? undefined : paths.get(wanted);
  const text = node === undefined ? undefined : copyText(node);
  return (
    <div className="copy-value">
      <label className="copy-value-label">
        Copy one value
        <input
          className="copy-value-input"
          data-testid="copy-value-path"
          list={listId}
          value={path}
          placeholder="process.executable.path"
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setPath(event.target.value)}
        />
      </label>
      <datalist id={listId}>
        {suggestions.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {wanted !== '' && node === undefined && <span className="dim">No value at this path.</span>}
      {node !== undefined && text === undefined && (
        <span className="dim">Nested too deeply to copy alone: copy the whole event.</span>
      )}
      {text !== undefined && (
        <>
          <code className="copy-value-preview" data-testid="copy-value-preview">
            {visibleText(text, 200).text}
            {text.length > 200 && '…'}
          </code>
          <span className="dim">{formatInt(text.length)} chars</span>
          <CopyButton text={text} what="value" />
        </>
      )}
    </div>
  );
}

interface RawJsonTabProps {
  readonly bodyJson: string;
  /** The parsed body, when it could be read (the picker needs it). */
  readonly body: JsonNode | undefined;
}

export function RawJsonTab({ bodyJson, body }: RawJsonTabProps) {
  const line = useMemo(() => compactJsonLine(bodyJson), [bodyJson]);
  return (
    <>
      <div className="block-actions">
        <span className="dim">The event body as the engine re-read it.</span>
        <span className="raw-copies">
          <CopyButton text={bodyJson} what="event body JSON" />
          <CopyButton text={line} label="Copy as NDJSON" what="event as one NDJSON line" />
        </span>
      </div>
      {body !== undefined && <ValuePicker body={body} />}
      <BlockText value={bodyJson} label="Event body JSON" />
    </>
  );
}
