import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { ClientPicker } from './client-picker';

interface TagPickerProps {
  idPrefix: string;
  label: string;
  clients: readonly Client[];
  exclude?: string;
  busy: boolean;
  onPick(clientId: string): void;
}

/** A client select with its button: tagging to any client in two actions, by keyboard too. */
export function TagPicker({ idPrefix, ...picker }: TagPickerProps) {
  return <ClientPicker id={`${idPrefix}-client`} button={t('tagButton')} {...picker} />;
}
