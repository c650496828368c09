// A toolbar button for a registered action: its text, name, and key hint come from the registry.
import { actionById, useActionContext } from './actions';

export function ActionButton({ id }: { id: string }) {
  const action = actionById(id);
  const context = useActionContext();
  const button = action.button ?? { text: action.label };
  const hint = action.keys.length > 0 ? ` (${action.keys.join(', ')})` : '';
  return (
    <button
      type="button"
      className={button.primary ? 'primary' : undefined}
      aria-label={button.name}
      title={`${action.label}${hint}`}
      onClick={() => action.run(context)}
    >
      {button.text}
    </button>
  );
}
