/**
 * Writes the bundled sample investigation: about 6,000 events with the intrusion storyline, as
 * a gzipped log archive (`public/sample/investigation.json.gzip`), plus its manifest. The fleet
 * is mixed (generator option `agents: 'mixed'`): web-1, where the intrusion happens, runs a
 * seed-era agent, web-2, db-1 and ci-runner-1 run Linux agents 7.71, 7.64 and 7.57, and win-1
 * is a Windows server (7.71), so that each event is judged by its own agent's schema. The
 * output is deterministic: the same bytes on every run.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateEvents } from './generator/generate-events';
import { SAMPLE_OPTIONS } from './generator/sample-options';
import { writeShape } from './generator/shapes';
import type { GeneratedEvent } from './generator/types';
import { writeChunks } from './generator/write-output';

const SAMPLE_DIR = fileURLToPath(new URL('../public/sample/', import.meta.url));
// Not `.gz`: static servers (vite preview among them) send `*.gz` with Content-Encoding:
// gzip, the browser then inflates it, and the file's bytes (and so its event ids) would
// depend on the server.
const NAME = 'investigation.json.gzip';

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
  const events = counting(generateEvents(SAMPLE_OPTIONS), counter);
  const result = await writeChunks(writeShape('archive', events), `${SAMPLE_DIR}${NAME}`, {
    gzip: true,
    level: 9,
  });
  const manifest = {
    name: NAME,
    events: counter.n,
    description:
      'Cloud Workload Security events from five hosts over about two hours, as a ' +
      'log archive, sent by three generations of the agent: web-1 runs a seed-era agent (7.45), ' +
      'web-2, db-1 and ci-runner-1 run Linux agents 7.71, 7.64 and 7.57, and win-1 is a Windows ' +
      'server (agent 7.71); each event is checked against the schema of the agent that sent it. ' +
      'Hidden among the routine activity is an intrusion that starts with a web shell in the ' +
      'nginx container on web-1 and moves on to web-2, where it takes the instance’s cloud ' +
      'credentials from the metadata service.',
    // What the page shows above the table while the sample is open: where to start.
    brief: {
      summary:
        'Five hosts over about two hours of routine activity, sent by a seed-era ' +
        'agent (web-1), Linux agents 7.57 to 7.71 and a Windows agent (win-1), each event ' +
        'checked against its own agent’s schema; hidden in it, an intrusion on web-1 (nginx ' +
        'container) that begins with a shell started by nginx and moves on to web-2.',
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
        {
          text: 'the Windows server, checked against the Windows schema',
          query: '@schema:windows-7.71',
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
