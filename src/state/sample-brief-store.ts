/**
 * The brief of the bundled sample (what it holds, where to start), read from the sample's
 * manifest when the sample is opened and dropped when other files are; and whether the
 * analyst dismissed it (remembered in the browser, so it does not return on every visit).
 */
import { create } from 'zustand';
import { browserStorage } from '../share/browser-storage';
import { readStored, writeStored } from '../share/local-store';

export interface BriefStep {
  /** What the step shows, in plain words. */
  readonly text: string;
  /** The query that shows it. */
  readonly query: string;
}

export interface SampleBrief {
  readonly summary: string;
  readonly steps: readonly BriefStep[];
  /** What to do after the steps. */
  readonly next: string;
}

const DISMISSED_KEY = 'cws-explorer.sample-brief-dismissed';

interface BriefState {
  readonly brief: SampleBrief | undefined;
  readonly isDismissed: boolean;
}

export const useSampleBriefStore = create<BriefState>(() => ({
  brief: undefined,
  isDismissed: readStored(browserStorage(), DISMISSED_KEY) === true,
}));

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** The brief in a manifest's `brief`, or undefined when it is missing or malformed. */
export function parseBrief(manifest: unknown): SampleBrief | undefined {
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const brief = (manifest as { brief?: unknown }).brief;
  if (typeof brief !== 'object' || brief === null) return undefined;
  const { summary, steps, next } = brief as Record<string, unknown>;
  if (!isText(summary) || !isText(next) || !Array.isArray(steps)) return undefined;
  const parsed = steps.flatMap((step: unknown) => {
    if (typeof step !== 'object' || step === null) return [];
    const { text, query } = step as Record<string, unknown>;
    return isText(text) && isText(query) ? [{ text, query }] : [];
  });
  return { summary, steps: parsed, next };
}

export function setSampleBrief(brief: SampleBrief | undefined): void {
  useSampleBriefStore.setState({ brief });
}

export function dismissSampleBrief(): void {
  writeStored(browserStorage(), DISMISSED_KEY, true);
  useSampleBriefStore.setState({ isDismissed: true });
}
