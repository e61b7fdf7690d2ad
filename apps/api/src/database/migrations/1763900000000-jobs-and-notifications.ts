import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications (inbox, WeChat subscription quotas); per-campaign reminder settings. */
export class JobsAndNotifications1763900000000 implements MigrationInterface {
  name = 'JobsAndNotifications1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const options = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
    await queryRunner.query(
      `CREATE TABLE \`notifications\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`eventKey\` varchar(191) NOT NULL, \`kind\` varchar(32) NOT NULL, \`title\` varchar(200) NOT NULL, \`body\` text NOT NULL, \`link\` varchar(255) NULL, \`createdAt\` datetime NOT NULL, \`readAt\` datetime NULL, \`wechatStatus\` varchar(16) NULL, \`wechatError\` varchar(255) NULL, INDEX \`idx_notifications_user\` (\`userId\`, \`id\`), UNIQUE INDEX \`uq_notifications_user_event\` (\`userId\`, \`eventKey\`), PRIMARY KEY (\`id\`)) ${options}`,
    );
    await queryRunner.query(
      `CREATE TABLE \`wechat_subscription_quotas\` (\`userId\` int NOT NULL, \`templateId\` varchar(64) NOT NULL, \`remaining\` int NOT NULL DEFAULT 0, PRIMARY KEY (\`userId\`, \`templateId\`)) ${options}`,
    );
    await queryRunner.query(
      `CREATE TABLE \`reminder_settings\` (\`campaignId\` int NOT NULL, \`daysBefore\` int NOT NULL, \`returnedDays\` int NOT NULL, \`updatedAt\` datetime NOT NULL, PRIMARY KEY (\`campaignId\`)) ${options}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`reminder_settings\``);
    await queryRunner.query(`DROP TABLE \`wechat_subscription_quotas\``);
    await queryRunner.query(`DROP TABLE \`notifications\``);
  }
}
