import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { ClientOptions } from './client-options';

/** A client to choose and a button to act on it (tag, link, relink), as one small form. */
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
          <ClientOptions
            clients={props.clients.filter((c) => c.id !== props.exclude)}
            empty={t('chooseClientOption')}
          />
        </select>
        <button type="submit" disabled={!clientId || props.busy}>
          {props.button}
        </button>
      </div>
    </form>
  );
}
