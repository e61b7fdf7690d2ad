import { execFileSync } from 'node:child_process';
import path from 'node:path';

// In a child process: renicing this one would slow the rest of the test run.
const niceOfEveryThread = (nice: number): number[] =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-r',
        path.join(__dirname, '../../../test/jobs/ts-register.js'),
        '-e',
        `
        const { readdirSync, readFileSync } = require('node:fs');
        require(${JSON.stringify(path.join(__dirname, 'lower-process-priority.ts'))}).lowerProcessPriority(${nice});
        const nices = readdirSync('/proc/self/task').map((thread) => {
          const stat = readFileSync('/proc/self/task/' + thread + '/stat', 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
        });
        process.stdout.write(JSON.stringify(nices));
        `,
      ],
      { encoding: 'utf8' },
    ),
  ) as number[];

// Reads the threads from /proc: Linux, where the workers run.
describe('lowerProcessPriority', () => {
  it("lowers every thread of the process, V8's background threads included", () => {
    const nices = niceOfEveryThread(19);
    expect(nices.length).toBeGreaterThan(1);
    expect(new Set(nices)).toEqual(new Set([19]));
  });
});
