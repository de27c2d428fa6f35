/** Runs the real `agora` command (bin/agora.js) in a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const AGORA_BIN = fileURLToPath(new URL('../../bin/agora.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `agora args…`; `input`, when given, is piped to its standard input (which is otherwise empty). */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [AGORA_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, DATABASE: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.on('error', () => {}); // a command that never reads its input may exit before it is written
    child.stdin.end(options.input ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
