/** Free loopback ports in the bench's range (BENCH_PORTS, 4410-4419 by default), so runs never collide with other people's servers. */
import { createServer } from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePorts(count: number, [first, last]: readonly [number, number]): Promise<number[]> {
  const found: number[] = [];
  for (let port = first; port <= last && found.length < count; port += 1) {
    if (await isFree(port)) found.push(port);
  }
  if (found.length < count) throw new Error(`Need ${count} free loopback ports in ${first}-${last}, found ${found.length}`);
  return found;
}
