// The toolbar's "Import" button: opens the file chooser and imports what the user picks.
import { useRef } from 'react';
import { importFiles } from './import-files';

/** The formats docs/design.md §8 reads; `.txt` and `.xml` are sniffed by content. */
export const IMPORT_ACCEPT =
  '.json,.cyjs,.csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml,application/json,text/csv';

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Import Actor Graph JSON, Cytoscape.js JSON, a CSV or Excel edge list, GEXF or GraphML (or drop a file on the page)"
      >
        Import
      </button>
      <input
        ref={input}
        type="file"
        aria-label="Import file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Clear it so choosing the same file again imports it again.
          e.currentTarget.value = '';
          if (files.length > 0) void importFiles(files);
        }}
      />
    </>
  );
}
