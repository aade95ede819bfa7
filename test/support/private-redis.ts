import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/**
 * A redis-server of one test's own, for fault tests: the shared Redis on 6379 serves every other
 * test and must never be stopped. It keeps nothing on disk, so a restart starts empty, like a
 * failover to an empty replica.
 */
export interface PrivateRedis {
  url: string;
  /** Kills the server (a crash: clients see the connection drop). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Suspends the process: connections stay open but nothing answers, as in a hung server. */
  freeze(): void;
  thaw(): void;
  /** Kills the server and removes its directory. */
  close(): Promise<void>;
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
  const server = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        server.stdout!.off('data', onData);
        server.stdout!.resume();
        resolve(server);
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`redis-server on port ${port} exited (${code}): ${output}`)));
  });
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = await mkdtemp(join(tmpdir(), 'hotline-redis-'));
  const port = await freePort();
  let server: ChildProcess | undefined = await launch(port, dir);
  // Should the test process die without closing it, the server must not outlive it.
  const killOnExit = () => server?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    const running = server;
    if (!running) return;
    server = undefined;
    if (running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  const signal = (name: NodeJS.Signals) => {
    if (!server) throw new Error('the private redis-server is not running');
    server.kill(name);
  };

  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start: async () => {
      if (server) throw new Error('the private redis-server is already running');
      server = await launch(port, dir);
    },
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    close: async () => {
      await stop();
      process.off('exit', killOnExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
