// SECL fields described for the rule box: with the schema's text for the path they read, or
// why exports cannot tell them; indexed only when every path they read is.
import { describe, expect, it } from 'vitest';
import { seclCatalog } from './secl-catalog';

describe('seclCatalog', () => {
  it('describes a field by the schema text of the body path it reads', () => {
    const [path, mode] = seclCatalog([
      { name: 'open.file.path', type: 'string', paths: ['file.path'], unknownReason: undefined },
      { name: 'open.file.mode', type: 'int', paths: ['file.mode'], unknownReason: undefined },
    ]);
    expect(path).toEqual({
      field: 'open.file.path',
      type: 'string',
      description: 'File path — reads file.path',
      isIndexed: true,
      inSchema: true,
    });
    expect(mode).toMatchObject({ description: 'File mode — reads file.mode', isIndexed: false });
    const [length] = seclCatalog([
      {
        name: 'open.file.path.length',
        type: 'int',
        paths: ['file.path'],
        unknownReason: undefined,
      },
    ]);
    expect(length?.description).toBe('Length of: File path — reads file.path');
  });

  it('says why a field is unknown in exports, and names paths the schema lacks', () => {
    const [exec, odd] = seclCatalog([
      { name: 'process.is_exec', type: 'bool', paths: [], unknownReason: 'not in exported events' },
      { name: 'x.y', type: 'string', paths: ['not.a.schema.path'], unknownReason: undefined },
    ]);
    expect(exec).toMatchObject({
      description: 'Unknown in exports: not in exported events',
      isIndexed: false,
      inSchema: false,
    });
    expect(odd?.description).toBe('Reads not.a.schema.path');
  });
});
