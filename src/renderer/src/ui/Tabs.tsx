import { useEffect, useRef, type KeyboardEvent } from 'react';

interface TabsProps<K extends string> {
  label: string;
  tabs: readonly { key: K; label: string }[];
  selected: K;
  onSelect: (key: K) => void;
}

/** A tab list with arrow-key, Home and End movement (WAI-ARIA tabs pattern). */
export function Tabs<K extends string>({ label, tabs, selected, onSelect }: TabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  // The list scrolls sideways in a narrow window: the selected tab (a restored place, a shortcut)
  // is kept in view, also when the list narrows after it was chosen (the page's scrollbar appears).
  useEffect(() => {
    const box = list.current;
    if (!box) return;
    const keepInView = () => {
      const tab = box.querySelector<HTMLElement>(`[data-key="${selected}"]`);
      if (!tab) return;
      // Sideways only: the page itself stays where the CSM scrolled it.
      if (tab.offsetLeft < box.scrollLeft) box.scrollLeft = tab.offsetLeft;
      else if (tab.offsetLeft + tab.offsetWidth > box.scrollLeft + box.clientWidth) box.scrollLeft = tab.offsetLeft + tab.offsetWidth - box.clientWidth;
    };
    keepInView();
    const observer = new ResizeObserver(keepInView);
    observer.observe(box);
    return () => observer.disconnect();
  }, [selected]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.key === selected);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1 + tabs.length, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    const next = tabs[target % tabs.length];
    if (!next) return;
    // The arrow keys would also scroll the list sideways (it scrolls in a narrow window).
    event.preventDefault();
    onSelect(next.key);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-key="${next.key}"]`)?.focus();
  };
  return (
    <div ref={list} className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.key}
          data-key={t.key}
          role="tab"
          type="button"
          className="tab"
          aria-selected={t.key === selected}
          tabIndex={t.key === selected ? 0 : -1}
          onClick={() => onSelect(t.key)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
