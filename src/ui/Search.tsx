/**
 * Find a company by name or ticker as you type (an ARIA 1.2 combobox): arrows
 * move through the matches, Enter chooses, Escape closes. Choosing selects the
 * company and brings it into view.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { KIND_LABELS, type Company } from '../model';
import { useActions } from './context';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function rankCompanies(companies: readonly Company[], query: string, limit = 8): Company[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { c: Company; score: number }[] = [];
  for (const c of companies) {
    const name = fold(c.name);
    const ticker = fold(c.ticker ?? '');
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (ticker && ticker.startsWith(q)) score = 1;
    else if (name.split(/[\s()/.-]+/).some((w) => w.startsWith(q))) score = 2;
    else if (name.includes(q) || c.id.includes(q)) score = 3;
    if (score >= 0) scored.push({ c, score });
  }
  scored.sort((a, b) => a.score - b.score || a.c.name.localeCompare(b.c.name));
  return scored.slice(0, limit).map((s) => s.c);
}

export function Search({
  companies,
  onFound,
}: {
  companies: readonly Company[];
  onFound?: (id: string) => void;
}) {
  const { selectCompany } = useActions();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const matches = useMemo(() => rankCompanies(companies, query), [companies, query]);
  const expanded = open && query.trim() !== '';

  const choose = (c: Company) => {
    selectCompany(c.id);
    onFound?.(c.id);
    setQuery('');
    setOpen(false);
    // Focus follows the reader's choice: to the details heading, once it is drawn.
    const root = inputRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const heading = root?.getElementById?.('details-title') ?? null;
        if (heading) heading.focus();
        else inputRef.current?.blur();
      }),
    );
  };

  return (
    <div className="search">
      <svg className="search-icon" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
        <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.7" />
        <path d="M11 11l3.5 3.5" stroke="currentColor" strokeWidth="1.7" />
      </svg>
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label="Find a company"
        placeholder="Find a company"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && matches[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (matches.length ? (i + 1) % matches.length : 0));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => (matches.length ? (i - 1 + matches.length) % matches.length : 0));
          } else if (e.key === 'Enter') {
            const c = matches[active];
            if (expanded && c) {
              e.preventDefault();
              choose(c);
            }
          } else if (e.key === 'Escape') {
            e.preventDefault();
            if (expanded) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Companies found"
        className="search-list"
        hidden={!expanded}
      >
        {expanded && matches.length === 0 && (
          <li className="search-empty" role="presentation">
            No company matches “{query.trim()}”
          </li>
        )}
        {expanded &&
          matches.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              // mousedown, not click: it must win the race with the input's blur.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className={`dot kind-${c.kind}`} aria-hidden="true" />
              <span className="search-name">{c.name}</span>
              <span className="muted small">
                {[c.ticker, KIND_LABELS[c.kind]].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}
