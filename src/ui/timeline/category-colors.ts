/**
 * The colour of each event category in the timeline, as a CSS class whose colour comes from
 * theme variables (`timeline.css`), so both themes get a palette made for them. The four CWS
 * categories have fixed colours; any other category takes one of the spare colours by its
 * position; events without a category are grey.
 */

const KNOWN: Readonly<Record<string, string>> = {
  'process activity': 'process',
  'file activity': 'file',
  'network activity': 'network',
  'kernel activity': 'kernel',
};

const SPARE = ['spare-1', 'spare-2', 'spare-3', 'spare-4'];

/** Class suffix for `category`, the `index`-th category of the histogram. */
export function categoryTone(category: string, index: number): string {
  if (category === '') return 'none';
  return KNOWN[category.toLowerCase()] ?? SPARE[index % SPARE.length] ?? 'none';
}

/** `tl-cat tl-cat--<tone>`: fill and background take the category's colour. */
export function categoryClass(category: string, index: number): string {
  return `tl-cat tl-cat--${categoryTone(category, index)}`;
}
