import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a server, for partitioning one client process from it: while held, what the
 * clients send goes nowhere (a cable pulled on the way in), while the server's side is left alone.
 */
export interface TcpProxy {
  /** On 127.0.0.1: give it to the processes that should go through the proxy. */
  port: number;
  /** From now on nothing the clients send reaches the server. */
  hold(): void;
  /** Closes every connection (dropping what was held) and forwards again for new ones. */
  reset(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let held = false;
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on('data', (chunk) => {
      if (!held) upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const reset = () => {
    for (const [client, upstream] of pairs) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
    held = false;
  };
  return {
    port,
    hold: () => (held = true),
    reset,
    close: () => {
      reset();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
