/**
 * Before any data is open, a link (or saved view) says which files it was made on: names,
 * sizes and content fingerprints, so the analyst can find and open the same ones. The view
 * is restored as soon as they are open.
 */
import { formatBytes } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import { useLinkStore } from '../../state/link-store';
import { pickFiles, pickFolder } from '../common/file-pickers';

export function ExpectedFiles() {
  const files = useLinkStore((s) => s.expectedFiles);
  if (files === undefined || files.length === 0) return null;
  return (
    <section
      className="expected-files"
      data-testid="expected-files"
      aria-label="Files this view expects"
    >
      <h2>
        This view was made on {files.length === 1 ? 'this file' : `these ${files.length} files`}
      </h2>
      <p className="dim">
        Open {files.length === 1 ? 'it' : 'them'} to restore the view. Files are matched by content,
        so a renamed copy works.
      </p>
      <table className="expected-files-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Size</th>
            <th scope="col">Fingerprint</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={`${file.fingerprint}/${file.name}`} data-testid="expected-file">
              <td className="mono">{visibleText(file.name, 200).text}</td>
              <td title={`${file.size} bytes`}>{formatBytes(file.size)}</td>
              <td className="mono dim" title={file.fingerprint}>
                {visibleText(file.fingerprint, 64).text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="drop-actions">
        <button type="button" className="button button--primary" onClick={pickFiles}>
          Open {files.length === 1 ? 'the file' : 'the files'}…
        </button>
        <button type="button" className="button" onClick={pickFolder}>
          Open folder…
        </button>
      </div>
    </section>
  );
}
