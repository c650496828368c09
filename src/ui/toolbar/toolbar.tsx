// The toolbar: dataset title and switcher, actor search, layout menu, Fit, Export, theme.
import type { Ref } from 'react';
import { LAYOUT_LABELS } from '../../graph/layouts';
import { useAppStore, type LayoutName, type Theme } from '../../store/app-store';
import { DatasetSwitcher } from '../datasets/dataset-switcher';
import { ImportButton } from '../import/import-button';
import { NewFromReportButton } from '../draft/new-from-report-button';
import { ActorSearch } from './actor-search';
import { CopyLinkButton, ViewControls } from './view-controls';

export interface ToolbarProps {
  searchRef: Ref<HTMLInputElement>;
  onLocate: (id: string) => void;
  onFit: () => void;
  onExport: () => void;
  onShortcuts: () => void;
}

export function Toolbar({ searchRef, onLocate, onFit, onExport, onShortcuts }: ToolbarProps) {
  const layout = useAppStore((s) => s.layout);
  const runLayout = useAppStore((s) => s.runLayout);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◈
        </span>
        <h1>Actor Graph</h1>
      </div>
      <DatasetSwitcher />
      <ActorSearch ref={searchRef} onLocate={onLocate} />
      <label className="field">
        <span>Layout</span>
        <select value={layout} onChange={(e) => runLayout(e.currentTarget.value as LayoutName)}>
          {(Object.keys(LAYOUT_LABELS) as LayoutName[]).map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => runLayout(layout)} title="Run the layout again">
        Re-run layout
      </button>
      <button type="button" onClick={onFit} title="Fit the graph to the window (f)">
        Fit
      </button>
      <ViewControls />
      <CopyLinkButton />
      <ImportButton />
      <NewFromReportButton />
      <button type="button" className="primary" onClick={onExport}>
        Export
      </button>
      <label className="field">
        <span>Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <button
        type="button"
        onClick={onShortcuts}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </header>
  );
}
