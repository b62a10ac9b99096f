// Which submitted rules name a policy's macros (and so are sent again after the policy run).
import { describe, expect, it } from 'vitest';
import { namesMacro } from './macro-refresh';

describe('namesMacro', () => {
  it('finds a macro named as a bare identifier', () => {
    expect(namesMacro('exec.file.name in shells', ['shells'])).toBe(true);
    expect(
      namesMacro('(shells_x || !web_servers) && open.file.path == "/x"', ['web_servers']),
    ).toBe(true);
  });

  it('ignores fields that contain the name and rules without macros', () => {
    expect(namesMacro('open.file.path == "/etc/shadow"', ['file', 'path', 'open'])).toBe(false);
    expect(namesMacro('exec.file.name in shells_more', ['shells'])).toBe(false);
    expect(namesMacro('exec.file.name == "sh"', [])).toBe(false);
  });
});
