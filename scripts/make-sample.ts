/**
 * Writes the bundled sample investigation: about 6,000 events with the intrusion storyline, as
 * a gzipped log archive (`public/sample/investigation.json.gzip`), plus its manifest. The output
 * is deterministic: the same bytes on every run.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateEvents } from './generator/generate-events';
import { writeShape } from './generator/shapes';
import type { GeneratedEvent } from './generator/types';
import { writeChunks } from './generator/write-output';

const SAMPLE_DIR = fileURLToPath(new URL('../public/sample/', import.meta.url));
// Not `.gz`: static servers (vite preview among them) send `*.gz` with Content-Encoding:
// gzip, the browser then inflates it, and the file's bytes (and so its event ids) would
// depend on the server.
const NAME = 'investigation.json.gzip';
const EVENTS = 6000;

function* counting(
  events: Iterable<GeneratedEvent>,
  counter: { n: number },
): Generator<GeneratedEvent> {
  for (const event of events) {
    counter.n++;
    yield event;
  }
}

async function main(): Promise<void> {
  const counter = { n: 0 };
  const events = counting(generateEvents({ seed: 1, count: EVENTS }), counter);
  const result = await writeChunks(writeShape('archive', events), `${SAMPLE_DIR}${NAME}`, {
    gzip: true,
    level: 9,
  });
  const manifest = {
    name: NAME,
    events: counter.n,
    description:
      'Cloud Workload Security events from four hosts (web-1, web-2, db-1, ci-runner-1) over about ' +
      'two and a half hours, as a log archive. Hidden among the routine activity is an intrusion that ' +
      'starts with a web shell in the nginx container on web-1.',
    // What the page shows above the table while the sample is open: where to start.
    brief: {
      summary:
        'Four hosts over about two and a half hours of routine activity, and hidden in it an ' +
        'intrusion on web-1 (nginx container) that begins with a shell started by nginx.',
      steps: [
        {
          text: 'the web shell (sh under nginx)',
          query: '@agent.rule_id:potential_web_shell_parent',
        },
        {
          text: 'the refused read of /etc/shadow',
          query: '@evt.outcome:Refused',
        },
        {
          text: 'the detections on web-1',
          query:
            'host:web-1 -@agent.rule_id:*_audit -@agent.rule_id:fim_* ' +
            '-@agent.rule_id:credentials_change',
        },
      ],
      next: 'then open an event’s Process tree tab to follow what the shell started.',
    },
  };
  await writeFile(`${SAMPLE_DIR}manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(
    `${SAMPLE_DIR}${NAME}: ${counter.n} events, ${result.bytes} bytes (${result.textBytes} uncompressed)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
