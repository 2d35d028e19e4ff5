import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';

/** A client select's options: the empty choice first (its text given), then each client by name. */
export function ClientOptions(props: {
  clients: readonly Pick<Client, 'id' | 'name'>[];
  empty: string;
}) {
  return (
    <>
      <option value="">{props.empty}</option>
      {props.clients.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </>
  );
}

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
