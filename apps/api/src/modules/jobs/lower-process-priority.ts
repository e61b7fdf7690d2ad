import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Gives every thread of this process the CPU priority `nice` (0–19; higher yields more). On Linux os.setPriority
 * changes only the calling thread: V8's garbage-collector and compiler threads, started before it, would go on
 * competing with the API at full priority while a batch import allocates hundreds of workbooks. Threads started
 * afterwards (libuv's pool, PDF parsing workers) inherit the main thread's value.
 */
export function lowerProcessPriority(nice: number): void {
  setPriority(nice);
  for (const thread of threadIds()) {
    try {
      setPriority(thread, nice);
    } catch {
      // The thread ended between listing and renicing it.
    }
  }
}

/** The process's threads on Linux; elsewhere os.setPriority already applies to the whole process. */
function threadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [];
  }
}
