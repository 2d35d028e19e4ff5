import type { Client } from '@/utils/model/types';

/** A native select of clients by name, with an optional first option worth ''. */
export function ClientSelect({
  id,
  clients,
  value,
  empty,
  onChange,
}: {
  id: string;
  clients: readonly Client[];
  value: string;
  /** The label of the first option, worth '' (none: every option is a client). */
  empty?: string;
  onChange(clientId: string): void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {clients.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
