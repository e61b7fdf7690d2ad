import { RULES } from '@nianbao/rules';
import { runCli } from '../../test/run-cli';

describe('nianbao rules', () => {
  it('lists every rule with its severity in Chinese', async () => {
    const { status, stdout } = await runCli(['rules']);
    expect(status).toBe(0);
    for (const rule of RULES) expect(stdout).toContain(rule.id);
    expect(stdout).toContain('错误（阻止提交）');
  });

  it('lists only the rules of one format', async () => {
    const { stdout } = await runCli(['rules', '--template', 'legacy', '--json']);
    const ids = (JSON.parse(stdout) as { id: string }[]).map((rule) => rule.id);
    expect(ids).toContain('L-CHANNEL-MAX');
    expect(ids).not.toContain('BALANCE');
  });

  it('refuses an unknown format', async () => {
    const { status, stderr } = await runCli(['rules', '--template', '2018']);
    expect(status).toBe(2);
    expect(stderr).toContain('--template 只能是 legacy、2019、2021');
  });
});
