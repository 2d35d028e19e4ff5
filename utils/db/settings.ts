import { storage } from 'wxt/utils/storage';
import { ValidationError } from '@/utils/model/errors';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/model/settings';
import { validateSettings } from '@/utils/settings/validate';

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with defaults filled in for anything a newer version added. */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const clean: Settings = {
    ...next,
    vaName: next.vaName.trim(),
    signature: next.signature.replace(/\s+$/, ''),
    workingDays: [...new Set(next.workingDays)].sort((a, b) => a - b),
    defaultCurrency: next.defaultCurrency.trim().toUpperCase(),
  };
  const issues = validateSettings(clean);
  if (issues.length) throw new ValidationError(issues);
  await settingsItem.setValue(clean);
  return clean;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb({ ...DEFAULT_SETTINGS, ...value }));
}
