import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientSelect } from '@/components/client-select';
import type { Client } from '@/utils/model/types';
import { clientInput } from './factories';

afterEach(cleanup);

const clients = ['Bianchi', 'Rossi'].map(
  (name, i): Client =>
    ({ ...clientInput(name), id: `c${i}`, archived: 0, createdAt: 0, updatedAt: 0 }) as Client,
);

describe('ClientSelect', () => {
  it.each([
    ['without a first option', undefined, ['Bianchi', 'Rossi']],
    ['with a first option worth nothing', 'Everyone', ['Everyone', 'Bianchi', 'Rossi']],
  ])('lists the clients by name %s', (_, empty, labels) => {
    const onChange = vi.fn();
    const { container } = render(
      <ClientSelect id="pick" clients={clients} value="c1" empty={empty} onChange={onChange} />,
    );
    const select = container.querySelector('select#pick') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(labels);
    expect(select.value).toBe('c1');
    fireEvent.change(select, { target: { value: 'c0' } });
    expect(onChange).toHaveBeenCalledWith('c0');
  });
});
