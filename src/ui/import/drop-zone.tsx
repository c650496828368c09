// Drag and drop import: a file dragged anywhere over the page shows an overlay; dropping imports it.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { importFiles } from './import-files';
import { ImportNotices } from './import-notices';

const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

export function ImportDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag left.
  const depth = useRef(0);
  return (
    <div
      className="drop-zone"
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault(); // without this the browser opens the file instead of dropping it here
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const files = [...e.dataTransfer.files];
        if (files.length > 0) void importFiles(files);
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <p>Drop a file to import it</p>
            <p className="small">
              Actor Graph JSON, Cytoscape.js JSON (.json, .cyjs), a CSV or Excel (.xlsx) edge list,
              GEXF or GraphML
            </p>
          </div>
        </div>
      )}
      <ImportNotices />
    </div>
  );
}
