import { isHumanLogOutput } from './human-log-output';

describe('which log format a process writes', () => {
  it('writes readable lines for a person at a terminal', () => {
    expect(isHumanLogOutput('auto', {}, true)).toBe(true);
  });

  it('keeps JSON for pipes, files and collectors, and in production even on a terminal', () => {
    expect(isHumanLogOutput('auto', {}, false)).toBe(false);
    expect(isHumanLogOutput('auto', { NODE_ENV: 'production' }, true)).toBe(false);
  });

  it('does what LOG_FORMAT says when it is set', () => {
    expect(isHumanLogOutput('json', {}, true)).toBe(false);
    expect(isHumanLogOutput('pretty', { NODE_ENV: 'production' }, false)).toBe(true);
  });
});
