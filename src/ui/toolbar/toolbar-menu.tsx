// The toolbar's "More" menu: rarely used controls, out of the way so the toolbar keeps to one row
// at 1,280 px (docs/design.md §15). A disclosure (a button that shows a group), not an ARIA menu:
// it holds selects and a checkbox as well as buttons, each still found by its role and name.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ACTIONS, useActionContext } from '../shortcuts/actions';

/** Registry actions whose button sits in this menu (`button.menu`), then `children`. */
export function ToolbarMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const context = useActionContext();

  useEffect(() => {
    if (!open) return;
    // A press anywhere else closes it; a press inside (a dialog opened from it too) does not.
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  return (
    <div className="toolbar-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        More<span aria-hidden="true"> ▾</span>
      </button>
      {/* Kept mounted while closed: a dialog opened from it, or "Link copied", outlives a close. */}
      <div
        id={id}
        role="group"
        aria-label="More"
        className="toolbar-menu-panel"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || (e.target as Element).closest('[role="dialog"]')) return;
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        {ACTIONS.filter((a) => a.button?.menu).map((a) => (
          <button
            key={a.id}
            type="button"
            title={a.label}
            onClick={() => {
              setOpen(false);
              a.run(context);
            }}
          >
            {a.button!.name ?? a.button!.text}
          </button>
        ))}
        {children}
      </div>
    </div>
  );
}
