/**
 * The hidden file inputs of the page, rendered once and always present: `open-file` (several
 * files, the test hook), a folder picker (`webkitdirectory`) and `open-baseline` (files to
 * compare the open data set with). Buttons anywhere open them through `pickFiles()`,
 * `pickFolder()` and `pickBaseline()`. Inputs are cleared after each pick so
 * that choosing the same file again opens it again. They are hidden from assistive
 * technology too: the visible buttons are the controls, announced once.
 */
import type { ChangeEvent } from 'react';
import type { OpenFile } from '../../protocol/messages';
import { openFiles } from '../../state/actions';
import { openBaseline } from '../../state/compare-actions';
import { filesFromInput } from './dropped-files';

let fileInput: HTMLInputElement | null = null;
let folderInput: HTMLInputElement | null = null;
let baselineInput: HTMLInputElement | null = null;

export function pickFiles(): void {
  fileInput?.click();
}

export function pickFolder(): void {
  folderInput?.click();
}

export function pickBaseline(): void {
  baselineInput?.click();
}

/** What a pick opens: the files as the data set, or as the baseline to compare it with. */
function onPickedWith(open: (files: OpenFile[]) => Promise<void>) {
  return (event: ChangeEvent<HTMLInputElement>): void => {
    const files = filesFromInput(event.currentTarget);
    event.currentTarget.value = '';
    // Not awaited: progress and errors arrive through the ingest and compare stores.
    void open(files);
  };
}

const onPicked = onPickedWith(openFiles);

/** A file input hidden from sight and from assistive technology (the buttons are the controls). */
function HiddenInput({
  assign,
  testId,
  isFolder = false,
  onChange,
}: {
  readonly assign: (el: HTMLInputElement | null) => void;
  readonly testId?: string;
  readonly isFolder?: boolean;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <input
      ref={(el) => {
        assign(el);
        // Not a React prop: the DOM property makes the picker select a folder.
        if (el !== null && isFolder) el.webkitdirectory = true;
      }}
      className="visually-hidden"
      type="file"
      multiple={!isFolder}
      data-testid={testId}
      aria-hidden="true"
      tabIndex={-1}
      onChange={onChange}
    />
  );
}

export function FilePickers() {
  return (
    <>
      <HiddenInput assign={(el) => (fileInput = el)} testId="open-file" onChange={onPicked} />
      <HiddenInput assign={(el) => (folderInput = el)} isFolder onChange={onPicked} />
      <HiddenInput
        assign={(el) => (baselineInput = el)}
        testId="open-baseline"
        onChange={onPickedWith(openBaseline)}
      />
    </>
  );
}
