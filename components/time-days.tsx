import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '@/utils/model/errors';
import type { Client, Id, TimeEntry } from '@/utils/model/types';
import { draftFromEntry, type EntryValues } from '@/utils/time/entry-draft';
import { TimeEntryForm } from './time-entry-form';
import { entryName, TimeEntryRow } from './time-entry-row';
import { TimeDayGroup, type DayGroup } from './time-day-group';
import { TimeSplitForm } from './time-split-form';

/** CSS selector of an entry's Edit button: where focus returns after its form closes. */
export function editButtonSelector(entryId: Id): string {
  // Ids are UUIDs: nothing in them needs escaping inside the quotes.
  return `[data-edit-entry="${entryId}"]`;
}

/**
 * Moves focus to an element once it is rendered (a saved entry comes back through the live
 * query a moment later). A request that finds nothing within a few seconds is dropped, so it
 * never steals focus later.
 */
export function useFocusRequest(): (selector: string) => void {
  const pending = useRef<{ selector: string; until: number } | null>(null);
  const [, setTick] = useState(0);
  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    if (Date.now() > request.until) {
      pending.current = null;
      return;
    }
    const element = document.querySelector<HTMLElement>(request.selector);
    if (element) {
      pending.current = null;
      element.focus();
    }
  });
  return (selector) => {
    pending.current = { selector, until: Date.now() + 3000 };
    setTick((n) => n + 1);
  };
}

interface TimeDaysProps {
  groups: readonly DayGroup[];
  clientsById: ReadonlyMap<Id, Client>;
  /** Clients a VA may move an entry to (active ones). */
  activeClients: readonly Client[];
  activityTypes: readonly string[];
  now: number;
  overlapIds: ReadonlySet<Id>;
  /** Today, `YYYY-MM-DD`: no entry may be later. */
  maxDate: string;
  onUpdate(entry: TimeEntry, values: EntryValues): Promise<FieldIssue[] | null>;
  onSplit(entry: TimeEntry, at: number): Promise<FieldIssue[] | null>;
  onDelete(entry: TimeEntry): void;
  onStop(entry: TimeEntry): void;
}

type Open = { key: string; kind: 'edit' | 'split' } | null;

/** The days with their entries; one entry at a time is edited or split in place. */
export function TimeDays(props: TimeDaysProps) {
  const { groups, clientsById, activeClients, now, overlapIds } = props;
  const [open, setOpen] = useState<Open>(null);
  const focus = useFocusRequest();

  function close(entry: TimeEntry) {
    setOpen(null);
    focus(editButtonSelector(entry.id));
  }

  function choices(entry: TimeEntry): Client[] {
    const own = clientsById.get(entry.clientId);
    return own && own.archived ? [...activeClients, own] : [...activeClients];
  }

  return (
    <>
      {groups.map((group) => (
        <TimeDayGroup key={group.day} group={group} now={now}>
          {group.entries.map((entry) => {
            const key = `${group.day}-${entry.id}`;
            const client = clientsById.get(entry.clientId);
            const idPrefix = `te-${key}`;
            return (
              <li
                key={key}
                class={`time-entries__item${open?.key === key ? ' time-entries__item--open' : ''}`}
              >
                {open?.key === key && open.kind === 'edit' ? (
                  <TimeEntryForm
                    idPrefix={idPrefix}
                    mode="edit"
                    initial={draftFromEntry(entry)}
                    entry={entry}
                    clients={choices(entry)}
                    activityTypes={props.activityTypes}
                    maxDate={props.maxDate}
                    onSubmit={async (values) => {
                      const issues = await props.onUpdate(entry, values);
                      if (!issues) close(entry);
                      return issues;
                    }}
                    onCancel={() => close(entry)}
                  />
                ) : (
                  <>
                    <TimeEntryRow
                      entry={entry}
                      client={client}
                      day={group.day}
                      nextDay={group.next}
                      now={now}
                      overlapping={overlapIds.has(entry.id)}
                      editKey={entry.id}
                      onEdit={() => setOpen({ key, kind: 'edit' })}
                      onSplit={() => setOpen({ key, kind: 'split' })}
                      onDelete={() => props.onDelete(entry)}
                      onStop={() => props.onStop(entry)}
                    />
                    {open?.key === key && open.kind === 'split' && (
                      <TimeSplitForm
                        idPrefix={idPrefix}
                        entry={entry}
                        name={entryName(entry, client)}
                        now={now}
                        onSubmit={async (at) => {
                          const issues = await props.onSplit(entry, at);
                          if (!issues) close(entry);
                          return issues;
                        }}
                        onCancel={() => close(entry)}
                      />
                    )}
                  </>
                )}
              </li>
            );
          })}
        </TimeDayGroup>
      ))}
    </>
  );
}
