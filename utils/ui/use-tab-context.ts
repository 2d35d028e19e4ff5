import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeTab, type TabContext } from '@/utils/pages/tab-context';

/**
 * The tab the side panel serves: the pinned tab when `pinnedTabId` is given, else the active tab
 * of the panel's own window, followed as the VA switches tabs or navigates.
 */
export function useTabContext(pinnedTabId: number | null): TabContext | null {
  const [context, setContext] = useState<TabContext | null>(null);

  useEffect(() => {
    let alive = true;
    let windowId: number | undefined;
    let currentTabId: number | null = pinnedTabId;

    const show = async (tabId: number | null) => {
      currentTabId = tabId;
      const tab = tabId === null ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
      if (alive) setContext(describeTab(tab ?? (tabId === null ? undefined : { id: tabId })));
    };

    const init = async () => {
      if (pinnedTabId !== null) return show(pinnedTabId);
      windowId = (await browser.windows.getCurrent()).id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      return show(active?.id ?? null);
    };

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinnedTabId === null && info.windowId === windowId) void show(info.tabId);
    };
    const onUpdated = (tabId: number) => {
      if (tabId === currentTabId) void show(tabId);
    };

    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void init();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinnedTabId]);

  return context;
}
