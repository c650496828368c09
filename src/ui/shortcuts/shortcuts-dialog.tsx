// The "Keyboard shortcuts" dialog, listing exactly the actions the key handler runs.
import { Modal } from '../common/modal';
import { KEY_ACTIONS, KEY_HINTS } from './actions';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const rows = [...KEY_ACTIONS, ...KEY_HINTS];
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">
                {row.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{row.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
