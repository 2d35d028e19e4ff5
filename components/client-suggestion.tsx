import type { Client } from '@/utils/model/types';
import { t } from '@/utils/i18n/messages';
import { ClientChip } from './client-chip';

interface ClientSuggestionProps {
  client: Client;
  /** Why this client was suggested, in words. */
  reason: string;
  /** The button's text ("Tag to Studio Rossi"). */
  action: string;
  busy: boolean;
  onTake(): void;
}

/** A suggested client: its chip, why it was suggested, and the button that takes it. */
export function ClientSuggestion({ client, reason, action, busy, onTake }: ClientSuggestionProps) {
  return (
    <div class="suggestion">
      <p>
        {t('suggestedClient', [''])}
        <ClientChip client={client} />
        <span class="suggestion__why"> ({reason})</span>
      </p>
      <button type="button" class="primary" disabled={busy} onClick={onTake}>
        {action}
      </button>
    </div>
  );
}
