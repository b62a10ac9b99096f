/**
 * Hands a Blob to the browser as a download: an object URL (the page's own origin, no
 * request leaves the tab) on a temporary `<a download>`, revoked once the click is handled.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has taken the Blob by the next task; a minute is a wide margin.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
