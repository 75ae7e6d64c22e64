import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../api/http';
import { ErrorPanel } from './ErrorPanel';

const TICKET = '5f0c2a9e-1c1b-4c57-9d6e-2f7e0b8d1a11';
const REQUEST_ID = '9b2f4c1e-7a3d-4e8b-9c10-2d3e4f5a6b7c';

function serverError(): ApiError {
  return new ApiError('The Live Platform could not load this customer.', {
    kind: 'http',
    method: 'GET',
    url: '/api/v3/customer/abc?allDetails=true',
    status: 500,
    title: 'Internal Server Error',
    detail: `ErrorTicket=${TICKET}`,
    errorTicket: TICKET,
    traceId: '00-abc-def-01',
    requestId: REQUEST_ID,
  });
}

describe('ErrorPanel', () => {
  it('shows the ApiError title, message, status and error ticket in an alert', async () => {
    render(<ErrorPanel error={serverError()} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Internal Server Error')).toBeVisible();
    expect(within(alert).getByText('The Live Platform could not load this customer.')).toBeVisible();
    expect(within(alert).getByText('500')).toBeVisible();
    const ticket = within(alert).getByText(TICKET);
    expect(ticket.tagName).toBe('CODE');
  });

  it('copies the error ticket with its copy button', async () => {
    const user = userEvent.setup();
    render(<ErrorPanel error={serverError()} />);
    await user.click(await screen.findByRole('button', { name: 'Copy error ticket' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(TICKET);
    expect(await screen.findByText('Copied', { selector: '[role="status"]' })).toBeInTheDocument();
    // The tooltip says so too.
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Copied'));
    // Let the tooltip's enter transition finish inside act (otherwise React warns after the test).
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  });

  it('shows the console request id next to the ticket and trace id, with its own copy button', async () => {
    const user = userEvent.setup();
    render(<ErrorPanel error={serverError()} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Request id')).toBeVisible();
    expect(within(alert).getByText(REQUEST_ID).tagName).toBe('CODE');
    await user.click(within(alert).getByRole('button', { name: 'Copy request id' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(REQUEST_ID);
    expect(await screen.findByText('Copied', { selector: '[role="status"]' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  });

  it('offers Retry only when onRetry is given', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<ErrorPanel error={serverError()} />);
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    rerender(<ErrorPanel error={serverError()} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows plain errors and odd thrown values by their message', async () => {
    const { rerender } = render(<ErrorPanel error={new Error('Boom')} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Boom');
    rerender(<ErrorPanel error="just a string" />);
    expect(screen.getByRole('alert')).toHaveTextContent('just a string');
    rerender(<ErrorPanel error={undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('An unexpected error occurred.');
  });

  it('names network failures plainly', async () => {
    const error = new ApiError('Check your connection and try again.', { kind: 'network', method: 'GET', url: '/api/v3/customer' });
    render(<ErrorPanel error={error} />);
    expect(await screen.findByRole('alert')).toHaveTextContent("Can't reach the server");
  });

  it("for an OVOC read, shows a documented status's title over the page's heading, its meaning and what to do", async () => {
    const error = new ApiError('The server answered 503.', { kind: 'http', method: 'GET', url: '/api/ovoc/v1/topology/services/', status: 503 });
    render(<ErrorPanel error={error} ovoc="services" title="Couldn't refresh the services" />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Live Platform portal is not configured')).toBeVisible();
    expect(alert).not.toHaveTextContent("Couldn't refresh the services");
    expect(alert).toHaveTextContent('so the OVOC services list cannot be read');
    expect(within(alert).getByText(/retrying will not help until then/)).toBeVisible();
  });
});
