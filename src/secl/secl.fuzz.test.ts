// Property tests of the SECL front end and evaluator: arbitrary text, token soup and deep
// nesting through the parser and compiler never throw, answer within the time budget and keep
// errors inside the expression; arbitrary JSON through compiled rules gives results in
// {0, 1, 2}. `npm run fuzz` runs them long.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule } from './compile';
import type { CompiledRule } from './compile';
import { evaluateRule } from './evaluate';
import { parseSecl } from './parser';
import { fuzzParams } from '../test-support/fuzz-params';

const PARAMS = fuzzParams(400, 0x5ec1);
/** Time budget for parsing and compiling one expression (best of three tries). */
const BUDGET_MS = 50;

const PIECES = [
  'open.file.path',
  'process.ancestors[A].file.name',
  'exec.args_flags',
  'process.created_at',
  'bind.addr.ip',
  '${process.pid}',
  '${cgroup.x}',
  '==',
  '!=',
  '=~',
  '<',
  'in',
  'not',
  'allin',
  '&&',
  '||',
  '!',
  '&',
  '|',
  '^',
  '-',
  '+',
  '(',
  ')',
  '[',
  ']',
  ',',
  '"/etc/*"',
  '~"/tmp/**"',
  'r"^a.*"',
  '5s',
  '0755',
  '10.0.0.0/8',
  '::1',
  'O_CREAT',
  'true',
  '# c\n',
  '"',
];

const seclish = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 25 })
  .map((parts) => parts.join(' '));

describe('SECL (fuzz)', () => {
  it('parses and compiles any text without throwing, in time, with errors inside the text', () => {
    const deep = fc
      .record({
        depth: fc.integer({ min: 0, max: 3000 }),
        open: fc.constantFrom('(', '!(', 'not (', '!', '-'),
        inner: seclish,
        close: fc.integer({ min: 0, max: 3000 }),
      })
      .map(({ depth, open, inner, close }) => `${open.repeat(depth)}${inner}${')'.repeat(close)}`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), seclish, deep), (source) => {
        let best = Number.POSITIVE_INFINITY;
        let parsed = parseSecl(source);
        let compiled = compileRule(source);
        for (let attempt = 0; attempt < 3 && best >= BUDGET_MS; attempt++) {
          const started = performance.now();
          parsed = parseSecl(source);
          compiled = compileRule(source);
          best = Math.min(best, performance.now() - started);
        }
        expect(best, `parse + compile time of ${source.length} chars`).toBeLessThan(BUDGET_MS);
        for (const result of [parsed, compiled]) {
          if (result.ok) continue;
          for (const error of result.errors) {
            expect(error.position).toBeGreaterThanOrEqual(0);
            expect(error.position + error.length).toBeLessThanOrEqual(source.length);
            expect(error.message.length).toBeGreaterThan(0);
          }
        }
      }),
      PARAMS,
    );
  });

  it('evaluates compiled rules on any JSON without throwing', () => {
    const rules: CompiledRule[] = [
      'open.file.path =~ "/etc/*" && open.flags & O_CREAT > 0',
      'process.ancestors[A].file.name == "sh" && process.ancestors[A].args_flags in ["c"]',
      'process.created_at < 5s || container.created_at > 1m',
      'bind.addr.ip in [10.0.0.0/8, ::1] && bind.addr.is_public == false',
      'exec.args_options in [r"a.*"] && exec.envp in [~"LD_*"] && ${process.x} != exec.comm',
      'mmap.protection & PROT_EXEC > 0 && mmap.flags & MAP_ANONYMOUS > 0',
      'signal.type == SIGKILL && signal.target.ancestors.comm != "x"',
    ].map((expression) => {
      const compiled = compileRule(expression);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
      return compiled.rule;
    });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.jsonValue({ maxDepth: 3 }), (noise, inner) => {
        const bodies = [
          noise,
          {
            evt: { name: 'exec' },
            date: noise,
            process: { ancestors: [inner, noise], args: inner, created_at: inner },
          },
          {
            file: { path: inner, flags: noise },
            bind: { addr: { ip: inner } },
            mmap: { protection: inner },
          },
        ];
        for (const rule of rules) {
          for (const body of bodies) expect([0, 1, 2]).toContain(evaluateRule(rule, body).result);
        }
      }),
      PARAMS,
    );
  });
});
