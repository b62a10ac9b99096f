/**
 * One rejected record or file problem: where (file, line, byte offset), why, and a short
 * escaped excerpt of the record, shown as text.
 */
import { memo } from 'react';
import type { Problem } from '../../../protocol/messages';
import { formatInt } from '../../../lib/format';
import { visibleText, visibleTitle } from '../../../lib/visible-text';

interface ProblemItemProps {
  readonly problem: Problem;
}

// Pages are fetched again as problems arrive during a load: compare by content so that
// unchanged items do not re-render.
function sameProblem(a: ProblemItemProps, b: ProblemItemProps): boolean {
  const p = a.problem;
  const q = b.problem;
  return (
    p === q ||
    (p.source === q.source &&
      p.line === q.line &&
      p.byteOffset === q.byteOffset &&
      p.reason === q.reason &&
      p.excerpt === q.excerpt &&
      p.kind === q.kind)
  );
}

export const ProblemItem = memo(function ProblemItem({ problem }: ProblemItemProps) {
  const where = problem.line > 0 ? `line ${formatInt(problem.line)}` : 'whole file';
  return (
    <li
      className={`problem problem--${problem.kind}`}
      data-testid="problem-item"
      data-line={problem.line}
      data-source={problem.source}
    >
      <div className="problem-where">
        <span className="problem-source mono" title={visibleTitle(problem.source)}>
          {visibleText(problem.source, 200).text}
        </span>
        <span className="problem-line">{where}</span>
        <span className="dim">byte {formatInt(problem.byteOffset)}</span>
        {problem.kind === 'file' && <span className="tag">file problem</span>}
      </div>
      <div className="problem-reason">{visibleText(problem.reason, 500).text}</div>
      {problem.excerpt !== '' && (
        <pre className="problem-excerpt">{visibleText(problem.excerpt, 400).text}</pre>
      )}
    </li>
  );
}, sameProblem);
