/**
 * "Did you mean": the names closest to a misspelt one by edit distance — insertions,
 * deletions, substitutions and swaps of two neighbouring characters each count 1 (optimal
 * string alignment), so `open.filepath`, `open.file.pathh` and `open.file.paht` are all one
 * edit from `open.file.path`. Names further than a fifth of the word (1 to 3 edits) are not
 * offered: past that, a suggestion is a guess.
 */

/** Optimal string alignment distance between `a` and `b`, or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the dynamic-programming table: two back (for swaps), previous, current.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length] as number;
}

/**
 * Up to `limit` of `names` nearest to `word`: the closest, and those at most one edit further
 * (closest first, then alphabetical).
 */
export function nearestNames(word: string, names: readonly string[], limit = 3): string[] {
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 5)));
  const found: { name: string; distance: number }[] = [];
  for (const name of names) {
    const distance = editDistance(word, name, max);
    if (distance <= max && name !== word) found.push({ name, distance });
  }
  found.sort((x, y) => x.distance - y.distance || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const best = found[0]?.distance ?? 0;
  return found
    .filter((f) => f.distance <= best + 1)
    .slice(0, limit)
    .map((f) => f.name);
}
