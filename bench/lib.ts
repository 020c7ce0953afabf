/**
 * Shared helpers of the benchmark: child processes (spawn, health, RSS), a small JSON client
 * for the API, statistics.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A port that was free a moment ago (the kernel picks it; the listener is closed at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  pid: number;
  /** performance.now() just before spawn. */
  spawnedAt: number;
  exited: Promise<number | null>;
}

/**
 * Starts `node --import tsx <script>` from the project root; stdout and stderr go to `logFile`
 * (not a pipe: the server logs every request, and this process must not spend CPU reading it).
 */
export function spawnTsx(
  script: string,
  env: Record<string, string>,
  logFile: string,
  nodeArgs: string[] = [],
): Spawned {
  return spawnNode([...nodeArgs, '--import', 'tsx', script], env, logFile);
}

/** Starts `node <args>` from the project root with only `env` (and PATH), output to `logFile`. */
export function spawnNode(args: string[], env: Record<string, string>, logFile: string): Spawned {
  const fd = openSync(logFile, 'a');
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      ...env,
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(' ')}`);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, pid: child.pid, spawnedAt, exited };
}

/** Polls GET /health every 5 ms; resolves with ms from spawn to the first 200. */
export async function waitHealthy(proc: Spawned, baseUrl: string, timeoutMs = 30_000): Promise<number> {
  let exitCode: number | null | undefined;
  void proc.exited.then((code) => (exitCode = code ?? -1));
  while (performance.now() - proc.spawnedAt < timeoutMs) {
    if (exitCode !== undefined)
      throw new Error(`${baseUrl}: the process exited with ${exitCode} before it was healthy`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - proc.spawnedAt;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  throw new Error(`${baseUrl} was not healthy within ${timeoutMs} ms`);
}

export async function stopProcess(proc: Spawned): Promise<number | null> {
  if (proc.child.exitCode !== null) return proc.child.exitCode;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 15_000);
  const code = await proc.exited;
  clearTimeout(timer);
  return code;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** VmRSS and VmHWM (peak RSS) of a process, in MB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Samples VmRSS of one process every `intervalMs`; `max()` over everything since the last `reset()`. */
export class RssSampler {
  private timer: NodeJS.Timeout;
  private windowMax = 0;
  private overallMax = 0;

  constructor(
    private readonly pid: number,
    intervalMs = 20,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): number {
    try {
      const { rssMb } = memoryOf(this.pid);
      this.windowMax = Math.max(this.windowMax, rssMb);
      this.overallMax = Math.max(this.overallMax, rssMb);
      return rssMb;
    } catch {
      return 0; // the process is gone
    }
  }

  reset(): void {
    this.windowMax = this.sample();
  }

  max(): number {
    this.sample();
    return this.windowMax;
  }

  overall(): number {
    return this.overallMax;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** A tiny JSON client for the API; throws on any status but the expected one. */
export function apiClient(baseUrl: string) {
  return async function api<T = unknown>(
    token: string,
    method: string,
    path: string,
    body?: unknown,
    expect = method === 'POST' ? 201 : 200,
  ): Promise<T> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== expect)
      throw new Error(`${method} ${path} answered ${res.status} (expected ${expect}): ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

export type Api = ReturnType<typeof apiClient>;

/** Times one GET of a binary answer, body included. */
export async function timeDownload(url: string, token: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body.toString('utf8').slice(0, 500)}`);
  return { ms, bytes: body.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** CPU time (user + system, all threads) of a process in clock ticks, from /proc/<pid>/stat; 0 once it is gone. */
export function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Busy and total clock ticks of the whole machine (all CPUs), from /proc/stat. */
export function machineTicks(): { busy: number; total: number } {
  const [, ...values] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = values.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** CPU cores kept busy by everything on the machine over `ms` (a sample of the background load). */
export async function machineLoad(ms: number): Promise<number> {
  const before = machineTicks();
  await sleep(ms);
  const after = machineTicks();
  return ((after.busy - before.busy) / (after.total - before.total)) * cpus().length;
}

/** Compiles the server as `npm start` does (prestart: npm run build). */
export function buildServer(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

/** Starts the compiled server with the node flags of `npm start` (read from package.json). */
export function spawnServer(env: Record<string, string>, logFile: string): Spawned {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = pkg.scripts.start.split(/\s+/);
  if (node !== 'node') throw new Error(`npm start does not run node: ${pkg.scripts.start}`);
  // Flags node refuses in NODE_OPTIONS (e.g. --cpu-prof) can be given here, space-separated.
  const extra = process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  return spawnNode([...extra, ...args], env, logFile);
}
