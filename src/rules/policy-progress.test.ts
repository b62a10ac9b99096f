// Progress and cancel of policy runs in an in-process engine over generated events: progress
// goes from reading the fields (when the index lacks them) to evaluating rule by rule; a cancel
// stops the run between rules with the rules done so far, marked cancelled, or at once while
// the fields are read (the pass then completes, so the next run has them).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateEvents } from '../../scripts/generator/generate-events';
import type { PolicyProgress } from '../protocol/messages';
import { Engine } from '../worker/engine';

const POLICY = readFileSync('/work/shared/reference/policies/default.policy.v1.10.0.yaml', 'utf8');
const TEXT = [...generateEvents({ count: 20_000, seed: 2 })]
  .map((e) => JSON.stringify(e.body))
  .join('\n');

let engine: Engine;

beforeEach(async () => {
  engine = new Engine(() => undefined);
  await engine.open([{ file: new File([TEXT], 'events.ndjson'), path: 'events.ndjson' }]);
});

describe('policy run progress', () => {
  it('reports reading the fields, then rules done, at most every 100 ms', async () => {
    const seen: { at: number; progress: PolicyProgress }[] = [];
    const report = await engine.policyRun(POLICY, {}, (progress) =>
      seen.push({ at: performance.now(), progress }),
    );
    expect(report.cancelled).toBe(false);
    expect(report.rules).toHaveLength(report.ruleTotal);
    const phases = seen.map((s) => s.progress.phase);
    expect(phases).toContain('reading');
    expect(phases.indexOf('reading')).toBeLessThan(phases.indexOf('evaluating'));
    expect(phases.lastIndexOf('reading')).toBeLessThan(phases.indexOf('evaluating'));
    const reading = seen.filter((s) => s.progress.phase === 'reading');
    for (const { progress } of reading) {
      expect(progress.total).toBe(20_000);
      expect(progress.done).toBeLessThanOrEqual(progress.total);
    }
    const evaluating = seen.filter((s) => s.progress.phase === 'evaluating');
    expect(evaluating[0]?.progress).toEqual({
      phase: 'evaluating',
      done: 0,
      total: report.ruleTotal,
      matches: 0,
    });
    for (const [i, { progress }] of evaluating.entries()) {
      const before = report.rules.slice(0, progress.done);
      expect(progress.matches, `report ${i}`).toBe(before.reduce((n, r) => n + r.matches, 0));
    }
    for (let i = 1; i < seen.length; i++) {
      const gap = (seen[i]?.at ?? 0) - (seen[i - 1]?.at ?? 0);
      if (seen[i]?.progress.phase === seen[i - 1]?.progress.phase) {
        expect(gap).toBeGreaterThanOrEqual(95);
      }
    }
  }, 60_000);
});

describe('policy run cancel', () => {
  it('stops between rules with the rules done so far, marked cancelled', async () => {
    const full = await engine.policyRun(POLICY, {});
    let cancelled = false;
    const report = await engine.policyRun(POLICY, {}, (progress) => {
      if (progress.phase === 'evaluating' && progress.done === 0) {
        cancelled = engine.policyCancel();
      }
    });
    expect(cancelled).toBe(true);
    expect(report.cancelled).toBe(true);
    expect(report.ruleTotal).toBe(full.rules.length);
    expect(report.rules).toEqual(full.rules.slice(0, 1));
    expect(engine.policyCancel()).toBe(false);
  }, 60_000);

  it('stops at once while reading the fields; the pass completes for the next run', async () => {
    const running = engine.policyRun(POLICY, {});
    expect(engine.policyCancel()).toBe(true);
    const report = await running;
    expect(report).toMatchObject({ cancelled: true, rules: [] });
    expect(report.ruleTotal).toBeGreaterThan(100);
    // The next run waits for the same pass; the one after finds the fields indexed.
    const again = await engine.policyRun(POLICY, {});
    expect(again.cancelled).toBe(false);
    expect(again.rules).toHaveLength(report.ruleTotal);
    const phases: string[] = [];
    await engine.policyRun(POLICY, {}, (p) => phases.push(p.phase));
    expect(phases).not.toContain('reading');
  }, 60_000);

  it('a new run stops the one under way', async () => {
    const first = engine.policyRun(POLICY, {});
    const second = engine.policyRun(POLICY, {});
    expect((await first).cancelled).toBe(true);
    expect((await second).cancelled).toBe(false);
  }, 60_000);
});
