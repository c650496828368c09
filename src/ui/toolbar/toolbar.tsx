// The toolbar: dataset title and switcher, actor search, layout menu, Fit, Export, theme.
import type { Ref } from 'react';
import { LAYOUT_LABELS } from '../../graph/layouts';
import { useAppStore, type LayoutName, type Theme } from '../../store/app-store';
import { DatasetSwitcher } from '../datasets/dataset-switcher';
import { ImportButton } from '../import/import-button';
import { ActionButton } from '../shortcuts/action-button';
import { NewFromReportButton } from '../draft/new-from-report-button';
import { ActorSearch } from './actor-search';
import { HistoryButtons } from './history-buttons';
import { CopyLinkButton, ViewControls } from './view-controls';

export interface ToolbarProps {
  searchRef: Ref<HTMLInputElement>;
  onLocate: (id: string) => void;
}

/** Buttons come from the action registry (shortcuts/actions.ts), as the keys and their dialog do. */
export function Toolbar({ searchRef, onLocate }: ToolbarProps) {
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
      <ActionButton id="add-actor" />
      <ActionButton id="add-relation" />
      <HistoryButtons />
      <ActionButton id="rerun-layout" />
      <ActionButton id="fit" />
      <ViewControls />
      <CopyLinkButton />
      <ImportButton />
      <NewFromReportButton />
      <ActionButton id="export" />
      <label className="field">
        <span>Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <ActionButton id="shortcuts" />
    </header>
  );
}
