/** `agora serve` in a child process of its own, for tests where processes are the point. */
import { spawn, type ChildProcess } from 'node:child_process';
import { AGORA_BIN, runCli } from './run-cli.ts';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Resolves with the exit code (null when killed by a signal). */
  exit: Promise<number | null>;
  stop(): Promise<number | null>;
}

function freePortGuess(): number {
  return 20_000 + Math.floor(Math.random() * 30_000);
}

/** Starts `agora serve --db <db> …` and resolves once it answers HTTP. */
export async function startServe(db: string, args: string[] = [], port = freePortGuess()): Promise<ServeProcess> {
  const child = spawn(process.execPath, [AGORA_BIN, 'serve', '--db', db, '--port', String(port), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE: undefined, DATABASE_URL: undefined },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`agora serve exited with ${child.exitCode}: ${stderr}`);
    const response = await fetch(`${url}/healthz`).catch(() => null);
    if (response) {
      await response.arrayBuffer();
      return {
        child,
        url,
        port,
        exit,
        stop() {
          child.kill('SIGTERM');
          return exit;
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`agora serve did not answer within 30 s: ${stderr}`);
}

/** Makes an editor token in the database with the real CLI. */
export async function editorToken(db: string, label = 'test-editor'): Promise<string> {
  const result = await runCli(['token', 'create', '--role', 'editor', '--label', label, '--db', db, '--json']);
  if (result.code !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { token: string }).token;
}
