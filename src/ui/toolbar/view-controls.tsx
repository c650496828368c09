// Toolbar controls for the analysis view: size actors by a measure, group by parent, copy link.
import { useRef, useState } from 'react';
import { SIZE_MEASURES, type SizeMeasure } from '../../model/analysis/metrics';
import { useAppStore } from '../../store/app-store';
import { flushUrlSync } from '../../store/url-sync';

const SIZE_LABELS: Record<SizeMeasure, string> = {
  none: 'None',
  degree: 'Degree',
  betweenness: 'Betweenness',
};

export function ViewControls() {
  const sizeBy = useAppStore((s) => s.sizeBy);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  const grouped = useAppStore((s) => s.grouped);
  const setGrouped = useAppStore((s) => s.setGrouped);
  const hasParents = useAppStore((s) => s.dataset.actors.some((a) => a.parent));
  return (
    <>
      <label className="field">
        <span>Size by</span>
        <select value={sizeBy} onChange={(e) => setSizeBy(e.currentTarget.value as SizeMeasure)}>
          {SIZE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {SIZE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label
        className="check"
        title={hasParents ? undefined : 'No actor in this dataset has a parent'}
      >
        <input
          type="checkbox"
          checked={grouped && hasParents}
          disabled={!hasParents}
          onChange={(e) => setGrouped(e.currentTarget.checked)}
        />
        <span>Group by parent</span>
      </label>
    </>
  );
}

/** Copies the address of the current view (the query string is kept in step by url-sync). */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const copy = async () => {
    flushUrlSync();
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): show the link instead.
      window.prompt('Copy this link:', window.location.href);
      setStatus('');
    }
    // One timer at a time, so an earlier click cannot clear a later "Link copied".
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="muted small copy-status">
        {status}
      </span>
    </>
  );
}
