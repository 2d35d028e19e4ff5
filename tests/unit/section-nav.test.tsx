import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SectionNav } from '@/components/section-nav';

afterEach(cleanup);

describe('SectionNav', () => {
  it('moves between sections with the arrow keys', () => {
    const onSelect = vi.fn();
    render(
      <SectionNav
        label="Sections"
        sections={[
          { key: 'a', label: 'Clients' },
          { key: 'b', label: 'Settings' },
        ]}
        current="a"
        onSelect={onSelect}
      />,
    );
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1]);
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenCalledWith('b');
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowLeft' });
    expect(onSelect).toHaveBeenLastCalledWith('b');
  });
});
