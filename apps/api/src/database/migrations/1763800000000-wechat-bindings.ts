import type { MigrationInterface, QueryRunner } from 'typeorm';

/** WeChat login for the mini-program: bindings of WeChat accounts to users, and one-time binding codes. */
export class WechatBindings1763800000000 implements MigrationInterface {
  name = 'WechatBindings1763800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`wechat_binding_codes\` (\`id\` int NOT NULL AUTO_INCREMENT, \`codeHash\` varchar(64) NOT NULL, \`userId\` int NOT NULL, \`issuedById\` int NOT NULL, \`expiresAt\` datetime NOT NULL, \`usedAt\` datetime NULL, UNIQUE INDEX \`uq_wechat_binding_codes_hash\` (\`codeHash\`), INDEX \`idx_wechat_binding_codes_user\` (\`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`wechat_bindings\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`openid\` varchar(64) NOT NULL, \`boundAt\` datetime NOT NULL, UNIQUE INDEX \`uq_wechat_bindings_user\` (\`userId\`), UNIQUE INDEX \`uq_wechat_bindings_openid\` (\`openid\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`wechat_bindings\``);
    await queryRunner.query(`DROP TABLE \`wechat_binding_codes\``);
  }
}
