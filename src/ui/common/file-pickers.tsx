/**
 * The two hidden file inputs of the page, rendered once and always present: `open-file`
 * (several files, the test hook) and a folder picker (`webkitdirectory`). Buttons anywhere
 * open them through `pickFiles()` / `pickFolder()`. Inputs are cleared after each pick so
 * that choosing the same file again opens it again. They are hidden from assistive
 * technology too: the visible buttons are the controls, announced once.
 */
import type { ChangeEvent } from 'react';
import { openFiles } from '../../state/actions';
import { filesFromInput } from './dropped-files';

let fileInput: HTMLInputElement | null = null;
let folderInput: HTMLInputElement | null = null;

export function pickFiles(): void {
  fileInput?.click();
}

export function pickFolder(): void {
  folderInput?.click();
}

function onPicked(event: ChangeEvent<HTMLInputElement>): void {
  const files = filesFromInput(event.currentTarget);
  event.currentTarget.value = '';
  // Not awaited: progress and errors arrive through the ingest store.
  void openFiles(files);
}

export function FilePickers() {
  return (
    <>
      <input
        ref={(el) => {
          fileInput = el;
        }}
        className="visually-hidden"
        type="file"
        multiple
        data-testid="open-file"
        aria-hidden="true"
        tabIndex={-1}
        onChange={onPicked}
      />
      <input
        ref={(el) => {
          folderInput = el;
          // Not a React prop: the DOM property makes the picker select a folder.
          if (el !== null) el.webkitdirectory = true;
        }}
        className="visually-hidden"
        type="file"
        aria-hidden="true"
        tabIndex={-1}
        onChange={onPicked}
      />
    </>
  );
}
