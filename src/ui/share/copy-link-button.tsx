/**
 * Copies the link to the current view. The link carries the view (query, range, sort,
 * columns, selection, panel and the files' fingerprints), never data: the fragment after `#`
 * is not sent to any server.
 */
import { CopyButton } from '../common/copy-button';

export function CopyLinkButton() {
  return (
    <CopyButton
      text={() => window.location.href}
      label="Copy link"
      what="link to this view"
      testId="copy-link"
      title="Copy a link to this view: the query, columns, selection and file fingerprints — no event data"
    />
  );
}
