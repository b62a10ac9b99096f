/**
 * A part of a section that opens on demand (an ancestor's full details, a long list). Its
 * content is a render function, built only while open, so a closed lineage of 200 ancestors
 * costs 200 lines, not 200 process views. "Expand all" opens every disclosure of the view.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useExpandAll } from './view-context';

interface DisclosureProps {
  /** Words on the toggle, e.g. "details". */
  readonly label: string;
  readonly children: () => ReactNode;
}

export function Disclosure({ label, children }: DisclosureProps) {
  const expandAll = useExpandAll();
  const [isOpen, setOpen] = useState(expandAll);
  return (
    <div className={isOpen ? 'ev-disclosure ev-disclosure--open' : 'ev-disclosure'}>
      <button
        type="button"
        className="link-button ev-disclosure-toggle"
        aria-expanded={isOpen}
        onClick={() => setOpen(!isOpen)}
      >
        {isOpen ? '▾' : '▸'} {label}
      </button>
      {isOpen && <div className="ev-disclosure-body">{children()}</div>}
    </div>
  );
}
