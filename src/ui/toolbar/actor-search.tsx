// Actor search: a combobox that finds actors by name, short name or alias, ignoring case, accents
// and apostrophes; Enter selects and centres the actor. `/` focuses it (see app shortcuts).
import { forwardRef, useId, useMemo, useState } from 'react';
import { searchActors } from '../../model/search';
import { useAppStore } from '../../store/app-store';

export const ActorSearch = forwardRef<HTMLInputElement, { onLocate: (id: string) => void }>(
  function ActorSearch({ onLocate }, ref) {
    const actors = useAppStore((s) => s.dataset.actors);
    const select = useAppStore((s) => s.select);
    const [query, setQuery] = useState('');
    const [active, setActive] = useState(0);
    const [open, setOpen] = useState(false);
    const listId = useId();
    const results = useMemo(() => searchActors(actors, query, 8), [actors, query]);
    const choose = (id: string) => {
      select({ kind: 'actor', id });
      onLocate(id);
      setQuery('');
      setOpen(false);
    };
    const expanded = open && query.trim() !== '';
    return (
      <div className="search">
        <input
          ref={ref}
          type="search"
          role="combobox"
          aria-label="Search actors"
          aria-expanded={expanded && results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
          placeholder="Search actors  /"
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((i) => Math.min(i + 1, results.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (e.key === 'Enter') {
              const hit = results[active];
              if (hit) choose(hit.id);
            } else if (e.key === 'Escape' && query) {
              // First Escape clears the query; the next one reaches the app and clears selection.
              e.stopPropagation();
              setQuery('');
            }
          }}
        />
        {expanded && results.length === 0 && (
          <p role="status" className="search-results muted">
            No actor matches “{query}”
          </p>
        )}
        {expanded && results.length > 0 && (
          <ul id={listId} role="listbox" aria-label="Matching actors" className="search-results">
            {results.map((a, i) => (
              <li
                key={a.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(a.id);
                }}
              >
                {a.name}
                {a.shortName && <span className="muted"> ({a.shortName})</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  },
);
