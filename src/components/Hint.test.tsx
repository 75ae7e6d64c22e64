import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Tooltip from '@mui/material/Tooltip';
import type { ComponentType } from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';
import { lazyHint } from './Hint';

/** A Hint whose Tooltip arrives when the test says so, as the lazy chunk does after the first paint. */
function hintArrivingLater() {
  let arrive: (component: ComponentType<TooltipProps>) => void = () => undefined;
  const { Hint } = lazyHint(() => new Promise((resolve) => (arrive = resolve)));
  return { Hint, arrive: () => arrive(Tooltip) };
}

describe('Hint', () => {
  it('shows its child at once, and keeps the focus on it when the Tooltip arrives (the child is mounted again inside it)', async () => {
    const user = userEvent.setup();
    const { Hint, arrive } = hintArrivingLater();
    render(
      <>
        <input aria-label="Search" />
        <Hint title="Clear the search">
          <button type="button">x</button>
        </Hint>
      </>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'x' })).toHaveFocus();
    arrive();
    // The Tooltip names a child that has no name of its own after its title: that is when it has arrived.
    const button = await screen.findByRole('button', { name: 'Clear the search' });
    expect(button).toHaveFocus();
    await user.hover(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Clear the search');
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });
});
