/**
 * A masked text as pieces: literal runs and masks (a number, a hex run, a UUID, a temporary
 * name, a folded path segment). One list gives both what the comparison shows (`shapeText`,
 * masks written `<n>`, `<hex>`, `<uuid>`, `<tmp>`, `*`) and the wildcard pattern of the query
 * that finds its events (`shapeGlob`, every mask a `*`, literals escaped).
 */
import { escapeGlob } from '../query/glob';

export type MaskName = 'n' | 'hex' | 'uuid' | 'tmp' | '*';

export type Piece = { readonly literal: string } | { readonly mask: MaskName };

export function literal(text: string): Piece {
  return { literal: text };
}

export function mask(name: MaskName): Piece {
  return { mask: name };
}

/** Appends `piece` to `out`, merging it into a literal run that ends `out`. */
export function pushPiece(out: Piece[], piece: Piece): void {
  const last = out[out.length - 1];
  if ('literal' in piece && last !== undefined && 'literal' in last) {
    out[out.length - 1] = literal(last.literal + piece.literal);
  } else {
    out.push(piece);
  }
}

export function hasMask(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => 'mask' in p);
}

/** The shape as shown: literals as they are, masks as `<n>` (`*` for a folded segment). */
export function shapeText(pieces: readonly Piece[]): string {
  let out = '';
  for (const p of pieces) {
    if ('literal' in p) out += p.literal;
    else out += p.mask === '*' ? '*' : `<${p.mask}>`;
  }
  return out;
}

/** The wildcard pattern matching every text of the shape (consecutive masks make one `*`). */
export function shapeGlob(pieces: readonly Piece[]): string {
  let out = '';
  for (const p of pieces) {
    if ('literal' in p) out += escapeGlob(p.literal);
    else if (!out.endsWith('*') || out.endsWith('\\*')) out += '*';
  }
  return out;
}
