/**
 * The lanes' colours, read from the theme's CSS variables (the timeline's category palette,
 * so a category has one colour on the page) and read again when the theme changes.
 */
import { useMemo } from 'react';
import { useViewStore } from '../../state/view-store';
import { categoryTone } from '../timeline/category-colors';
import type { LanePalette } from './lane-paint';

export function useLanePalette(
  element: HTMLElement | null,
  categories: readonly string[],
): LanePalette | undefined {
  const theme = useViewStore((s) => s.theme);
  return useMemo(() => {
    if (element === null) return undefined;
    const style = getComputedStyle(element);
    const css = (name: string) => style.getPropertyValue(name).trim();
    // The theme is read through the computed style; naming it keeps the memo in step with it.
    void theme;
    return {
      categories: categories.map((category, c) => css(`--cat-${categoryTone(category, c)}`)),
      life: css('--pl-life'),
      lifeAlt: css('--pl-life-alt'),
      exec: css('--pl-exec'),
      selected: css('--accent-strong'),
      grid: css('--border-faint'),
    };
  }, [element, categories, theme]);
}
