import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../scripts/generator';
import { INDEXED_BODY_PATHS } from '../query/indexed-fields';
import { PathTrie } from './path-trie';
import { compilePathReader } from './path-value';

const EXTRA = ['process.ancestors.executable.path', 'mount.mountpoint.path', 'process', 'a.b.c'];
const PATHS = [...INDEXED_BODY_PATHS, ...EXTRA];

function viaTrie(body: Record<string, unknown>): Map<string, unknown> {
  const trie = new PathTrie();
  const indexes = PATHS.map((p) => trie.add(p));
  const out = new Map<string, unknown>();
  trie.read(body, (i, v) => out.set(PATHS[indexes.indexOf(i)] as string, v));
  return out;
}

function viaReaders(body: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const path of PATHS) {
    const value = compilePathReader(path)(body);
    if (value !== undefined) out.set(path, value);
  }
  return out;
}

describe('PathTrie', () => {
  it('reads what the path readers read, for generated events of every type', () => {
    for (const event of generateEvents({ seed: 3, count: 600 })) {
      const body = JSON.parse(JSON.stringify(event.body)) as Record<string, unknown>;
      expect(viaTrie(body)).toEqual(viaReaders(body));
    }
  });

  it('handles dotted keys, arrays on the way, nulls and empty arrays', () => {
    const bodies: Record<string, unknown>[] = [
      { mount: { 'mountpoint.path': '/run' }, a: { 'b.c': 2 } },
      { process: { args: [], ancestors: [{ executable: { path: '/x' } }, {}] } },
      { process: { args: ['-c'], pid: null }, file: null },
      { process: { args: [['nested']], executable: 'not an object' } },
    ];
    for (const body of bodies) expect(viaTrie(body)).toEqual(viaReaders(body));
  });
});
