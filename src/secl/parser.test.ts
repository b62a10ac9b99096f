// SECL syntax: precedence and associativity as in the agent grammar, literals, precise errors,
// bounded work on hostile input, and every expression of the reference policies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Expr } from './ast';
import type { SeclError } from './errors';
import { parseMacro, parseSecl } from './parser';

function ast(source: string): Expr {
  const result = parseSecl(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.ast;
}

/** A compact rendering of the tree: `(a && (b || c))`. */
function shape(e: Expr): string {
  switch (e.kind) {
    case 'bool':
      return `(${e.operands.map(shape).join(` ${e.op} `)})`;
    case 'compare':
      return `[${shape(e.left)} ${e.op} ${shape(e.right)}]`;
    case 'member':
      return `[${shape(e.left)} ${e.op} …]`;
    case 'bit':
      return `{${shape(e.left)} ${e.op} ${shape(e.right)}}`;
    case 'arith':
      return `{${shape(e.first)}${e.rest.map((r) => ` ${r.op} ${shape(r.operand)}`).join('')}}`;
    case 'unary':
      return `${e.op}${shape(e.operand)}`;
    case 'paren':
      return shape(e.inner);
    case 'ident':
      return e.name;
    case 'int':
    case 'duration':
      return String(e.value);
    case 'string':
      return JSON.stringify(e.value);
    case 'pattern':
      return `~${JSON.stringify(e.value)}`;
    case 'regex':
      return `r${JSON.stringify(e.value)}`;
    case 'variable':
      return `\${${e.name}}`;
    case 'ip':
    case 'cidr':
      return e.text;
  }
}

function firstError(source: string): SeclError {
  const result = parseSecl(source);
  const error = result.ok ? undefined : result.errors[0];
  if (error === undefined) throw new Error(`expected an error for ${source}`);
  return error;
}

describe('precedence', () => {
  it('gives && and || equal precedence, grouping to the right', () => {
    expect(shape(ast('a && b || c'))).toBe('(a && (b || c))');
    expect(shape(ast('a || b && c'))).toBe('(a || (b && c))');
    expect(shape(ast('a and b or c and d'))).toBe('(a && (b || (c && d)))');
    expect(shape(ast('a && b && c || d'))).toBe('(a && b && (c || d))');
  });

  it('binds unary operators tightest', () => {
    expect(shape(ast('not true && false'))).toBe('(!true && false)');
    expect(shape(ast('!a || b'))).toBe('(!a || b)');
    expect(shape(ast('--3 == 3'))).toBe('[--3 == 3]');
    expect(shape(ast('^0 == -1'))).toBe('[^0 == -1]');
  });

  it('puts bit operators (right-associative) above + and -, above comparisons', () => {
    expect(shape(ast('1 == 1 & 1'))).toBe('[1 == {1 & 1}]');
    expect(shape(ast('a & b | c'))).toBe('{a & {b | c}}');
    expect(shape(ast('a + b & c > 0'))).toBe('[{a + {b & c}} > 0]');
    expect(shape(ast('open.flags & (O_CREAT | O_WRONLY) > 0'))).toBe(
      '[{open.flags & {O_CREAT | O_WRONLY}} > 0]',
    );
  });

  it('reads comparisons to the right and array operators', () => {
    expect(shape(ast('a == b == c'))).toBe('[a == [b == c]]');
    expect(shape(ast('a not in [1, 2] && b allin [10.0.0.0/8]'))).toBe(
      '([a notin …] && [b allin …])',
    );
  });
});

describe('literals', () => {
  it('reads strings, patterns, regexes, durations, integers, IPs and variables', () => {
    expect(shape(ast('f == "a\\"b" && g =~ ~"x*" && h =~ r"^\\d+$"'))).toBe(
      '([f == "a\\\\\\"b"] && [g =~ ~"x*"] && [h =~ r"^\\\\d+$"])',
    );
    expect(shape(ast('t > 5s && u < 2m && v < 1h && w < 150ms'))).toBe(
      '([t > 5000000000] && [u < 120000000000] && [v < 3600000000000] && [w < 150000000])',
    );
    expect(shape(ast('m == 0755'))).toBe('[m == 493]');
    expect(shape(ast('ip in [::1, fe80::/10, 192.168.0.0/16] || ip == 1.2.3.4'))).toBe(
      '([ip in …] || [ip == 1.2.3.4])',
    );
    expect(shape(ast('${process.pid} == 4'))).toBe('[${process.pid} == 4]');
  });

  it('keeps registers in identifiers and lists of constants as lists', () => {
    expect(shape(ast('process.ancestors[A].file.name == "x"'))).toBe(
      '[process.ancestors[A].file.name == "x"]',
    );
    const e = ast('ptrace.request in [PTRACE_ATTACH, PTRACE_POKEDATA]');
    expect(e.kind === 'member' && e.array.kind === 'list' && e.array.members.length).toBe(2);
  });

  it('skips # and // comments, also inside multi-line expressions', () => {
    expect(shape(ast('a # first\n// second\n&& b'))).toBe('(a && b)');
  });

  it('reads macro bodies as lists or expressions', () => {
    const list = parseMacro('["a", ~"b*", r"c"]');
    expect(list.ok && list.ast.kind).toBe('list');
    const expr = parseMacro('S_IXUSR|S_IXGRP');
    expect(expr.ok && expr.ast.kind).toBe('bit');
  });
});

describe('errors', () => {
  it('names what was expected, where', () => {
    expect(firstError('process.pid ==')).toEqual({
      position: 14,
      length: 0,
      message: "expected a value after '==', found the end of the expression",
    });
    expect(firstError('open.file.path == "/etc')).toEqual({
      position: 18,
      length: 5,
      message: "unclosed string: expected a closing '\"'",
    });
    expect(firstError('a = "x"')).toMatchObject({
      position: 2,
      length: 1,
      message: expect.stringContaining("did you mean '=='"),
    });
    expect(firstError('(a && b')).toMatchObject({
      position: 7,
      message: expect.stringContaining("expected ')'"),
    });
    expect(firstError('a && b)')).toMatchObject({
      position: 6,
      message: expect.stringContaining("unbalanced ')'"),
    });
    expect(firstError('a in [1, ]')).toMatchObject({
      position: 9,
      message: expect.stringContaining('expected a string, pattern'),
    });
    expect(firstError('a not [1]')).toMatchObject({
      position: 6,
      message: expect.stringContaining("expected 'in' after 'not'"),
    });
    expect(firstError('a in')).toMatchObject({
      position: 4,
      message: expect.stringContaining('expected a list'),
    });
    expect(firstError('a &&')).toMatchObject({
      position: 4,
      message: expect.stringContaining("after '&&'"),
    });
    expect(firstError('x == r"abc')).toMatchObject({
      position: 5,
      message: expect.stringContaining('unclosed regular expression'),
    });
    expect(firstError('x == ~"abc')).toMatchObject({
      message: expect.stringContaining('unclosed pattern'),
    });
    expect(firstError('x == ${a')).toMatchObject({
      position: 5,
      message: expect.stringContaining('malformed variable'),
    });
    expect(firstError('x == 5ss')).toMatchObject({
      message: expect.stringContaining('invalid duration'),
    });
    expect(firstError('x == 09')).toMatchObject({
      message: expect.stringContaining('invalid octal'),
    });
    expect(firstError('x == "a" "b"')).toMatchObject({
      position: 9,
      message: expect.stringContaining("expected '&&', '||'"),
    });
    expect(firstError('')).toMatchObject({
      position: 0,
      message: expect.stringContaining('expected an expression'),
    });
    expect(firstError('x == 300.1.1.1')).toMatchObject({
      message: expect.stringContaining('invalid IP'),
    });
  });

  it('reports UTF-16 positions after astral characters', () => {
    // "😀" is two UTF-16 units.
    expect(firstError('f == "😀" &&')).toMatchObject({ position: 12 });
    expect(firstError('f == "😀" @')).toMatchObject({ position: 10, length: 1 });
  });

  it('stays bounded on hostile input', () => {
    const deep = `${'('.repeat(5000)}a${')'.repeat(5000)}`;
    expect(firstError(deep).message).toContain('nests too deeply');
    const nots = `${'!'.repeat(100_000)}a`;
    expect(firstError(nots).message).toContain('nests too deeply');
    const started = performance.now();
    const long = Array.from({ length: 20_000 }, (_, i) => `f == "${i}"`).join(' || ');
    expect(parseSecl(long).ok).toBe(true);
    const alternating = Array.from({ length: 5000 }, () => 'a').join(' && b || ');
    expect(firstError(alternating).message).toContain('nests too deeply');
    expect(parseSecl(`f == "${'\\'.repeat(100_000)}`).ok).toBe(false);
    expect(parseSecl(`f == ${'1.'.repeat(50_000)}`).ok).toBe(false);
    expect(parseSecl('a'.repeat(200_000)).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

const POLICIES = ['default.policy.v1.10.0.yaml', 'default.policy.v1.69.3.yaml'];

describe('reference policies', () => {
  for (const file of POLICIES) {
    it(`parses every rule and macro expression of ${file}`, () => {
      const doc = parse(readFileSync(`/work/shared/reference/policies/${file}`, 'utf8')) as {
        rules: { id: string; expression: string }[];
        macros: { id: string; expression: string }[];
      };
      const failures: string[] = [];
      for (const rule of doc.rules) {
        const result = parseSecl(rule.expression);
        if (!result.ok) failures.push(`${rule.id}: ${JSON.stringify(result.errors)}`);
      }
      for (const macro of doc.macros) {
        const result = parseMacro(macro.expression);
        if (!result.ok) failures.push(`macro ${macro.id}: ${JSON.stringify(result.errors)}`);
      }
      console.log(
        `${file}: ${doc.rules.length} rule and ${doc.macros.length} macro expressions parsed`,
      );
      expect(failures).toEqual([]);
    });
  }
});
