import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  watchCalendar,
  type CalendarPage,
  type PageWatcher,
} from '@/entrypoints/calendar.content/page-watcher';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/calendar');
const WEEK_URL = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/25';

/** A Calendar page in its own document, with a window-like object the watcher can use. */
function calendarWindow(name = 'week-en') {
  const doc = new DOMParser().parseFromString(
    fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8'),
    'text/html',
  );
  const listeners = new Map<string, EventListener>();
  const win = {
    document: doc,
    location: { href: WEEK_URL },
    addEventListener: (type: string, fn: EventListener) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { doc, win, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

let watcher: PageWatcher | undefined;
afterEach(() => watcher?.stop());

function start(name?: string) {
  const page = calendarWindow(name);
  const onNavigate = vi.fn<(p: CalendarPage) => void>();
  const onContent = vi.fn<(p: CalendarPage) => void>();
  watcher = watchCalendar(page.win as unknown as Window, onNavigate, onContent);
  return { ...page, onNavigate, onContent };
}

describe('the Calendar page watcher', () => {
  it('reports the page once it has settled, then one check per burst of grid changes', async () => {
    const { doc, onNavigate, onContent } = start();
    expect(onNavigate).not.toHaveBeenCalled();
    await settle();
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate.mock.calls[0]![0]).toMatchObject({ url: WEEK_URL, view: 'week' });

    const column = doc.querySelector('[role=main] [role=gridcell][data-datekey]')!;
    for (let i = 0; i < 20; i++) column.append(doc.createElement('div'));
    await settle();
    expect(onContent).toHaveBeenCalledTimes(1);
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('ignores changes outside the grid and the bubble (the side bar)', async () => {
    const { doc, onNavigate, onContent } = start();
    await settle();
    const mini = doc.querySelector('[role=complementary] [role=grid]')!;
    for (let i = 0; i < 10; i++) mini.append(doc.createElement('div'));
    await settle();
    expect(onContent).not.toHaveBeenCalled();
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('calls a changed URL with new content a navigation', async () => {
    const { doc, win, onNavigate } = start();
    await settle();
    win.location.href = 'https://calendar.google.com/calendar/u/0/r/day/2026/11/25';
    doc.body.setAttribute('data-viewkey', 'DAY');
    await settle();
    expect(onNavigate).toHaveBeenCalledTimes(2);
    expect(onNavigate.mock.calls[1]![0].view).toBe('day');
  });

  it('remembers the chip the VA opened and sees the bubble change in place', async () => {
    const { doc, onContent } = start();
    await settle();
    const chip = doc.querySelectorAll('[role=main] [data-eventchip]')[4]!;
    chip.querySelector('.I0UMhf')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(watcher!.lastOpenedEventId()).toBe(chip.getAttribute('data-eventid'));
    await settle();
    const calls = onContent.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    // The bubble (hidden in this page) is shown and its title changes, with no click.
    const dialog = doc.querySelector('[data-chips-dialog]')!;
    dialog.setAttribute('style', '');
    doc.querySelector('#rAECCd')!.textContent = 'Un altro evento';
    await settle();
    expect(onContent.mock.calls.length).toBe(calls + 1);
  });

  it('stops listening and observing when stopped', async () => {
    const { doc, listeners, onContent, onNavigate } = start();
    await settle();
    watcher!.stop();
    expect(listeners.size).toBe(0);
    doc
      .querySelector('[role=main] [role=gridcell][data-datekey]')!
      .append(doc.createElement('div'));
    doc
      .querySelector('[data-eventchip]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(onContent).not.toHaveBeenCalled();
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('waits for the grid while Calendar is loading', async () => {
    const { doc, onNavigate, onContent } = start();
    await settle();
    const main = doc.querySelector('[role=main]')!;
    const parent = main.parentElement!;
    main.remove();
    await settle();
    expect(onContent.mock.calls.at(-1)?.[0].view ?? onNavigate.mock.calls.at(-1)?.[0].view).toBe(
      'loading',
    );
    parent.append(main);
    await settle();
    expect(onNavigate.mock.calls.at(-1)![0].view).toBe('week');
  });
});
