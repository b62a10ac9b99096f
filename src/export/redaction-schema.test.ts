/**
 * The redactor against the schema: every string field of schema/*.json that holds command
 * arguments, environment entries, user or group names or IP addresses (by name or by its
 * description) is found here, filled with a secret and redacted; a field the rules miss fails.
 * Every other string field must come out unchanged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnredacted } from './find-unredacted';
import { redactValue } from './redact';
import type { RedactionCategory } from './redaction-rules';
import { REDACTION_CATEGORIES } from './redaction-rules';

interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly $ref?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

interface Step {
  readonly key: string;
  readonly isArray: boolean;
}

interface Leaf {
  readonly steps: readonly Step[];
  readonly isArray: boolean;
  readonly category: RedactionCategory | undefined;
}

const schemaDir = new URL('../../schema/', import.meta.url);
const schemas = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    root: JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8')) as SchemaNode,
  }));

/** The kind of a string field, judged from its name and description only. */
function categoryOf(name: string, description: string): RedactionCategory | undefined {
  if (/\bargument/i.test(description) || /^(args|argv|argv0)$/.test(name)) return 'args';
  if (/\benvironment/i.test(description) || name === 'envs') return 'envs';
  if (/\bIP\b/.test(description) || /(^|_)ips?$/.test(name)) return 'ips';
  if (/\b(user|group)s?\b/i.test(description) || /(^|_)(user|group|username)s?$/.test(name)) {
    return 'users';
  }
  return undefined;
}

function isType(node: SchemaNode, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}

function stringLeaves(root: SchemaNode): Leaf[] {
  const defs = root.$defs ?? {};
  const resolve = (node: SchemaNode, chain: readonly string[]) => {
    const ref = node.$ref?.replace('#/$defs/', '');
    return ref === undefined ? { node, chain } : { node: defs[ref] ?? {}, chain: [...chain, ref] };
  };
  const leaves: Leaf[] = [];
  const visit = (node: SchemaNode, steps: readonly Step[], chain: readonly string[]) => {
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      const { node: prop, chain: next } = resolve(raw, chain);
      // A definition met twice on one path is a cycle: the schema has none today.
      if (next.length !== new Set(next).size) continue;
      const description = raw.description ?? prop.description ?? '';
      if (isType(prop, 'string')) {
        leaves.push({
          steps: [...steps, { key, isArray: false }],
          isArray: false,
          category: categoryOf(key, description),
        });
      } else if (isType(prop, 'array') && prop.items !== undefined) {
        const { node: item, chain: itemChain } = resolve(prop.items, next);
        if (isType(item, 'string')) {
          leaves.push({
            steps: [...steps, { key, isArray: false }],
            isArray: true,
            category: categoryOf(key, description),
          });
        } else if (item.properties !== undefined) {
          visit(item, [...steps, { key, isArray: true }], itemChain);
        }
      } else if (prop.properties !== undefined) {
        visit(prop, [...steps, { key, isArray: false }], next);
      }
    }
  };
  visit(root, [], []);
  return leaves;
}

type Tree = Record<string, unknown>;

/** Sets the leaf's value in `body`, creating objects (and one-item arrays) on the way. */
function place(body: Tree, leaf: Leaf, value: string): void {
  let at = body;
  for (const step of leaf.steps.slice(0, -1)) {
    if (at[step.key] === undefined) at[step.key] = step.isArray ? [{}] : {};
    const next = at[step.key];
    at = (Array.isArray(next) ? next[0] : next) as Tree;
  }
  const last = leaf.steps[leaf.steps.length - 1];
  if (last !== undefined) at[last.key] = leaf.isArray ? [value] : value;
}

const pathOf = (leaf: Leaf) => leaf.steps.map((s) => s.key).join('.');

function secretFor(category: RedactionCategory | undefined, n: number): string {
  switch (category) {
    case 'ips':
      return `198.51.${Math.floor(n / 250)}.${(n % 250) + 1}`;
    case 'envs':
      return `VAR${n}=secret${n}x`;
    case undefined:
      return `keep${n}x`;
    default:
      return `secret${n}x`;
  }
}

/** What must be gone after redaction (an environment entry keeps its name). */
const hiddenPart = (category: RedactionCategory | undefined, value: string) =>
  category === 'envs' ? value.slice(value.indexOf('=') + 1) : value;

describe.each(schemas)('redaction covers $name', ({ root }) => {
  const leaves = stringLeaves(root);
  const sensitive = leaves.filter((l) => l.category !== undefined);

  it('finds fields of every category in the schema', () => {
    for (const category of REDACTION_CATEGORIES) {
      expect(sensitive.filter((l) => l.category === category).length).toBeGreaterThan(0);
    }
    // Through process, parent, ancestors, tracee, signal target, file, credentials, usr, network, bind.
    expect(sensitive.map(pathOf)).toEqual(
      expect.arrayContaining([
        'process.args',
        'process.parent.envs',
        'process.ancestors.argv0',
        'process.ancestors.credentials.fsgroup',
        'ptrace.tracee.parent.user',
        'signal.target.ancestors.args',
        'file.destination.group',
        'usr.id',
        'network.source.ip',
        'bind.addr.ip',
      ]),
    );
  });

  it.each(REDACTION_CATEGORIES)('hides every %s field on its own', (category) => {
    sensitive
      .filter((l) => l.category === category)
      .forEach((leaf, n) => {
        const body: Tree = {};
        const secret = secretFor(category, n);
        place(body, leaf, secret);
        const { value, manifest } = redactValue(body, [category]);
        expect(JSON.stringify(value), pathOf(leaf)).not.toContain(hiddenPart(category, secret));
        expect(manifest[category].paths, pathOf(leaf)).toEqual([pathOf(leaf)]);
        expect(findUnredacted(value, REDACTION_CATEGORIES)).toEqual([]);
      });
  });

  it('hides them all in one body and leaves every other string field as it was', () => {
    const body: Tree = {};
    const values = leaves.map((leaf, n) => secretFor(leaf.category, n));
    leaves.forEach((leaf, n) => place(body, leaf, values[n] as string));
    const { value, manifest } = redactValue(body, REDACTION_CATEGORIES);
    const text = JSON.stringify(value);
    leaves.forEach((leaf, n) => {
      const v = values[n] as string;
      if (leaf.category === undefined) expect(text, pathOf(leaf)).toContain(JSON.stringify(v));
      else expect(text, pathOf(leaf)).not.toContain(hiddenPart(leaf.category, v));
    });
    const counted = REDACTION_CATEGORIES.reduce((sum, c) => sum + manifest[c].count, 0);
    expect(counted).toBe(sensitive.length);
    expect(findUnredacted(value, REDACTION_CATEGORIES)).toEqual([]);
  });
});
