// The date-range filter: "From", "To" (partial dates) and "Include undated" (docs/design.md §6).
import { useState } from 'react';
import { dateSpan, isPartialDate } from '../../model/partial-date';
import { useAppStore } from '../../store/app-store';

function DateField({
  label,
  value,
  generation,
  onCommit,
}: {
  label: string;
  value: string | undefined;
  /** Bumped by "Any date": the draft is dropped even when the stored value did not change. */
  generation: number;
  onCommit: (value: string | undefined) => void;
}) {
  // A draft lets the user type "2024-0" on the way to "2024-01" without the filter jumping.
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState({ value, generation });
  if (value !== shown.value || generation !== shown.generation) {
    setShown({ value, generation });
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
  // "Any date" resets the fields, so a half-typed draft goes too, not only the stored range.
  const [generation, setGeneration] = useState(0);
  const backwards =
    filters.dateFrom !== undefined &&
    filters.dateTo !== undefined &&
    dateSpan(filters.dateFrom)[0] > dateSpan(filters.dateTo)[1];
  return (
    <fieldset>
      <legend>Dates</legend>
      <div className="date-range">
        <DateField
          label="From"
          value={filters.dateFrom}
          generation={generation}
          onCommit={(from) => setDateRange(from, filters.dateTo)}
        />
        <DateField
          label="To"
          value={filters.dateTo}
          generation={generation}
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
      {backwards && (
        <p className="error small" role="alert">
          “From” is after “To”: no dated relationship can match.
        </p>
      )}
      {(filters.dateFrom || filters.dateTo) && (
        <button
          type="button"
          className="small-button"
          onClick={() => {
            setDateRange(undefined, undefined);
            setGeneration((g) => g + 1);
          }}
        >
          Any date
        </button>
      )}
    </fieldset>
  );
}
