// Composition: toolbar, filters, the graph or table, details, legend, and the export dialog.
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Selection } from './model/element-classes';
import { GraphView, type GraphHandle } from './graph/graph-view';
import { selectedElements, useAppStore } from './store/app-store';
import { DetailsPanel } from './ui/details/details-panel';
import { FiltersPanel } from './ui/filters/filters-panel';
import { Legend } from './ui/legend/legend';
import { Toolbar } from './ui/toolbar/toolbar';
import { useDarkTheme } from './ui/use-dark-theme';
import { useSidePanelsAfterGraph } from './ui/use-side-panels';
import { FocusBanner } from './ui/analysis/focus-controls';
import { Notices } from './ui/common/notices';
import { ActorDialog, DeleteDialog, HistoryDialog, RelationDialog } from './ui/edit/lazy-dialogs';
import { MergeDialog } from './ui/merge/lazy-merge';
import { actionForKey, ActionContextOf, keyOf, type ActionContext } from './ui/shortcuts/actions';
import { ExportDialog, PathFinder, ShortcutsDialog, TableView } from './ui/lazy-views';
import { TimelineStrip } from './ui/timeline/timeline-strip';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

export function App() {
  const theme = useAppStore((s) => s.theme);
  const tab = useAppStore((s) => s.tab);
  const setTab = useAppStore((s) => s.setTab);
  const select = useAppStore((s) => s.select);
  const setFocus = useAppStore((s) => s.setFocus);
  const dark = useDarkTheme(theme);
  const graphRef = useRef<GraphHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  /** On narrow windows the filters panel is collapsed until asked for (app.css). */
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  /** The new relation's source, when the "Relationship" dialog is open to add one. */
  const [addingRelation, setAddingRelation] = useState<{
    source?: string;
    target?: string;
  } | null>(null);
  const [deleting, setDeleting] = useState<readonly Selection[] | null>(null);
  const [merging, setMerging] = useState(false);
  const dialogOpen =
    exportOpen ||
    shortcutsOpen ||
    historyOpen ||
    adding ||
    addingRelation !== null ||
    deleting !== null ||
    merging;
  const sidePanels = useSidePanelsAfterGraph(tab === 'graph');

  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);

  const actionContext = useMemo<ActionContext>(
    () => ({
      focusSearch: () => searchRef.current?.focus(),
      clear: () => select(null),
      fit: () => graphRef.current?.fit(),
      openShortcuts: () => setShortcutsOpen(true),
      toggleTable: () => setTab(useAppStore.getState().tab === 'graph' ? 'table' : 'graph'),
      leaveFocus: () => setFocus(null),
      rerunLayout: () => {
        const { layout, runLayout } = useAppStore.getState();
        runLayout(layout);
      },
      openExport: () => setExportOpen(true),
      undo: () => useAppStore.getState().undo(),
      redo: () => useAppStore.getState().redo(),
      openHistory: () => setHistoryOpen(true),
      addActor: () => setAdding(true),
      addRelation: () => {
        const selection = useAppStore.getState().selection;
        setAddingRelation(selection?.kind === 'actor' ? { source: selection.id } : {});
      },
      deleteSelection: () => {
        const selected = selectedElements(useAppStore.getState());
        if (selected.length > 0) setDeleting(selected);
      },
      openMergeDatasets: () => setMerging(true),
    }),
    [select, setTab, setFocus],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Dialogs handle their own keys. Ctrl/⌘ keys other than the registry's (undo, redo) stay the
      // browser's, and in a text field even those do: there they undo the typing.
      const key = keyOf(e);
      if (key === null || dialogOpen) return;
      const action = actionForKey(key, isTyping(e.target));
      if (!action) return;
      e.preventDefault();
      action.run(actionContext);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actionContext, dialogOpen]);

  return (
    <ActionContextOf.Provider value={actionContext}>
      <div className="app">
        <Toolbar
          searchRef={searchRef}
          onLocate={(id) => {
            setTab('graph');
            graphRef.current?.centerOn(id);
          }}
        />
        <nav
          id="filters-panel"
          className={filtersOpen ? 'filters-panel open' : 'filters-panel'}
          aria-label="Filters"
        >
          {sidePanels.shown && (
            <>
              <FiltersPanel />
              <Suspense fallback={null}>
                <PathFinder />
              </Suspense>
            </>
          )}
        </nav>
        <main className="centre">
          {/* Shown only on narrow windows (app.css), where the filters panel collapses. */}
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {filtersOpen ? 'Hide filters' : 'Show filters'}
          </button>
          <FocusBanner />
          <div role="tablist" aria-label="View" className="tabs">
            {(['graph', 'table'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`panel-${t}`}
                tabIndex={tab === t ? 0 : -1}
                onClick={() => setTab(t)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft')
                    setTab(tab === 'graph' ? 'table' : 'graph');
                }}
              >
                {t === 'graph' ? 'Graph' : 'Table'}
              </button>
            ))}
          </div>
          {/* The graph stays mounted under the table so positions and zoom survive a tab switch. */}
          <div
            id="panel-graph"
            role="tabpanel"
            aria-labelledby="tab-graph"
            className="graph-panel"
            hidden={tab !== 'graph'}
          >
            <GraphView
              ref={graphRef}
              dark={dark}
              onPainted={sidePanels.show}
              onRelate={(source, target) => setAddingRelation({ source, target })}
            />
          </div>
          {tab === 'table' && (
            <div
              id="panel-table"
              role="tabpanel"
              aria-labelledby="tab-table"
              className="table-panel"
            >
              <Suspense fallback={<p className="muted">Loading the tables…</p>}>
                <TableView />
              </Suspense>
            </div>
          )}
          <TimelineStrip />
          <Legend />
          <Notices />
        </main>
        <DetailsPanel deferred={!sidePanels.shown} />
        <Suspense fallback={null}>
          {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
          {exportOpen && <ExportDialog graph={graphRef} onClose={() => setExportOpen(false)} />}
          {adding && <ActorDialog onClose={() => setAdding(false)} />}
          {addingRelation && (
            <RelationDialog {...addingRelation} onClose={() => setAddingRelation(null)} />
          )}
          {historyOpen && <HistoryDialog onClose={() => setHistoryOpen(false)} />}
          {deleting && <DeleteDialog targets={deleting} onClose={() => setDeleting(null)} />}
          {merging && <MergeDialog onClose={() => setMerging(false)} />}
        </Suspense>
      </div>
    </ActionContextOf.Provider>
  );
}
