import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';

interface TagPickerProps {
  idPrefix: string;
  label: string;
  clients: readonly Client[];
  exclude?: string;
  busy: boolean;
  onPick(clientId: string): void;
}

/** A client select with its button: tagging to any client in two actions, by keyboard too. */
export function TagPicker({ idPrefix, label, clients, exclude, busy, onPick }: TagPickerProps) {
  const [clientId, setClientId] = useState('');
  const options = clients.filter((c) => c.id !== exclude);
  return (
    <form
      class="tag-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (clientId) onPick(clientId);
      }}
    >
      <label for={`${idPrefix}-client`}>{label}</label>
      <div class="tag-picker__row">
        <select
          id={`${idPrefix}-client`}
          value={clientId}
          onChange={(e) => setClientId(e.currentTarget.value)}
        >
          <option value="">{t('chooseClientOption')}</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!clientId || busy}>
          {t('tagButton')}
        </button>
      </div>
    </form>
  );
}
