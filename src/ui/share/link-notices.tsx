/**
 * Notices about the opened link or saved view: parameters that were dropped, files that
 * differ, an event that is not there. Each stays until dismissed. Texts quote link content
 * (possibly crafted by someone else): shown as text with control characters visible.
 */
import { visibleText } from '../../lib/visible-text';
import { dismissLinkNotice, useLinkStore } from '../../state/link-store';

export function LinkNotices() {
  const notices = useLinkStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="link-notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice ${notice.tone === 'warning' ? 'notice--warn' : 'notice--info'} link-notice`}
          role={notice.tone === 'warning' ? 'alert' : 'status'}
          data-testid="link-notice"
          data-tone={notice.tone}
        >
          <div className="link-notice-text">
            <strong>{notice.title}</strong>
            {notice.lines.length > 0 && (
              <ul>
                {notice.lines.map((line, i) => (
                  <li key={i} className="mono">
                    {visibleText(line, 300).text}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => dismissLinkNotice(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
