// One filter group of checkboxes (types, kinds, sources), each "label (count)", with "Show all" / "Show none".
import type { ReactNode } from 'react';

export interface CheckItem {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly symbol: ReactNode;
}

/** One filter group: a checkbox per item named "label (count)", with "Show all" / "Show none". */
export function CheckGroup({
  legend,
  items,
  hidden,
  setShown,
  setHidden,
}: {
  legend: string;
  items: readonly CheckItem[];
  hidden: readonly string[];
  setShown: (id: string, shown: boolean) => void;
  setHidden: (ids: readonly string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="group-actions">
        <button type="button" onClick={() => setHidden([])}>
          Show all
        </button>
        <button type="button" onClick={() => setHidden(items.map((i) => i.id))}>
          Show none
        </button>
      </div>
      {items.map((item) => (
        <label key={item.id} className="check">
          <input
            type="checkbox"
            checked={!hidden.includes(item.id)}
            onChange={(e) => setShown(item.id, e.currentTarget.checked)}
          />
          <span>
            {item.label} ({item.count})
          </span>
          {item.symbol}
        </label>
      ))}
    </fieldset>
  );
}
