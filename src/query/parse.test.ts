// Grammar of the search syntax: terms, values, boolean structure and precedence, escapes.
import { describe, expect, it } from 'vitest';
import type { QueryNode } from './ast';
import { formatQuery } from './format';
import { parseQuery } from './parse';

function ast(text: string): QueryNode {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message} at ${result.error.position}`);
  return result.ast;
}

/** The parsed structure, fully parenthesized. */
const shape = (text: string): string => formatQuery(ast(text));

describe('parseQuery: terms', () => {
  it('parses the empty and blank query as "all"', () => {
    expect(ast('')).toEqual({ kind: 'all' });
    expect(ast('  \t\n ')).toEqual({ kind: 'all' });
  });

  it('parses attribute terms on the body', () => {
    expect(ast('@evt.name:open')).toEqual({
      kind: 'term',
      field: { scope: 'body', path: 'evt.name', raw: '@evt.name' },
      match: { kind: 'exact', value: 'open' },
    });
  });

  it('parses envelope fields, tags and derived fields', () => {
    const field = (text: string) => {
      const node = ast(text);
      return node.kind === 'term' ? node.field : undefined;
    };
    expect(field('host:web-1')).toEqual({ scope: 'envelope', path: 'host', raw: 'host' });
    expect(field('service:nginx')?.path).toBe('service');
    expect(field('source:x')?.path).toBe('source');
    expect(field('status:info')?.path).toBe('status');
    expect(field('rule_id:fim_open')).toEqual({
      scope: 'envelope',
      path: 'tags.rule_id',
      raw: 'rule_id',
    });
    expect(field('@validity:invalid')).toEqual({
      scope: 'derived',
      path: 'validity',
      raw: '@validity',
    });
    expect(field('@id:AQAA')).toEqual({ scope: 'derived', path: 'id', raw: '@id' });
    expect(field('id:AQAA')).toEqual({ scope: 'derived', path: 'id', raw: 'id' });
  });

  it('parses free text words and phrases', () => {
    expect(ast('shadow')).toEqual({
      kind: 'term',
      field: undefined,
      match: { kind: 'exact', value: 'shadow' },
    });
    expect(ast('"monitored file"')).toEqual({
      kind: 'term',
      field: undefined,
      match: { kind: 'exact', value: 'monitored file' },
    });
    expect(shape('and or not to')).toBe('(and AND or AND not AND to)');
  });

  it('parses wildcards, "exists" and quoted values (exact, no wildcards)', () => {
    const match = (text: string) => {
      const node = ast(text);
      return node.kind === 'term' ? node.match : undefined;
    };
    expect(match('@file.path:/etc/*')).toEqual({ kind: 'wildcard', pattern: '/etc/*' });
    expect(match('@file.name:?hadow')).toEqual({ kind: 'wildcard', pattern: '?hadow' });
    expect(match('@process.args:*')).toEqual({ kind: 'exists' });
    expect(match('@process.args:**')).toEqual({ kind: 'exists' });
    expect(match('@file.path:"/etc/*"')).toEqual({ kind: 'exact', value: '/etc/*' });
    expect(match('sh*w')).toEqual({ kind: 'wildcard', pattern: 'sh*w' });
  });

  it('parses comparisons and ranges', () => {
    const match = (text: string) => {
      const node = ast(text);
      return node.kind === 'term' ? node.match : undefined;
    };
    expect(match('@process.pid:>1000')).toEqual({ kind: 'compare', op: '>', value: '1000' });
    expect(match('@process.pid:>=1000')?.kind).toBe('compare');
    expect(match('@process.pid:<5')).toEqual({ kind: 'compare', op: '<', value: '5' });
    expect(match('@process.pid:<=-5')).toEqual({ kind: 'compare', op: '<=', value: '-5' });
    expect(match('@date:>2026-11-20T10:00:00Z')).toEqual({
      kind: 'compare',
      op: '>',
      value: '2026-11-20T10:00:00Z',
    });
    expect(match('@date:<"2026-11-20T10:00:00Z"')?.kind).toBe('compare');
    expect(match('@process.pid:[100 TO 200]')).toEqual({
      kind: 'range',
      low: '100',
      high: '200',
      lowInclusive: true,
      highInclusive: true,
    });
    expect(match('@process.pid:{100 TO 200}')).toMatchObject({
      lowInclusive: false,
      highInclusive: false,
    });
    expect(match('@process.pid:[100 TO *]')).toMatchObject({ low: '100', high: undefined });
    expect(match('@process.pid:{* TO 5]')).toMatchObject({ low: undefined, high: '5' });
    expect(match('@x:[ "a b"  TO  "c" ]')).toMatchObject({ low: 'a b', high: 'c' });
  });

  it('allows "/" and ":" unescaped in values, and "-" inside words and values', () => {
    expect(shape('@file.path:/etc/shadow')).toBe('@file.path:/etc/shadow');
    expect(shape('@x:a:b')).toBe('@x:"a:b"');
    expect(shape('host:web-1')).toBe('host:web-1');
    expect(shape('@process.args:--verbose')).toBe('@process.args:"--verbose"');
    expect(shape('--verbose')).toBe('"--verbose"');
  });

  it('resolves backslash escapes', () => {
    expect(shape('@x:a\\:b')).toBe('@x:"a:b"');
    expect(shape('@x:a\\ b')).toBe('@x:"a b"');
    expect(shape('@x:\\(a\\)')).toBe('@x:"(a)"');
    expect(shape('@x:\\*')).toBe('@x:"*"');
    expect(shape('@x:a\\*b*')).toBe('@x:a\\*b*');
    expect(shape('\\-a')).toBe('"-a"');
    expect(shape('\\AND')).toBe('"AND"');
    expect(shape('"say \\"hi\\" \\\\ \\n"')).toBe('"say \\"hi\\" \\\\ \\\\n"');
    expect(shape('a\\"b')).toBe('"a\\"b"');
  });

  it('keeps unicode values intact', () => {
    expect(ast('@file.path:/tmp/日本語')).toMatchObject({
      match: { kind: 'exact', value: '/tmp/日本語' },
    });
    expect(ast('"café ☕ 😀"')).toMatchObject({ match: { kind: 'exact', value: 'café ☕ 😀' } });
    expect(ast('@x:😀?')).toMatchObject({ match: { kind: 'wildcard', pattern: '😀?' } });
  });
});

describe('parseQuery: boolean structure', () => {
  it('applies the precedence NOT / - > AND > OR, left to right', () => {
    expect(shape('a b OR c')).toBe('((a AND b) OR c)');
    expect(shape('a OR b c')).toBe('(a OR (b AND c))');
    expect(shape('-a b')).toBe('(NOT a AND b)');
    expect(shape('NOT a OR b')).toBe('(NOT a OR b)');
    expect(shape('a AND b OR c AND d')).toBe('((a AND b) OR (c AND d))');
    expect(shape('a OR b OR c')).toBe('(a OR b OR c)');
    expect(shape('a AND NOT b')).toBe('(a AND NOT b)');
    expect(shape('NOT a b')).toBe('(NOT a AND b)');
  });

  it('groups with parentheses', () => {
    expect(shape('(a OR b) c')).toBe('((a OR b) AND c)');
    expect(shape('a (b OR c)')).toBe('(a AND (b OR c))');
    expect(shape('-(a OR b)')).toBe('NOT (a OR b)');
    expect(shape('((a))')).toBe('a');
    expect(shape('NOT (NOT a)')).toBe('NOT (NOT a)');
    expect(shape('NOT NOT a')).toBe('a');
  });

  it('excludes with "-" on attributes, phrases and groups', () => {
    expect(shape('-@evt.name:exit')).toBe('NOT @evt.name:exit');
    expect(shape('-"a b" c')).toBe('(NOT "a b" AND c)');
    expect(shape('host:web-1 -service:nginx')).toBe('(host:web-1 AND NOT service:nginx)');
  });

  it('spreads a field over a value group', () => {
    expect(shape('host:(web-1 OR web-2)')).toBe('(host:web-1 OR host:web-2)');
    expect(shape('@evt.name:(open OR exec) host:db-1')).toBe(
      '((@evt.name:open OR @evt.name:exec) AND host:db-1)',
    );
    expect(shape('@x:(a b)')).toBe('(@x:a AND @x:b)');
    expect(shape('@x:(a OR (b AND NOT c))')).toBe('(@x:a OR (@x:b AND NOT @x:c))');
    expect(shape('@x:(-1 OR "two words" OR t*)')).toBe('(@x:"-1" OR @x:"two words" OR @x:t*)');
    expect(shape('@pid:(>5 OR [1 TO 2])')).toBe('(@pid:>5 OR @pid:[1 TO 2])');
  });

  it('reads adjacent terms without spaces', () => {
    expect(shape('(a)(b)')).toBe('(a AND b)');
    expect(shape('@x:"a"b')).toBe('(@x:a AND b)');
  });

  it('prints trees that parse back to themselves', () => {
    for (const text of [
      'a b OR c',
      '* -* _missing_:@container.id _exists_:host tags:prod *:ROOT && a || b',
      '\\_exists_:x _exists_:_exists_ \\*:x a\\=b \\!c \\[d',
      '-@evt.name:exit @file.path:/etc/* OR (host:web-1 NOT @process.pid:[1 TO *})',
      '@x:"a \\" b" "c:d" \\-e @y:a\\ b* @z:>=-1.5',
      'NOT (NOT a) @mount.mountpoint.path:* 日本語 rule_id:(x OR y)',
    ]) {
      const tree = ast(text);
      expect(ast(formatQuery(tree))).toEqual(tree);
    }
  });

  it('parses long queries quickly', () => {
    const text = Array.from({ length: 800 }, (_, i) => `@a.b:v${i} OR w${i}`).join(' ');
    expect(text.length).toBeGreaterThan(10_000);
    const started = performance.now();
    const result = parseQuery(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.ok && result.ast.kind).toBe('or');
    const nots = 'NOT '.repeat(3000) + 'a';
    expect(parseQuery(nots)).toEqual({ ok: true, ast: ast('a') });
  });
});

describe('parseQuery: syntax from Datadog and Lucene habits', () => {
  const exists = (raw: string, path: string, scope = 'body') => ({
    kind: 'term',
    field: { scope, path, raw },
    match: { kind: 'exists' },
  });

  it('reads a bare "*" as every event, and "-*" as none', () => {
    expect(ast('*')).toEqual({ kind: 'all' });
    expect(ast('**')).toEqual({ kind: 'all' });
    expect(ast('-*')).toEqual({ kind: 'not', child: { kind: 'all' } });
    expect(shape('host:web-1 OR *')).toBe('(host:web-1 OR *)');
    // As a value, "*" still means "the field has a value".
    expect(ast('@x:(*)')).toEqual(exists('@x', 'x'));
  });

  it('reads _exists_:field and _missing_:field as field:* and its negation', () => {
    expect(ast('_exists_:@container.id')).toEqual(exists('@container.id', 'container.id'));
    expect(ast('_missing_:@container.id')).toEqual({
      kind: 'not',
      child: exists('@container.id', 'container.id'),
    });
    expect(ast('_exists_:host')).toEqual(exists('host', 'host', 'envelope'));
    expect(ast('_exists_:"@a b"')).toEqual(exists('@a b', 'a b'));
    expect(shape('-_missing_:env @x:1')).toBe('(NOT (NOT env:*) AND @x:1)');
    // Escaped, the name is a tag key like any other.
    expect(ast('\\_exists_:x')).toEqual({
      kind: 'term',
      field: { scope: 'envelope', path: 'tags._exists_', raw: '_exists_' },
      match: { kind: 'exact', value: 'x' },
    });
  });

  it('reads tags:value as a whole tag, and key:value as a tag by key', () => {
    expect(ast('tags:prod')).toEqual({
      kind: 'term',
      field: { scope: 'envelope', path: 'tags', raw: 'tags' },
      match: { kind: 'exact', value: 'prod' },
    });
    expect(ast('tags:env:prod')).toMatchObject({ match: { kind: 'exact', value: 'env:prod' } });
    expect(ast('env:prod')).toMatchObject({ field: { path: 'tags.env' } });
  });

  it('reads *:value as any attribute, with values and patterns', () => {
    expect(ast('*:curl')).toEqual({
      kind: 'term',
      field: { scope: 'any', path: '*', raw: '*' },
      match: { kind: 'exact', value: 'curl' },
    });
    expect(shape('*:(web* OR "a b")')).toBe('(*:web* OR *:"a b")');
    expect(ast('\\*:x')).toMatchObject({ field: { scope: 'envelope', path: 'tags.*' } });
  });

  it('reads && and || as AND and OR, in free text and in value groups', () => {
    expect(shape('a && b || c')).toBe(shape('a AND b OR c'));
    expect(shape('@x:(a || b && c)')).toBe('(@x:a OR (@x:b AND @x:c))');
    // Escaped, or as a value, they are text.
    expect(shape('\\&\\& @x:&&')).toBe('("&&" AND @x:"&&")');
  });
});
