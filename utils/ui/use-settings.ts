import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from '@/utils/db/settings';
import { resolveLanguage, setLanguage } from '@/utils/i18n/messages';
import type { Settings } from '@/utils/model/settings';

/** Applies the language setting before a page renders text. */
export function applyLanguage(settings: Settings): void {
  setLanguage(resolveLanguage(settings.language, browser.i18n.getUILanguage()));
}

/** The settings, kept current when they change in any page; the UI language follows them. */
export function useSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    let alive = true;
    void getSettings().then((s) => {
      if (!alive) return;
      applyLanguage(s);
      setSettings(s);
    });
    const unwatch = watchSettings((s) => {
      applyLanguage(s);
      setSettings(s);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
