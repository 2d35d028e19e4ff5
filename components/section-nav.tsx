interface Section<K extends string> {
  key: K;
  label: string;
}

interface SectionNavProps<K extends string> {
  label: string;
  sections: readonly Section<K>[];
  current: K;
  onSelect(key: K): void;
}

/** Tabs between the panel's sections; arrow keys move between them (WAI-ARIA tabs pattern). */
export function SectionNav<K extends string>({
  label,
  sections,
  current,
  onSelect,
}: SectionNavProps<K>) {
  function onKeyDown(e: KeyboardEvent) {
    const index = sections.findIndex((s) => s.key === current);
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = sections[(index + delta + sections.length) % sections.length];
    if (!next) return;
    onSelect(next.key);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next.key}`)?.focus();
  }
  return (
    <nav class="section-nav" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {sections.map((s) => (
        <button
          key={s.key}
          id={`tab-${s.key}`}
          type="button"
          role="tab"
          aria-selected={s.key === current}
          aria-controls={`panel-${s.key}`}
          tabIndex={s.key === current ? 0 : -1}
          onClick={() => onSelect(s.key)}
        >
          {s.label}
        </button>
      ))}
    </nav>
  );
}
