import { STATUS_META, STATUS_ORDER } from './status-keys';

/** The list's keys, always on screen. */
export function KeyLegend() {
  return (
    <ul className="key-legend" aria-label="Keyboard shortcuts in the list">
      <li>
        <kbd>↑</kbd>
        <kbd>↓</kbd> move
      </li>
      {STATUS_ORDER.map((s) => (
        <li key={s}>
          <kbd>{STATUS_META[s].keys[0]}</kbd> {STATUS_META[s].short}
        </li>
      ))}
      <li>
        <kbd>Enter</kbd> note
      </li>
      <li>
        <kbd>A</kbd> add
      </li>
    </ul>
  );
}
