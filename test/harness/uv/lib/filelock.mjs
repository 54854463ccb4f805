// Exclusive locks between concurrent stand-in processes, where uv takes them
// (crates/uv/src/commands/project/mod.rs): the project lock `$TMPDIR/uv-<digest of the project
// root>.lock` while the project environment is found, validated, removed or created, and the
// environment lock `<env>/.lock` while the lockfile is checked or written and the environment
// synced. Both are released before the command runs, so two runs can still replace each other's
// environment while a command is running: the real-world race the stand-in must show.
// Simplification: uv uses flock(2) on a file that stays; node has no flock, so the stand-in
// creates the file exclusively (O_EXCL) with its pid and removes it on release; a lock whose
// holder has died is taken over.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { lockDir } from './settings.mjs';
import { fail } from './report.mjs';

const TIMEOUT_MS = 5 * 60_000;

export function sleepMs(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function holderAlive(path) {
  let pid;
  try {
    pid = Number(readFileSync(path, 'utf8').trim());
  } catch {
    return true; // being written or just removed: look again
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Takes the lock at `path`; returns the release function. `null` when the lock's directory is gone (uv only warns then). */
export function acquire(path) {
  const t0 = Date.now();
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          // The directory holding it (an environment) may have been removed by another run.
        }
      };
    } catch (e) {
      if (e.code === 'ENOENT') return null;
      if (e.code !== 'EEXIST') throw e;
    }
    if (!holderAlive(path)) {
      try {
        unlinkSync(path);
      } catch {
        // Someone else took it over first.
      }
      continue;
    }
    if (Date.now() - t0 > TIMEOUT_MS) fail(`Timeout (${TIMEOUT_MS / 1000}s) when waiting for lock on \`${path}\``, 2);
    sleepMs(10);
  }
}

export function projectLockPath(root) {
  // uv: std::env::temp_dir().join(format!("uv-{}.lock", cache_digest(workspace.install_path())))
  return join(lockDir(), `uv-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.lock`);
}

/** Runs `fn` holding the lock at `path`. */
export function withLock(path, fn) {
  const release = acquire(path);
  try {
    return fn();
  } finally {
    release?.();
  }
}
