// The date-range filter: "From", "To" (partial dates) and "Include undated" (SPEC §6).
import { useState } from 'react';
import { isPartialDate } from '../../model/url-state';
import { useAppStore } from '../../store/app-store';

function DateField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
}) {
  // A draft lets the user type "2024-0" on the way to "2024-01" without the filter jumping.
  const [draft, setDraft] = useState(value ?? '');
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value ?? '');
  }
  const trimmed = draft.trim();
  const invalid = trimmed !== '' && !isPartialDate(trimmed);
  const errorId = `date-${label.toLowerCase()}-error`;
  return (
    <label className="date-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setDraft(next);
          const t = next.trim();
          if (t === '') onCommit(undefined);
          else if (isPartialDate(t)) onCommit(t);
        }}
      />
      {invalid && (
        <span id={errorId} className="error small">
          Use YYYY, YYYY-MM or YYYY-MM-DD
        </span>
      )}
    </label>
  );
}

export function DateRangeFilter() {
  const filters = useAppStore((s) => s.filters);
  const setDateRange = useAppStore((s) => s.setDateRange);
  const setIncludeUndated = useAppStore((s) => s.setIncludeUndated);
  return (
    <fieldset>
      <legend>Dates</legend>
      <div className="date-range">
        <DateField
          label="From"
          value={filters.dateFrom}
          onCommit={(from) => setDateRange(from, filters.dateTo)}
        />
        <DateField
          label="To"
          value={filters.dateTo}
          onCommit={(to) => setDateRange(filters.dateFrom, to)}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.includeUndated}
          onChange={(e) => setIncludeUndated(e.currentTarget.checked)}
        />
        <span>Include undated</span>
      </label>
      {(filters.dateFrom || filters.dateTo) && (
        <button
          type="button"
          className="small-button"
          onClick={() => setDateRange(undefined, undefined)}
        >
          Any date
        </button>
      )}
    </fieldset>
  );
}
