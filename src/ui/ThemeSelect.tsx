import { useId } from 'react';
import type { AppState } from '../state/store';
import type { Theme } from '../state/viewState';
import { useActions, useAppStore } from './context';

const selectTheme = (s: AppState) => s.view.theme;

export function ThemeSelect() {
  const theme = useAppStore(selectTheme);
  const { setTheme } = useActions();
  const id = useId();
  return (
    <span className="theme-select">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d="M8 1.5a6.5 6.5 0 100 13z" fill="currentColor" />
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      </svg>
      <label htmlFor={id} className="visually-hidden">
        Theme
      </label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="auto">Auto</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  );
}
