import { describe, expect, it } from 'vitest';
import { parseBrief } from './sample-brief-store';

describe('parseBrief', () => {
  it('reads the summary, the steps and what comes next', () => {
    const brief = parseBrief({
      brief: {
        summary: 'Four hosts.',
        steps: [{ text: 'The shell', query: '@evt.name:exec' }],
        next: 'Open the tree.',
      },
    });
    expect(brief).toEqual({
      summary: 'Four hosts.',
      steps: [{ text: 'The shell', query: '@evt.name:exec' }],
      next: 'Open the tree.',
    });
  });

  it('drops malformed steps and refuses a brief without its texts', () => {
    const steps = [{ text: 'ok', query: 'q' }, { text: 1, query: 'q' }, null, 'x'];
    expect(parseBrief({ brief: { summary: 's', steps, next: 'n' } })?.steps).toEqual([
      { text: 'ok', query: 'q' },
    ]);
    expect(parseBrief({ brief: { summary: '', steps: [], next: 'n' } })).toBeUndefined();
    expect(parseBrief({ description: 'no brief' })).toBeUndefined();
    expect(parseBrief(null)).toBeUndefined();
  });
});
