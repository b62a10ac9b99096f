// The shape of compiled SQL: user values only as placeholders, columns chosen by field scope,
// constants folded, and the token grammar the fuzz tests rely on refusing foreign text.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../query/parse';
import { checkSqlTokens } from '../../test-support/sql-grammar';
import { ParamBag } from './params';
import { parseAndCompile, queryToSql } from './query-sql';

function compile(query: string): { sql: string; params: Readonly<Record<string, unknown>> } {
  const bag = new ParamBag();
  const compiled = parseAndCompile(query, bag);
  if ('errors' in compiled) throw new Error(compiled.errors[0]?.message);
  return { sql: compiled.sql, params: bag.params() };
}

describe('queryToSql', () => {
  it('matches an indexed body path over the indexed leaves, path and value bound', () => {
    const { sql, params } = compile('@evt.name:open');
    expect(sql).toBe(
      'arrayExists((p, v, k) -> p = {p0:String} AND ((k = 0 AND v = {p1:String}) OR (k = 2 AND v = {p1:String})), ix_paths, ix_values, ix_kinds)',
    );
    expect(params).toEqual({ p0: 'evt.name', p1: 'open' });
  });

  it('matches any other body path over every leaf', () => {
    const { sql, params } = compile('@file.mode:420');
    expect(sql).toMatch(
      /^arrayExists\(\(p, v, k\) -> p = \{p0:String\} AND .*, attr_paths, attr_values, attr_kinds\)$/,
    );
    expect(params).toMatchObject({ p0: 'file.mode' });
  });

  it('compares numbers numerically, integers exactly, the query value bound as text', () => {
    const { sql, params } = compile('@process.pid:>1000');
    expect(sql).toContain('toInt128OrZero(v) > toInt128({p2:String})');
    expect(sql).toContain('toFloat64OrZero(v) > {p1:Float64}');
    expect(params).toMatchObject({ p1: '1000', p2: '1000' });
  });

  it('reads envelope fields from their columns, empty meaning absent', () => {
    expect(compile('host:web-1').sql).toBe("(env_host != '' AND env_host = {p0:String})");
    expect(compile('-service:*').sql).toBe("(NOT (env_service != ''))");
  });

  it('finds tags by key, and free text in the lowered texts', () => {
    expect(compile('env:prod').sql).toBe(
      'arrayExists(t -> startsWith(t, {p0:String}) AND substring(t, length({p0:String}) + 1) = {p1:String}, tags)',
    );
    const { sql, params } = compile('CURL');
    expect(sql).toBe('arrayExists(t -> position(t, {p0:String}) > 0, free_text)');
    expect(params).toEqual({ p0: 'curl' });
  });

  it('folds the empty query and bare star to true', () => {
    expect(compile('').sql).toBe('1');
    expect(compile('*').sql).toBe('1');
    const parsed = parseQuery('NOT *');
    if (!parsed.ok) throw new Error('parse');
    expect(queryToSql(parsed.ast, new ParamBag())).toBe('0');
  });

  it('reports syntax errors as the tab does', () => {
    const compiled = parseAndCompile('@evt.name:(open', new ParamBag());
    expect('errors' in compiled && compiled.errors[0]?.message).toBeTruthy();
  });

  it('passes values that look like SQL or placeholders only as parameters', () => {
    const { sql, params } = compile(`@file.path:"{p0:String}' OR 1=1 --"`);
    expect(sql).not.toContain('OR 1=1');
    expect(Object.values(params)).toContain("{p0:String}' OR 1=1 --");
    expect('refused' in checkSqlTokens(sql)).toBe(false);
  });
});

describe('checkSqlTokens', () => {
  it('refuses string literals, identifiers and characters the compilers never write', () => {
    expect(checkSqlTokens("v = 'evil'")).toEqual({ refused: "'evil'" });
    expect(checkSqlTokens('v = evil')).toEqual({ refused: 'evil' });
    expect(checkSqlTokens('v = {p0:String}; DROP')).toEqual({ refused: '; DROP' });
    expect(checkSqlTokens('v = {p0:String}')).toEqual({
      placeholders: [{ name: 'p0', type: 'String' }],
    });
  });
});
