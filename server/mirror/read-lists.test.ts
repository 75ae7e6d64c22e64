// @vitest-environment node
import { Readable } from 'node:stream';
import { UpstreamError, type Upstream } from '../upstream/upstream';
import { CUSTOMERS_PATH, parseLists, ReadError, readBodies } from './read-lists';

/**
 * The mirror's read of the two lists: a list asked for on a kept-alive connection the Live Platform had
 * already closed (the process was busy when the close came) is asked for once more; other failures are
 * not repeated, and a second failure fails the read with the reason.
 */

const ok = (body: string) => ({ status: 200, headers: new Headers(), body: Readable.from([Buffer.from(body)]) });

function upstreamFailing(failures: UpstreamError[]): { upstream: Upstream; calls: string[] } {
  const calls: string[] = [];
  const upstream: Upstream = async (request) => {
    calls.push(request.pathAndQuery);
    if (request.pathAndQuery === CUSTOMERS_PATH) {
      const failure = failures.shift();
      if (failure) throw failure;
      return ok('[{"CustomerShortName":"alpha","UmpCustomerGuid":null}]');
    }
    return ok('{"services":[]}');
  };
  return { upstream, calls };
}

const closed = () => new UpstreamError('unreachable', 'connection closed (UND_ERR_SOCKET)');

describe('reading the lists', () => {
  it('asks once more for a list whose connection closed before any answer, and reads it', async () => {
    const { upstream, calls } = upstreamFailing([closed()]);
    const lists = parseLists(await readBodies(upstream));
    expect(lists.customers.map((row) => row.customerShortName)).toEqual(['alpha']);
    expect(calls.filter((path) => path === CUSTOMERS_PATH)).toHaveLength(2);
  });

  it('fails the read with the reason when the second try fails too', async () => {
    const { upstream, calls } = upstreamFailing([closed(), closed()]);
    await expect(readBodies(upstream)).rejects.toThrow(new ReadError('customers list: Live Platform is unreachable (connection closed (UND_ERR_SOCKET))'));
    expect(calls.filter((path) => path === CUSTOMERS_PATH)).toHaveLength(2);
  });

  it('does not repeat a read that timed out', async () => {
    const { upstream, calls } = upstreamFailing([new UpstreamError('timeout')]);
    await expect(readBodies(upstream)).rejects.toThrow('customers list: Live Platform did not answer in time');
    expect(calls.filter((path) => path === CUSTOMERS_PATH)).toHaveLength(1);
  });

  it('hands over each body in a buffer of its own, so it can be moved to the worker', async () => {
    const { upstream } = upstreamFailing([]);
    const bodies = await readBodies(upstream);
    expect(bodies.customers.byteOffset).toBe(0);
    expect(bodies.customers.buffer.byteLength).toBe(bodies.customers.byteLength);
    expect(bodies.services.buffer).not.toBe(bodies.customers.buffer);
  });
});
