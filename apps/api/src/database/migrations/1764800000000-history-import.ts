import type { MigrationInterface, QueryRunner } from 'typeorm';

/** History import: past published reports uploaded, reviewed, and stored in read-only campaigns, source files kept. */
export class HistoryImport1764800000000 implements MigrationInterface {
  name = 'HistoryImport1764800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `campaigns` ADD `isImportedHistory` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query(
      'CREATE TABLE `history_imports` (`id` int NOT NULL AUTO_INCREMENT, `ownerId` int NOT NULL, `orgId` int NOT NULL, `orgPath` varchar(255) NOT NULL, `jobId` varchar(64) NULL, `uploadCount` int NOT NULL, `createdAt` datetime NOT NULL, `readAt` datetime NULL, INDEX `idx_history_imports_org_path` (`orgPath`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
    await queryRunner.query(
      "CREATE TABLE `history_import_files` (`id` int NOT NULL AUTO_INCREMENT, `importId` int NOT NULL, `position` int NOT NULL, `fileName` varchar(255) NOT NULL, `byteLength` int NOT NULL, `status` varchar(16) NOT NULL, `message` text NULL, `formatId` varchar(32) NULL, `agency` varchar(200) NULL, `detectedYear` int NULL, `values` text NULL, `unreadableCells` text NULL, `matchLevel` varchar(16) NULL, `confidence` int NOT NULL DEFAULT '0', `matchReason` varchar(255) NULL, `proposedOrgId` int NULL, `orgId` int NULL, `reportYear` int NULL, `isReviewed` tinyint NOT NULL DEFAULT 0, `reportId` int NULL, INDEX `idx_history_import_files_report` (`reportId`), UNIQUE INDEX `uq_history_import_files_position` (`importId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
    );
    await queryRunner.query(
      'CREATE TABLE `history_import_chunks` (`fileId` int NOT NULL, `position` int NOT NULL, `data` blob NOT NULL, PRIMARY KEY (`fileId`, `position`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `history_import_chunks`');
    await queryRunner.query('DROP TABLE `history_import_files`');
    await queryRunner.query('DROP TABLE `history_imports`');
    await queryRunner.query('ALTER TABLE `campaigns` DROP COLUMN `isImportedHistory`');
  }
}
