import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyButton } from './CopyButton';

describe('CopyButton', () => {
  it('is named after what it copies and puts the value on the clipboard', async () => {
    const user = userEvent.setup();
    render(<CopyButton value="tenant-123" what="tenant id" />);
    await user.click(screen.getByRole('button', { name: 'Copy tenant id' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('tenant-123');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
  });

  it('says so when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyButton value="x" what="guid" />);
    await user.click(screen.getByRole('button', { name: 'Copy guid' }));
    expect(await screen.findByRole('status')).toHaveTextContent("Couldn't copy guid");
  });
});
