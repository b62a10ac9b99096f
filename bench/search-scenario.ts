// The search benchmark's workload, shared by the app run and the plain-scan baseline: queries
// in the explorer's syntax, each with the same filter written by hand over a parsed event body,
// and the facets and sorts measured after them.
/* eslint-disable @typescript-eslint/no-explicit-any -- hand-written filters over untyped JSON */

type Body = any;

export interface BenchQuery {
  readonly query: string;
  /** The same filter, written plainly over one parsed body. */
  readonly filter: (e: Body) => boolean;
}

const lower = (v: unknown): string => (typeof v === 'string' ? v.toLowerCase() : '');

/** The free-text fields (see src/query/indexed-fields.ts), for the hand-written `nginx` filter. */
function freeTexts(e: Body): unknown[] {
  return [
    e.evt?.name,
    e.agent?.rule_id,
    e.process?.comm,
    e.process?.executable?.path,
    e.process?.user,
    e.process?.parent?.executable?.path,
    e.usr?.id,
    e.container?.id,
    e.file?.path,
    e.file?.destination?.path,
    e.network?.source?.ip,
    e.network?.destination?.ip,
    e.dns?.question?.name,
    e.title,
  ];
}

export const BENCH_QUERIES: readonly BenchQuery[] = [
  { query: '@evt.name:open', filter: (e) => e.evt?.name === 'open' },
  {
    query: '@evt.name:exec -@process.user:root',
    filter: (e) => e.evt?.name === 'exec' && e.process?.user !== 'root',
  },
  {
    query: '@file.path:/etc/*',
    filter: (e) => typeof e.file?.path === 'string' && e.file.path.startsWith('/etc/'),
  },
  {
    query: '@process.pid:>10000',
    filter: (e) => typeof e.process?.pid === 'number' && e.process.pid > 10000,
  },
  {
    query: '@network.destination.port:443 OR @dns.question.name:*.com',
    filter: (e) =>
      e.network?.destination?.port === 443 ||
      (typeof e.dns?.question?.name === 'string' && e.dns.question.name.endsWith('.com')),
  },
  { query: 'nginx', filter: (e) => freeTexts(e).some((t) => lower(t).includes('nginx')) },
  {
    query: '@evt.category:"File Activity" @evt.outcome:Success',
    filter: (e) => e.evt?.category === 'File Activity' && e.evt?.outcome === 'Success',
  },
  {
    query: '@process.executable.path:(/usr/bin/curl OR /usr/bin/wget)',
    filter: (e) =>
      e.process?.executable?.path === '/usr/bin/curl' ||
      e.process?.executable?.path === '/usr/bin/wget',
  },
  {
    query: '-@evt.name:(open OR exit OR exec)',
    filter: (e) => !['open', 'exit', 'exec'].includes(e.evt?.name),
  },
  { query: '@agent.rule_id:fim_open', filter: (e) => e.agent?.rule_id === 'fim_open' },
];

/** Body paths of the default facets (src/query/indexed-fields.ts), counted by the baseline. */
export const BENCH_FACET_PATHS: readonly string[] = [
  'evt.name',
  'evt.category',
  'evt.outcome',
  'container.id',
  'process.user',
  'process.comm',
  'process.executable.path',
  'agent.rule_id',
  'file.path',
  'network.destination.ip',
  'dns.question.name',
];

/** Query whose facets are measured (a broad one: facets cost grows with matching events). */
export const FACET_QUERY = '-@evt.name:exit';
export const facetFilter = (e: Body): boolean => e.evt?.name !== 'exit';
