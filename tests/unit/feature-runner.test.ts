import { describe, expect, it, vi } from 'vitest';
import { createFeatureRunner, type Feature } from '@/utils/features/runner';

type Page = { view: string };

function feature(
  id: string,
  views: string[],
  extra: Partial<Feature<Page>> = {},
): Feature<Page> & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  return {
    id,
    signals,
    include: (p) => views.includes(p.view),
    start: ({ signal }) => {
      signals.push(signal);
    },
    ...extra,
  };
}

describe('feature runner', () => {
  it('starts the features a page declares and aborts them on navigation', () => {
    const chips = feature('chips', ['list']);
    const card = feature('card', ['thread']);
    const runner = createFeatureRunner([chips, card], vi.fn());
    runner.navigate({ view: 'list' });
    expect(runner.running()).toEqual(['chips']);
    runner.navigate({ view: 'thread' });
    expect(chips.signals[0]!.aborted).toBe(true);
    expect(runner.running()).toEqual(['card']);
    runner.navigate({ view: 'thread' });
    expect(card.signals.map((s) => s.aborted)).toEqual([true, false]);
    runner.stop();
    expect(card.signals[1]!.aborted).toBe(true);
    expect(runner.running()).toEqual([]);
  });

  it('isolates a failing feature and logs it with its id', async () => {
    const log = vi.fn();
    const broken = feature('broken', ['list'], {
      start: () => {
        throw new Error('selector missed');
      },
    });
    const asyncBroken = feature('async-broken', ['list'], {
      start: async () => Promise.reject(new Error('later')),
    });
    const include = feature('bad-include', ['list'], {
      include: () => {
        throw new Error('include');
      },
    });
    const fine = feature('fine', ['list']);
    const runner = createFeatureRunner([broken, asyncBroken, include, fine], log);
    expect(() => runner.navigate({ view: 'list' })).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    expect(fine.signals).toHaveLength(1);
    expect(log.mock.calls.map((c) => [c[0], (c[1] as Error).message])).toEqual([
      ['broken', 'selector missed'],
      ['bad-include', 'include'],
      ['async-broken', 'later'],
    ]);
  });

  it('refreshes only running features, with their live signal', () => {
    const refresh = vi.fn();
    const chips = feature('chips', ['list'], { refresh });
    const other = feature('other', ['thread'], { refresh: vi.fn() });
    const runner = createFeatureRunner([chips, other], vi.fn());
    runner.navigate({ view: 'list' });
    runner.refresh({ view: 'list' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh.mock.calls[0]![0].signal.aborted).toBe(false);
    expect(other.refresh).not.toHaveBeenCalled();
  });
});
