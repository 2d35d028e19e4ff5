import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';

/** A client to choose and a button to act on it (link, relink), as one small form. */
export function ClientPicker(props: {
  id: string;
  label: string;
  button: string;
  clients: readonly Client[];
  exclude?: string;
  busy: boolean;
  onPick(clientId: string): void;
}) {
  const [clientId, setClientId] = useState('');
  return (
    <form
      class="tag-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (clientId) props.onPick(clientId);
      }}
    >
      <label for={props.id}>{props.label}</label>
      <div class="tag-picker__row">
        <select id={props.id} value={clientId} onChange={(e) => setClientId(e.currentTarget.value)}>
          <option value="">{t('chooseClientOption')}</option>
          {props.clients
            .filter((c) => c.id !== props.exclude)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
        <button type="submit" disabled={!clientId || props.busy}>
          {props.button}
        </button>
      </div>
    </form>
  );
}
