import { render, type ComponentType } from 'preact';
import { getSettings } from '@/utils/db/settings';
import { applyLanguage } from './use-settings';
import { t } from '@/utils/i18n/messages';
import type { Settings } from '@/utils/model/settings';

/** Loads settings (so the first paint is in the right language), then renders the page. */
export async function mountPage(App: ComponentType<{ initialSettings: Settings }>): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing');
  const settings = await getSettings();
  applyLanguage(settings);
  document.title = t('extName');
  render(<App initialSettings={settings} />, root);
}
