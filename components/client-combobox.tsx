import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Client, Id } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { Field } from './field';

export type ComboClient = Pick<Client, 'id' | 'name' | 'shortName' | 'color'>;

/** Lower case without accents: `Café` and `cafe` match. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every typed word appears in the client's name or short name (case and accents ignored). */
export function clientMatches(client: ComboClient, query: string): boolean {
  const words = fold(query).trim().split(/\s+/).filter(Boolean);
  const hay = fold(`${client.name} ${client.shortName}`);
  return words.every((w) => hay.includes(w));
}

/**
 * Recent clients first, in the order of `recentIds` (most recent first), then the others in the
 * order given (alphabetical from the repository). Ids of clients not in the list are ignored.
 */
export function groupByRecent<C extends ComboClient>(
  clients: readonly C[],
  recentIds: readonly Id[],
): { recent: C[]; others: C[] } {
  const byId = new Map(clients.map((c) => [c.id, c]));
  const recent = [...new Set(recentIds)].flatMap((id) => byId.get(id) ?? []);
  const recentSet = new Set(recent.map((c) => c.id));
  return { recent, others: clients.filter((c) => !recentSet.has(c.id)) };
}

interface ClientComboboxProps {
  id: string;
  label: string;
  clients: readonly ComboClient[];
  recentIds: readonly Id[];
  /** The chosen client's id, or '' while none is chosen. */
  value: Id;
  onChange(clientId: Id): void;
  /** The VA confirmed a client with Enter or a click: the form moves on to the next field. */
  onCommit?(): void;
  placeholder?: string;
  errors?: string[];
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2 pattern): focus stays in the text field and
 * `aria-activedescendant` points at the highlighted option. ↓/↑ open the list and move through it
 * (wrapping), typing filters it and highlights the first match, Enter or Tab picks the highlighted
 * client, Escape closes the list and then clears the field. Enter with the list closed is left to
 * the form (it saves).
 */
export function ClientCombobox({
  id,
  label,
  clients,
  recentIds,
  value,
  onChange,
  onCommit,
  placeholder,
  errors = [],
  inputRef,
}: ClientComboboxProps) {
  const chosen = clients.find((c) => c.id === value);
  const [query, setQuery] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ownRef = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownRef;

  // A client chosen from outside (or the form reset) shows its name.
  useEffect(() => {
    if (chosen && chosen.name !== query) setQuery(chosen.name);
  }, [value]);

  // While a client is chosen its name is in the field: show every client, not just that one.
  const filter = chosen && query === chosen.name ? '' : query;
  const groups = useMemo(() => {
    const { recent, others } = groupByRecent(clients, recentIds);
    return {
      recent: recent.filter((c) => clientMatches(c, filter)),
      others: others.filter((c) => clientMatches(c, filter)),
    };
  }, [clients, recentIds, filter]);
  const options = [...groups.recent, ...groups.others];
  const listId = `${id}-listbox`;
  const optionId = (c: ComboClient) => `${id}-option-${c.id}`;
  const expanded = open && options.length > 0;
  const activeOption = expanded ? options[active] : undefined;

  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(optionId(activeOption))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOption?.id]);

  function pick(client: ComboClient, commit: boolean) {
    setQuery(client.name);
    setOpen(false);
    setActive(-1);
    onChange(client.id);
    if (commit) onCommit?.();
  }

  /** On leaving the field: a name typed in full picks that client. */
  function settle() {
    setOpen(false);
    if (value) return;
    const typed = fold(query.trim());
    const exact = typed ? clients.filter((c) => fold(c.name) === typed) : [];
    if (exact.length === 1) pick(exact[0]!, false);
  }

  function move(delta: 1 | -1) {
    if (!options.length) return;
    if (!open) {
      setOpen(true);
      setActive(delta === 1 ? 0 : options.length - 1);
      return;
    }
    setActive((i) =>
      i < 0
        ? delta === 1
          ? 0
          : options.length - 1
        : (i + delta + options.length) % options.length,
    );
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.isComposing) return;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (e.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (activeOption) {
          e.preventDefault();
          pick(activeOption, true);
        }
        break;
      case 'Tab':
        if (activeOption) pick(activeOption, false);
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          e.preventDefault();
          setQuery('');
          if (value) onChange('');
        }
        break;
    }
  }

  function onInput(text: string) {
    setQuery(text);
    setOpen(true);
    setActive(text.trim() ? 0 : -1);
    if (value && text !== chosen?.name) onChange('');
  }

  const renderOption = (client: ComboClient) => {
    const index = options.indexOf(client);
    return (
      <li
        key={client.id}
        id={optionId(client)}
        role="option"
        class={index === active ? 'combo__option combo__option--active' : 'combo__option'}
        aria-selected={index === active}
        onMouseDown={(e) => e.preventDefault()}
        onMouseMove={() => setActive(index)}
        onClick={() => pick(client, true)}
      >
        <span class="swatch" style={{ background: client.color }} aria-hidden="true" />
        <span class="combo__name">{client.name}</span>
      </li>
    );
  };

  const group = (key: string, title: string, members: ComboClient[]) =>
    members.length > 0 && (
      <ul key={key} role="group" aria-labelledby={`${id}-${key}`} class="combo__group">
        <li role="presentation" id={`${id}-${key}`} class="combo__group-label">
          {title}
        </li>
        {members.map(renderOption)}
      </ul>
    );

  return (
    <Field id={id} label={label} errors={errors} class="combo">
      {(aria) => (
        <>
          <div class="combo__row">
            <input
              {...aria}
              ref={input}
              type="text"
              role="combobox"
              autocomplete="off"
              spellcheck={false}
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
              placeholder={placeholder}
              value={query}
              onInput={(e) => onInput(e.currentTarget.value)}
              onKeyDown={onKeyDown}
              onBlur={settle}
              onClick={() => setOpen(true)}
            />
            <button
              type="button"
              class="combo__toggle"
              tabIndex={-1}
              aria-label={t('comboboxShowClients')}
              aria-controls={listId}
              aria-expanded={expanded}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setOpen(!open);
                setActive(-1);
                input.current?.focus();
              }}
            >
              <span aria-hidden="true">▾</span>
            </button>
          </div>
          <div id={listId} role="listbox" aria-label={label} class="combo__list" hidden={!expanded}>
            {groups.recent.length > 0
              ? [
                  group('recent', t('comboboxRecent'), groups.recent),
                  group('others', t('comboboxOthers'), groups.others),
                ]
              : group('all', t('comboboxAll'), groups.others)}
          </div>
          {open && options.length === 0 && query.trim() !== '' && (
            <p class="field__hint">{t('comboboxNoMatch', [query.trim()])}</p>
          )}
        </>
      )}
    </Field>
  );
}
