/**
 * One event in plain words: who (`cat (pid 4121, root)`), what it did to what
 * (`opened /etc/shadow read-only`), and how it ended when it did not simply succeed
 * (`— refused`), with the event's time beside. A pure function of the body: every value in the
 * sentence is a `value` part that names the field it came from.
 *
 * Each event type (`evt.name`) has a phrase; an unknown type still gets a sentence (its name
 * and the file it touched, if any), so a newer agent's events read sensibly.
 */
import { outcomeTone } from '../../../common/badges';
import type { JsonNode } from '../json-model';
import { member, numberOf, textOf } from '../body/json-access';
import { formatBodyTime, formatEpochMs } from '../describe/body-time';
import { CONNECTION_PHRASES } from './connection-phrases';
import { FILE_PHRASES } from './file-phrases';
import { KERNEL_PHRASES } from './kernel-phrases';
import { filePath, processLabel } from './phrase-helpers';
import type { Phrase } from './phrase-helpers';
import { PROCESS_PHRASES } from './process-phrases';
import { PartsBuilder } from './summary-parts';
import type { Summary } from './summary-parts';
import { SYSTEM_PHRASES } from './system-phrases';
import { WINDOWS_PHRASES } from './windows-phrases';

/** The phrase of every event type the summary knows, by `evt.name`. */
export const PHRASES: Readonly<Record<string, Phrase>> = {
  ...PROCESS_PHRASES,
  ...FILE_PHRASES,
  ...KERNEL_PHRASES,
  ...CONNECTION_PHRASES,
  ...SYSTEM_PHRASES,
  ...WINDOWS_PHRASES,
};

const fallback: Phrase = (body, out) => {
  const name = textOf(member(member(body, 'evt'), 'name'));
  if (name === undefined || name === '') out.text('did something (no event type)');
  else out.text('did ').value(name, 'evt.name');
  const file = member(body, 'file');
  if (file !== undefined) {
    out.text(' on ');
    filePath(file, 'file', out);
  }
};

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  refused: 'refused',
  error: 'failed',
};

function eventTime(body: JsonNode): string | undefined {
  const date = member(body, 'date');
  const text = textOf(date);
  if (text !== undefined) return formatBodyTime(text);
  const ms = numberOf(date);
  return ms === undefined ? undefined : formatEpochMs(ms);
}

export function summarize(body: JsonNode): Summary {
  const out = new PartsBuilder();
  const name = textOf(member(member(body, 'evt'), 'name')) ?? '';
  processLabel(member(body, 'process'), 'process', out, true);
  out.text(' ');
  // `Object.hasOwn`: an event type such as `constructor` must not reach the prototype.
  const phrase = Object.hasOwn(PHRASES, name) ? PHRASES[name] : undefined;
  (phrase ?? fallback)(body, out);

  const outcome = textOf(member(member(body, 'evt'), 'outcome'));
  if (outcome !== undefined && outcome !== '') {
    const tone = outcomeTone(outcome);
    if (tone !== 'success') {
      out.text(' — ');
      out.outcome(OUTCOME_WORDS[tone] ?? outcome, tone);
    }
  }
  return { time: eventTime(body), parts: out.parts };
}
