/** Telling a refused allocation from other errors, wherever memory may run out. */
/** V8 reports a refused allocation as a RangeError (`Array buffer allocation failed`, …). */
export function isOutOfMemory(error: unknown): boolean {
  return (
    error instanceof RangeError &&
    /allocation failed|out of memory|invalid (typed )?array length/i.test(error.message)
  );
}
