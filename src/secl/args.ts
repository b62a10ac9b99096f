/**
 * The argument helpers of SECL, derived from a process's argv (argv0 excluded) as the agent
 * does: `args_flags` (`-ln` → `l`, `n`, `ln`; `--version` → `version`) and `args_options`
 * (`-T 8` → `T=8`, `--width=8` → `width=8`), and the `args` string (arguments joined by spaces).
 */

function isAlphaNumeric(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

export function argsFlags(args: readonly string[]): string[] {
  const flags: string[] = [];
  for (const arg of args) {
    if (arg.length < 2 || arg[0] !== '-') continue;
    let name = arg.slice(1);
    let isFlag = true;
    if (name.startsWith('-')) {
      name = name.slice(1);
      isFlag = false;
    }
    let isOption = false;
    for (const c of name) {
      isFlag = isFlag && isAlphaNumeric(c);
      isOption = isOption || c === '=';
    }
    if (name.length === 0) continue;
    if (isFlag) for (const c of name) flags.push(c);
    if (!isOption && name.length > 1) flags.push(name);
  }
  return flags;
}

export function argsOptions(args: readonly string[]): string[] {
  const options: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.length < 2 || arg[0] !== '-') continue;
    let name = arg.slice(1);
    if (name.startsWith('-')) name = name.slice(1);
    if (name.length === 0 || !isAlphaNumeric(name[0] as string)) continue;
    if (name.includes('=')) {
      options.push(name);
    } else if (i < args.length - 1) {
      const next = args[i + 1] as string;
      if (next.length === 0 || next[0] !== '-') {
        options.push(`${name}=${next}`);
        i++;
      }
    }
  }
  return options;
}

export function argsString(args: readonly string[]): string {
  return args.join(' ');
}
