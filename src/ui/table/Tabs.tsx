/**
 * A WAI-ARIA tab list: the selected tab is the one Tab stop, arrow keys move
 * between tabs and select them (Home and End go to the ends). The panels are
 * the caller's; each names itself by its tab (`tabId`).
 */
import type { KeyboardEvent } from 'react';

export interface TabDef<T extends string> {
  readonly id: T;
  readonly label: string;
}

export const tabId = (base: string, id: string) => `${base}-tab-${id}`;
export const panelId = (base: string, id: string) => `${base}-panel-${id}`;

export function Tabs<T extends string>({
  base,
  label,
  tabs,
  selected,
  onSelect,
  className,
}: {
  /** Prefix of the tab and panel ids (unique in the instance's root). */
  base: string;
  label: string;
  tabs: readonly TabDef<T>[];
  selected: T;
  onSelect: (id: T) => void;
  className?: string;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const n = tabs.length;
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % n
        : e.key === 'ArrowLeft'
          ? (at - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    const next = tabs[to];
    if (!next) return;
    // Handled here: the loop player's arrow keys must not step as well.
    e.preventDefault();
    e.stopPropagation();
    onSelect(next.id);
    const list = e.currentTarget.parentElement;
    requestAnimationFrame(() =>
      list?.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus(),
    );
  };
  return (
    <div role="tablist" aria-label={label} className={`tabs${className ? ` ${className}` : ''}`}>
      {tabs.map((t) => {
        const on = t.id === selected;
        return (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={tabId(base, t.id)}
            data-tab={t.id}
            aria-selected={on}
            aria-controls={panelId(base, t.id)}
            tabIndex={on ? 0 : -1}
            className="tab"
            onClick={() => onSelect(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
