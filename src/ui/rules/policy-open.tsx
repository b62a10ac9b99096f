/**
 * "Open policy…": a button over a hidden `<input type=file>` (`open-policy`) that reads a
 * policy file (YAML) as text on the main thread and hands it to the worker to run. The input
 * is cleared after each pick so the same file can be run again (after a new data set).
 */
import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import { runPolicyFile, usePolicyStore } from './policy-store';

export function PolicyOpen() {
  const input = useRef<HTMLInputElement>(null);
  const running = usePolicyStore((s) => s.running);
  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file !== undefined) void runPolicyFile(file);
  };
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="open-policy-button"
        disabled={running}
        title="Run every rule of a policy file (YAML) over the loaded events"
        onClick={() => input.current?.click()}
      >
        {running ? 'Running policy…' : 'Open policy…'}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".yaml,.yml,.policy,text/yaml,application/yaml"
        data-testid="open-policy"
        aria-label="Open a policy file"
        tabIndex={-1}
        onChange={onPicked}
      />
    </>
  );
}
