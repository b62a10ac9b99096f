/** Switches between the dark and the light theme (remembered by the view store). */
import { setTheme, useViewStore } from '../../state/view-store';

export function ThemeToggle() {
  const theme = useViewStore((s) => s.theme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Switch to the ${next} theme`}
      title={`Switch to the ${next} theme`}
      onClick={() => setTheme(next)}
    >
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
