import type { Client } from '@/utils/model/types';

/** The client's colour dot and name, as in Gmail's chip. */
export function ClientChip({ client }: { client: Pick<Client, 'name' | 'color'> }) {
  return (
    <span class="client-chip">
      <span class="swatch" style={{ background: client.color }} aria-hidden="true" />
      {client.name}
    </span>
  );
}
