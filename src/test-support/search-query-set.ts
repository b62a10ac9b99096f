/**
 * Test support: the search engine's query set — queries over every kind of field, syntax and
 * pivot, with slow-path fields — and the data set they run on (3000 generated Logs API items,
 * a few bodies broken so that validity has all three classes, a few tags without a key).
 * The in-tab engine's tests and the ClickHouse conformance tests share them.
 */
import { generateEvents, type GeneratedEvent } from '../../scripts/generator';
import { logsV2Item } from '../../scripts/generator/envelopes';

/** The generated events of the data set, and its NDJSON lines (one per event). */
export function searchFixture(): { generated: GeneratedEvent[]; lines: string[] } {
  const generated = [...generateEvents({ seed: 11, count: 3000 })];
  const lines = generated.map((e) => logsV2Item(e));
  // A few bodies broken on purpose, so that validity has all three classes.
  lines[10] = lines[10]?.replace('"evt":{', '"evt":{"async":"yes",') ?? '';
  lines[20] = lines[20]?.replace('"evt":{', '"evt":{"unknown_field":1,') ?? '';
  // A few tags without a key (`tags:prod`).
  for (const i of [30, 31, 500]) lines[i] = lines[i]?.replace('"tags":[', '"tags":["prod",') ?? '';
  return { generated, lines };
}

export const SEARCH_QUERIES: readonly string[] = [
  '@evt.name:open',
  '-@evt.name:exit',
  'NOT @evt.name:exit',
  '@evt.name:(open OR unlink OR rename)',
  '@evt.category:"File Activity"',
  '@evt.outcome:success',
  '@file.path:/etc/*',
  '@file.path:/etc/shadow',
  '@file.name:*.conf',
  '@process.pid:>1000',
  '@process.pid:[100 TO 2000]',
  '@process.pid:{100 TO 2000}',
  '@process.ppid:<=1',
  '@process.executable.path:/usr/sbin/nginx',
  '@process.args:*',
  '@process.args:-c',
  '@process.user:root',
  '@network.destination.port:443',
  '@dns.question.name:*.com',
  '@agent.rule_id:fim_open OR @agent.rule_id:shadow_file_access',
  'host:web-1',
  'host:web-? @evt.name:exec',
  '(host:web-1 OR host:db-1) -@evt.category:Process',
  'service:nginx',
  'source:runtime-security-agent status:info',
  'env:*',
  '@validity:invalid',
  '-@validity:valid',
  '@validity:(drift OR invalid)',
  // Process pivots (see also worker/process-tree.test.ts).
  '@process.key:web-1/*',
  '-@process.key:web-1/* @evt.name:open',
  '@process.subtree:web-1/1/*',
  'nginx',
  'shadow',
  '"/etc/passwd"',
  'cron* ubuntu',
  'r??t',
  // Syntax with a meaning of its own (see query/parse.ts): all, none, exists, tags, any field.
  '*',
  '-* OR host:web-1',
  '*shadow',
  'WEB* -shadow*',
  '_exists_:@container.id',
  '_missing_:@container.id',
  '_missing_:@file.mode',
  'tags:prod',
  'tags:image_name:*',
  '*:prod',
  '*:NGINX',
  '*:/usr/sbin/*',
  '*:53',
  'host:web-1 && @evt.name:open || @evt.name:exec',
  // Outside the index: answered by the slow path.
  '@file.mode:>400',
  '@process.ancestors.executable.path:/usr/sbin/nginx',
  '@process.envs:PATH=*',
  '@process.credentials.euid:0 @evt.name:exec',
  '@usr.id:* OR @container.id:*',
  'nosuchword',
];
