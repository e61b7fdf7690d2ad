import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../database/seeds/demo-org-tree';

export interface BannerFacts {
  port: number;
  dbMode: string;
  hasDemoAccounts: boolean;
  servesAdmin: boolean;
  servesH5: boolean;
}

/** The last lines of a start: where to go and how to sign in, in both languages, short enough to read at once. */
export function startupBanner(facts: BannerFacts): string {
  const base = `http://localhost:${facts.port}`;
  const notBuilt = '（未构建 not built：pnpm build）';
  const lines = [
    '',
    `年报 nianbao 已启动 is running (${facts.dbMode === 'embedded' ? '内置数据库 embedded database' : 'MySQL/MariaDB'})`,
    `  管理端 Admin app      ${base}/${facts.servesAdmin ? '' : ` ${notBuilt}`}`,
    `  移动端 H5 app         ${base}/m/${facts.servesH5 ? '' : ` ${notBuilt}`}`,
    `  年报专栏 Public site  ${base}/gk/`,
    `  接口文档 API docs     ${base}/api/docs`,
  ];
  if (facts.hasDemoAccounts) {
    lines.push(
      `  演示账号 Demo accounts (密码 password: ${DEMO_PASSWORD})`,
      ...DEMO_ACCOUNTS.map((account) => `    ${account.username.padEnd(18)}${account.displayName}`),
    );
  }
  lines.push('  按 Ctrl+C 停止 Press Ctrl+C to stop', '');
  return lines.join('\n');
}
