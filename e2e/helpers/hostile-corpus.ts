// A corpus of hostile CWS events, as NDJSON: attacker-controlled strings (paths, arguments,
// environment, DNS names, comm, container ids, unknown keys) carrying HTML and script
// payloads, `javascript:` URLs, bidi overrides, zero-width and control characters, a 1 MB
// string, prototype keys, 100,000 arguments and 10,000 ancestors. Shared by unit and browser tests.

/** The function every script payload calls; a test installs it and checks it never ran. */
export const SENTINEL = '__pwned';

/** Payloads that would run `SENTINEL` if rendered as HTML, used as a URL or evaluated. */
export const SCRIPT_PAYLOADS: readonly string[] = [
  `<script>window.${SENTINEL}('script')</script>`,
  `<img src=x onerror="window.${SENTINEL}('img')">`,
  `"><svg/onload=window.${SENTINEL}('svg')>`,
  `javascript:window.${SENTINEL}('href')`,
  `</textarea></pre><iframe srcdoc="<script>parent.${SENTINEL}('iframe')</script>">`,
  `<a href="javascript:window.${SENTINEL}('a')">click</a>`,
  `<style>@import 'https://evil.example/x.css';</style><b style="background:url(https://evil.example/p)">`,
  `\${window.${SENTINEL}('template')}{{constructor.constructor('window.${SENTINEL}(1)')()}}`,
  `<details open ontoggle=alert('toggle')>`,
];

/** Characters that must never reach the screen as they are, with the stand-in shown instead. */
export const INVISIBLES: ReadonlyArray<readonly [string, string]> = [
  ['\u202e', '⟨U+202E⟩'], // right-to-left override
  ['\u2066', '⟨U+2066⟩'], // left-to-right isolate
  ['\u200b', '⟨U+200B⟩'], // zero-width space
  ['\u200d', '⟨U+200D⟩'], // zero-width joiner
  ['\ufeff', '⟨U+FEFF⟩'], // zero-width no-break space
  ['\u{e0041}', '⟨U+E0041⟩'], // tag character "A"
  ['\u0000', '␀'],
  ['\u001b', '␛'],
  ['\u0007', '␇'],
  ['\r', '␍'],
  ['\u007f', '␡'],
  ['\u0085', '\\u0085'],
];

/** Length of the long string (1 MiB of text). */
export const LONG_LENGTH = 1024 * 1024;
export const ARG_COUNT = 100_000;
export const ANCESTOR_COUNT = 10_000;

export type HostileCaseName =
  | 'html'
  | 'bidi'
  | 'control'
  | 'long'
  | 'proto'
  | 'proto-nested'
  | 'proto-flat'
  | 'proto-envelope'
  | 'many-args'
  | 'deep-lineage'
  | 'odd-keys'
  | 'numbers';

export interface HostileCase {
  readonly name: HostileCaseName;
  /** `agent.rule_id` of its event: `@agent.rule_id:<ruleId>` finds it. */
  readonly ruleId: string;
  readonly description: string;
  /** Words of its hostile content that a search for them must find (free text or a field). */
  readonly searches: readonly string[];
  /** The NDJSON line. */
  readonly line: string;
}

const HOST = 'hostile-host';
const DATE = '2026-11-20T10:00:00.000000000Z';
const CONTAINER = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';

/** A plausible open event, for the hostile fields to be laid over. */
function baseBody(ruleId: string, index: number): Record<string, unknown> {
  return {
    agent: { rule_id: ruleId, policy_name: 'default.policy', version: '7.45.0' },
    title: `Hostile event ${ruleId}`,
    date: `2026-11-20T10:00:${String(index).padStart(2, '0')}.000000000Z`,
    evt: { name: 'open', category: 'File Activity', outcome: 'Success' },
    hostname: HOST,
    file: { path: `/tmp/hostile/${ruleId}`, name: ruleId, uid: 0, gid: 0, mode: 33188 },
    process: {
      pid: 4000 + index,
      ppid: 1,
      uid: 0,
      gid: 0,
      user: 'root',
      comm: 'sh',
      fork_time: DATE,
      exec_time: DATE,
      executable: { path: '/bin/sh', name: 'sh', uid: 0, gid: 0 },
      argv0: 'sh',
      args: ['-c', 'true'],
      container: { id: CONTAINER },
    },
    container: { id: CONTAINER },
  };
}

/** `JSON.stringify` keeps own `__proto__` keys; object literals would set the prototype. */
function withOwn(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  return target;
}

const POLLUTE = { polluted: 'yes', toString: 'not a function', isAdmin: true };

function allPayloads(): string {
  return SCRIPT_PAYLOADS.join(' ');
}

function htmlCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_html', index);
  const payload = allPayloads();
  body['file'] = {
    ...(body['file'] as object),
    path: `/var/www/${SCRIPT_PAYLOADS[1]}/index.html`,
    name: SCRIPT_PAYLOADS[0],
  };
  body['process'] = {
    ...(body['process'] as object),
    comm: `<b>xss</b>${SCRIPT_PAYLOADS[2]}`,
    executable: { path: `/usr/bin/${SCRIPT_PAYLOADS[3]}`, name: 'x', uid: 0, gid: 0 },
    args: [...SCRIPT_PAYLOADS],
    envs: SCRIPT_PAYLOADS.map((p, i) => `XSS_${i}=${p}`),
    container: { id: SCRIPT_PAYLOADS[4] },
    user: SCRIPT_PAYLOADS[5],
  };
  body['container'] = { id: SCRIPT_PAYLOADS[4] };
  body['dns'] = { question: { name: `${SCRIPT_PAYLOADS[3]}.evil.example`, type: 'A' } };
  body['network'] = { destination: { ip: '203.0.113.7', port: 443 } };
  body['title'] = SCRIPT_PAYLOADS[6];
  body['xss_unknown_section'] = { payload, link: 'javascript:alert(document.domain)' };
  body[SCRIPT_PAYLOADS[1] as string] = payload;
  return body;
}

function bidiCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_bidi', index);
  // Trojan-source style: "/tmp/invoice_‮fdp.exe" reads as "invoice_exe.pdf".
  body['file'] = { ...(body['file'] as object), path: '/tmp/invoice_\u202efdp.exe' };
  body['process'] = {
    ...(body['process'] as object),
    comm: 'ba\u200bsh\u2066',
    args: ['-c', 'echo \u202egnp.lmth', 'zero\u200d\ufeffwidth', 'tag\u{e0041}\u{e0042}'],
    envs: ['PATH=/usr/bin\u202e', 'LD_PRELOAD=/tmp/\u2066x.so'],
    executable: { path: '/usr/bin/\u202etxt.sh', name: 'sh', uid: 0, gid: 0 },
  };
  body['container'] = { id: 'bidi\u202econtainer' };
  body['dns'] = { question: { name: 'paypa\u200bl.example', type: 'A' } };
  body['bidi\u202ekey'] = 'value\u2066';
  return body;
}

function controlCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_control', index);
  body['file'] = { ...(body['file'] as object), path: '/tmp/nul\u0000byte\u0007bell' };
  body['process'] = {
    ...(body['process'] as object),
    comm: 'ansi\u001b[31mred\u001b[0m',
    args: [
      'carriage\rreturn',
      'back\bspace',
      'del\u007f',
      'c1\u0085next',
      'line\u2028sep',
      'tab\tx',
    ],
    envs: ['TERM=\u001b]0;owned\u0007', 'NUL=\u0000'],
    user: 'ro\u0000ot',
  };
  body['container'] = { id: 'ctl\u0000\u001b[2J' };
  body['dns'] = { question: { name: 'ctl\u0000.example', type: 'A' } };
  return body;
}

function longCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_long', index);
  const unit = 'A1/<b>long</b>\u202e';
  const long = `/long/${unit.repeat(Math.ceil(LONG_LENGTH / unit.length))}`.slice(0, LONG_LENGTH);
  body['file'] = { ...(body['file'] as object), path: long };
  body['process'] = {
    ...(body['process'] as object),
    args: ['-c', `${long}longargend`],
    envs: [`BIG=${long}`],
  };
  return body;
}

function protoCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_proto', index);
  withOwn(body, '__proto__', { ...POLLUTE });
  withOwn(body, 'constructor', { prototype: { ...POLLUTE }, name: 'constructor' });
  withOwn(body, 'prototype', { ...POLLUTE });
  return body;
}

function protoNestedCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_proto_nested', index);
  const process = { ...(body['process'] as Record<string, unknown>) };
  withOwn(process, '__proto__', { ...POLLUTE });
  withOwn(process, 'constructor', { prototype: { ...POLLUTE } });
  process['args'] = ['__proto__', 'constructor', 'prototype'];
  process['envs'] = ['__proto__=polluted', 'constructor.prototype.polluted=yes'];
  process['comm'] = '__proto__';
  process['user'] = 'constructor';
  body['process'] = process;
  const file = withOwn({ ...(body['file'] as object) }, '__proto__', { ...POLLUTE });
  file['path'] = '/__proto__/constructor/prototype';
  body['file'] = file;
  body['container'] = { id: '__proto__' };
  body['evt'] = withOwn({ ...(body['evt'] as object) }, '__proto__', { ...POLLUTE });
  body['deep'] = { a: { b: withOwn({}, '__proto__', { ...POLLUTE }) } };
  body['list'] = [withOwn({}, '__proto__', { ...POLLUTE }), { constructor: { prototype: {} } }];
  return body;
}

/** Flattened `@`-keys: unflattening must not walk into a prototype. */
function protoFlatCase(index: number): Record<string, unknown> {
  return {
    '@agent.rule_id': 'hostile_proto_flat',
    '@evt.name': 'open',
    '@evt.category': 'File Activity',
    '@date': `2026-11-20T10:00:${String(index).padStart(2, '0')}.000000000Z`,
    '@process.pid': 4000 + index,
    '@process.comm': 'flat',
    '@__proto__.polluted': 'yes',
    '@constructor.prototype.polluted': 'yes',
    '@process.__proto__.polluted': 'yes',
    '@file.path': '/tmp/hostile/flat',
    hostname: HOST,
  };
}

/** A log-archive line whose envelope id, host, service and tags are prototype names. */
function protoEnvelopeCase(index: number): Record<string, unknown> {
  const line: Record<string, unknown> = {
    _id: '__proto__',
    date: `2026-11-20T10:00:${String(index).padStart(2, '0')}.000Z`,
    host: '__proto__',
    service: 'constructor',
    source: 'prototype',
    status: 'hasOwnProperty',
    tags: ['__proto__:polluted', 'constructor:prototype', 'toString'],
    attributes: baseBody('hostile_proto_envelope', index),
  };
  withOwn(line, '__proto__', { ...POLLUTE });
  return line;
}

function manyArgsCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_many_args', index);
  const args = Array.from({ length: ARG_COUNT }, (_, i) => `arg${i}`);
  args[ARG_COUNT - 1] = 'lastarg<script>';
  body['process'] = { ...(body['process'] as object), args, args_truncated: false };
  return body;
}

function deepLineageCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_deep_lineage', index);
  const pid = 200_000;
  const ancestors = Array.from({ length: ANCESTOR_COUNT }, (_, i) => ({
    pid: pid - 1 - i,
    ppid: i === ANCESTOR_COUNT - 1 ? 1 : pid - 2 - i,
    comm: i === ANCESTOR_COUNT - 1 ? 'oldest-ancestor' : `anc${i}`,
    fork_time: DATE,
    exec_time: DATE,
    uid: 0,
    gid: 0,
    executable: { path: `/bin/anc${i}`, name: `anc${i}` },
  }));
  body['process'] = {
    ...(body['process'] as object),
    pid,
    ppid: pid - 1,
    comm: 'deep-child',
    parent: ancestors[0],
    ancestors,
  };
  return body;
}

/** Keys that shadow Object.prototype methods, and keys that are markup or empty. */
function oddKeysCase(index: number): Record<string, unknown> {
  const body = baseBody('hostile_odd_keys', index);
  for (const key of ['hasOwnProperty', 'toString', 'valueOf', 'toJSON', 'isPrototypeOf']) {
    body[key] = key === 'toJSON' ? 'not a function' : { polluted: 'yes' };
  }
  body[''] = 'empty key';
  body['a.b'] = 'dotted key';
  body['<svg onload=alert(1)>'] = { '<img src=x onerror=alert(2)>': 'key payload' };
  body['process'] = withOwn(
    { ...(body['process'] as object), hasOwnProperty: 'shadowed' },
    'toString',
    'shadowed',
  );
  return body;
}

/** Numbers JSON allows but JavaScript rounds or overflows. */
function numbersLine(index: number): string {
  const body = baseBody('hostile_numbers', index);
  const marker = '"__NUMBERS__"';
  body['process'] = { ...(body['process'] as object), pid: marker, uid: marker };
  body['file'] = { ...(body['file'] as object), inode: marker, mode: marker };
  return JSON.stringify(body)
    .replace(`"pid":${marker}`, '"pid":1e999')
    .replace(`"uid":${marker}`, '"uid":-0')
    .replace(`"inode":${marker}`, '"inode":123456789012345678901234567890')
    .replace(`"mode":${marker}`, '"mode":-1e-400');
}

const BUILDERS: ReadonlyArray<
  readonly [HostileCaseName, string, string, readonly string[], (i: number) => string]
> = [
  [
    'html',
    'hostile_html',
    'HTML, script and javascript: payloads in every attacker-controlled string',
    ['onerror', '@process.args:*script*'],
    (i) => JSON.stringify(htmlCase(i)),
  ],
  [
    'bidi',
    'hostile_bidi',
    'bidi overrides, isolates, zero-width and tag characters',
    ['invoice_', '@process.args:*lmth*'],
    (i) => JSON.stringify(bidiCase(i)),
  ],
  [
    'control',
    'hostile_control',
    'NUL, ANSI escapes, bell, carriage return, DEL, C1 and separator characters',
    ['ansi', '@process.args:carriage*'],
    (i) => JSON.stringify(controlCase(i)),
  ],
  [
    'long',
    'hostile_long',
    'a 1 MiB path, argument and environment variable',
    ['/long/*', '@process.args:*longargend'],
    (i) => JSON.stringify(longCase(i)),
  ],
  [
    'proto',
    'hostile_proto',
    '__proto__, constructor and prototype keys at the top of the body',
    ['@__proto__.polluted:yes', '@constructor.prototype.polluted:yes'],
    (i) => JSON.stringify(protoCase(i)),
  ],
  [
    'proto-nested',
    'hostile_proto_nested',
    '__proto__ and constructor keys and values inside sections and arrays',
    ['@process.comm:__proto__', '@process.__proto__.polluted:yes'],
    (i) => JSON.stringify(protoNestedCase(i)),
  ],
  [
    'proto-flat',
    'hostile_proto_flat',
    'flattened @-keys that walk into __proto__ and constructor.prototype',
    ['@process.comm:flat', '@__proto__.polluted:yes'],
    (i) => JSON.stringify(protoFlatCase(i)),
  ],
  [
    'proto-envelope',
    'hostile_proto_envelope',
    'a log-archive line whose id, host, service and tags are prototype names',
    ['host:__proto__', '__proto__:polluted'],
    (i) => JSON.stringify(protoEnvelopeCase(i)),
  ],
  [
    'many-args',
    'hostile_many_args',
    `${ARG_COUNT.toLocaleString('en')} process arguments`,
    ['@process.args:arg99998'],
    (i) => JSON.stringify(manyArgsCase(i)),
  ],
  [
    'deep-lineage',
    'hostile_deep_lineage',
    `a process with ${ANCESTOR_COUNT.toLocaleString('en')} ancestors`,
    ['@process.comm:deep-child'],
    (i) => JSON.stringify(deepLineageCase(i)),
  ],
  [
    'odd-keys',
    'hostile_odd_keys',
    'keys that shadow Object.prototype methods, an empty key and markup keys',
    ['@hasOwnProperty.polluted:yes'],
    (i) => JSON.stringify(oddKeysCase(i)),
  ],
  [
    'numbers',
    'hostile_numbers',
    'a pid of 1e999, -0, a 30-digit inode and an underflowing mode',
    ['@agent.rule_id:hostile_numbers'],
    (i) => numbersLine(i),
  ],
];

export interface HostileCorpus {
  readonly cases: readonly HostileCase[];
  /** The NDJSON file: one line per case. */
  readonly text: string;
}

let cached: HostileCorpus | undefined;

/** The corpus (built once per process; about 4 MB of text). */
export function hostileCorpus(): HostileCorpus {
  if (cached === undefined) {
    const cases = BUILDERS.map(([name, ruleId, description, searches, build], i) => ({
      name,
      ruleId,
      description,
      searches,
      line: build(i),
    }));
    cached = { cases, text: cases.map((c) => `${c.line}\n`).join('') };
  }
  return cached;
}

/** One case by name. */
export function hostileCase(name: HostileCaseName): HostileCase {
  const found = hostileCorpus().cases.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no hostile case ${name}`);
  return found;
}
