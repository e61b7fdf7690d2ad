import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 企业微信 / 政务微信: each city's app (secrets sealed), users' work-app accounts, and every message sent there. */
export class WorkApp1764400000000 implements MigrationInterface {
  name = 'WorkApp1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const options = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
    await queryRunner.query(
      `CREATE TABLE \`work_app_configs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`orgId\` int NOT NULL, \`platform\` varchar(16) NOT NULL, \`isEnabled\` tinyint NOT NULL, \`corpId\` varchar(64) NOT NULL, \`agentId\` varchar(32) NOT NULL, \`apiBaseUrl\` varchar(255) NOT NULL, \`oauthBaseUrl\` varchar(255) NOT NULL, \`h5Url\` varchar(255) NOT NULL, \`secretSealed\` text NOT NULL, \`callbackTokenSealed\` text NOT NULL, \`encodingAesKeySealed\` text NOT NULL, \`levels\` text NOT NULL, \`updatedAt\` datetime NOT NULL, \`updatedById\` int NOT NULL, \`version\` int NOT NULL, UNIQUE INDEX \`uq_work_app_configs_org\` (\`orgId\`), PRIMARY KEY (\`id\`)) ${options}`,
    );
    await queryRunner.query(
      `CREATE TABLE \`work_app_bindings\` (\`id\` int NOT NULL AUTO_INCREMENT, \`configId\` int NOT NULL, \`userId\` int NOT NULL, \`workUserId\` varchar(64) NOT NULL, \`boundAt\` datetime NOT NULL, UNIQUE INDEX \`uq_work_app_bindings_user\` (\`userId\`), UNIQUE INDEX \`uq_work_app_bindings_account\` (\`configId\`, \`workUserId\`), PRIMARY KEY (\`id\`)) ${options}`,
    );
    await queryRunner.query(
      `CREATE TABLE \`work_app_messages\` (\`id\` int NOT NULL AUTO_INCREMENT, \`dedupeKey\` varchar(128) NOT NULL, \`configId\` int NOT NULL, \`userId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`reportId\` int NULL, \`reportVersion\` int NULL, \`notificationId\` int NULL, \`taskId\` varchar(128) NULL, \`responseCode\` varchar(255) NULL, \`status\` varchar(16) NOT NULL, \`outcome\` varchar(64) NULL, \`attempts\` int NOT NULL DEFAULT 0, \`lastError\` varchar(255) NULL, \`createdAt\` datetime NOT NULL, \`sentAt\` datetime NULL, UNIQUE INDEX \`uq_work_app_messages_key\` (\`dedupeKey\`), UNIQUE INDEX \`uq_work_app_messages_task\` (\`taskId\`), INDEX \`idx_work_app_messages_report\` (\`reportId\`, \`status\`), PRIMARY KEY (\`id\`)) ${options}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`work_app_messages\``);
    await queryRunner.query(`DROP TABLE \`work_app_bindings\``);
    await queryRunner.query(`DROP TABLE \`work_app_configs\``);
  }
}
