import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { joinStates, PageReady, Ready } from '@/utils/ui/gate';
import type { LiveState } from '@/utils/ui/use-live-query';

afterEach(cleanup);

const loading = { status: 'loading' } as const;
const ready = <T,>(value: T): LiveState<T> => ({ status: 'ready', value });
const failed = (message: string): LiveState<never> => ({
  status: 'error',
  error: new Error(message),
});

describe('joinStates', () => {
  it.each<[string, LiveState<number>, LiveState<string>, LiveState<[number, string]>]>([
    ['loading while the first loads', loading, ready('a'), loading],
    ['loading while the second loads', failed('x'), loading, loading],
    ['the first error first', failed('x'), failed('y'), failed('x')],
    ['the second error', ready(1), failed('y'), failed('y')],
    ['both values', ready(1), ready('a'), ready([1, 'a'])],
  ])('%s', (_, a, b, expected) => {
    expect(joinStates(a, b)).toEqual(expected);
  });
});

describe('Ready', () => {
  it.each<[LiveState<string>, string]>([
    [loading, 'Loading…'],
    [failed('disk full'), 'Something went wrong while loading: disk full'],
    [ready('hello'), 'hello'],
  ])('shows %j as %s', (state, text) => {
    render(<Ready state={state}>{(value) => <p>{value}</p>}</Ready>);
    expect(screen.getByText(text)).toBeTruthy();
  });
});

describe('PageReady', () => {
  it.each([
    [{ status: 'loading' } as const, 'Reading the page', 'status'],
    [{ status: 'unavailable' } as const, 'Reload the tab', 'status'],
    [{ status: 'ready', page: 'the page' } as const, 'the page', null],
  ])('shows %j', (panel, text, role) => {
    render(
      <PageReady panel={panel} loading="Reading the page" unavailable="Reload the tab">
        {(page) => <p>{page}</p>}
      </PageReady>,
    );
    const shown = screen.getByText(text);
    expect(shown.getAttribute('role')).toBe(role);
  });
});
