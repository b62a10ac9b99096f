/**
 * Secondary view requests (facets, histogram) are sent a task later than the table's rows:
 * the worker answers in order, and the rows of a new view are what the analyst waits for.
 * Without this, the facets panel (earlier in the page, so its effects run first) would put
 * its counting ahead of the rows. Returns a function that cancels the request not yet sent.
 */
export function afterRows(send: () => void): () => void {
  const timer = setTimeout(send, 0);
  return () => clearTimeout(timer);
}
