import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The whole schema of the first release: org tree, accounts, campaigns, reports and their versions, comments, audit. */
export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_entries\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` datetime NOT NULL, \`userId\` int NULL, \`action\` varchar(64) NOT NULL, \`entityType\` varchar(32) NOT NULL, \`entityId\` int NULL, \`orgPath\` varchar(255) NOT NULL, \`detail\` text NULL, INDEX \`idx_audit_at\` (\`at\`), INDEX \`idx_audit_org_path\` (\`orgPath\`), INDEX \`idx_audit_entity\` (\`entityType\`, \`entityId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`campaigns\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(200) NOT NULL, \`reportYear\` int NOT NULL, \`formatId\` varchar(32) NOT NULL, \`deadline\` datetime NOT NULL, \`ownerOrgId\` int NOT NULL, \`createdById\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, INDEX \`idx_campaigns_year\` (\`reportYear\`), INDEX \`idx_campaigns_owner_org\` (\`ownerOrgId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`orgs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`type\` varchar(32) NOT NULL, \`parentId\` int NULL, \`path\` varchar(255) NOT NULL, \`version\` int NOT NULL, INDEX \`idx_orgs_path\` (\`path\`), UNIQUE INDEX \`uq_orgs_parent_name\` (\`parentId\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`cell_comments\` (\`id\` int NOT NULL AUTO_INCREMENT, \`reportId\` int NOT NULL, \`cellCode\` varchar(64) NOT NULL, \`body\` text NOT NULL, \`authorId\` int NOT NULL, \`createdAt\` datetime NOT NULL, INDEX \`idx_cell_comments_report\` (\`reportId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`reports\` (\`id\` int NOT NULL AUTO_INCREMENT, \`campaignId\` int NOT NULL, \`orgId\` int NOT NULL, \`orgPath\` varchar(255) NOT NULL, \`state\` varchar(32) NOT NULL, \`values\` text NOT NULL, \`explanations\` text NOT NULL, \`submittedAt\` datetime NULL, \`approvedAt\` datetime NULL, \`isOverdue\` tinyint NOT NULL DEFAULT 0, \`lastAction\` varchar(32) NULL, \`lastComment\` text NULL, \`version\` int NOT NULL DEFAULT '1', \`updatedAt\` datetime NOT NULL, INDEX \`idx_reports_org\` (\`orgId\`), INDEX \`idx_reports_campaign_path\` (\`campaignId\`, \`orgPath\`), UNIQUE INDEX \`uq_reports_campaign_org\` (\`campaignId\`, \`orgId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`report_versions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`reportId\` int NOT NULL, \`version\` int NOT NULL, \`values\` text NOT NULL, \`explanations\` text NOT NULL, \`savedById\` int NOT NULL, \`restoredFromVersion\` int NULL, \`savedAt\` datetime NOT NULL, INDEX \`idx_report_versions_report\` (\`reportId\`, \`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`users\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(64) NOT NULL, \`displayName\` varchar(100) NOT NULL, \`passwordHash\` varchar(100) NOT NULL, \`orgId\` int NOT NULL, \`roles\` text NOT NULL, \`mustChangePassword\` tinyint NOT NULL DEFAULT 0, \`tokenGeneration\` int NOT NULL DEFAULT '0', \`isActive\` tinyint NOT NULL DEFAULT 1, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`uq_users_username\` (\`username\`), INDEX \`idx_users_org\` (\`orgId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`users\``);
    await queryRunner.query(`DROP TABLE \`report_versions\``);
    await queryRunner.query(`DROP TABLE \`reports\``);
    await queryRunner.query(`DROP TABLE \`cell_comments\``);
    await queryRunner.query(`DROP TABLE \`orgs\``);
    await queryRunner.query(`DROP TABLE \`campaigns\``);
    await queryRunner.query(`DROP TABLE \`audit_entries\``);
  }
}
