/**
 * The process forest's input of a shard: each event's process context (`process-context.ts`)
 * as a code into the shard's distinct context texts; merged by adding every event to the
 * data set's forest in file order, each distinct text parsed once.
 */
import { parseProcessContext, processContextText } from '../../../index/process-context';
import { eventHost } from '../../../query/process-identity';
import type { IndexBuilder } from './index-builder';

export interface ProcessPart {
  /** Per event, a code into `contexts` (0: the event names no process). */
  readonly codes: Uint32Array;
  /** Distinct process context texts; entry 0 is `''`. */
  readonly contexts: readonly string[];
}

export const processBuilder: IndexBuilder<ProcessPart> = {
  begin() {
    let codes = new Uint32Array(1024);
    const byText = new Map<string, number>([['', 0]]);
    const contexts: string[] = [''];
    let count = 0;
    return {
      event: (key, event) => {
        const text = processContextText(event.body, eventHost(event.body, event.envelope?.host));
        let code = byText.get(text);
        if (code === undefined) {
          code = contexts.length;
          contexts.push(text);
          byText.set(text, code);
        }
        if (key >= codes.length) {
          const grown = new Uint32Array(codes.length * 2);
          grown.set(codes);
          codes = grown;
        }
        codes[key] = code;
        count = key + 1;
      },
      finish: () => ({ codes: codes.slice(0, count), contexts }),
    };
  },
  buffers: (part) => [part.codes.buffer as ArrayBuffer],
  merge(data, part, at) {
    const contexts = part.contexts.map(parseProcessContext);
    const none = { body: {}, host: '' };
    for (let k = 0; k < at.events; k++) {
      const context = contexts[part.codes[k] as number] ?? none;
      data.forest.addEvent(at.from + k, context.body, context.host);
    }
    return [];
  },
};
