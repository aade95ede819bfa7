import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The workflow's assignment facts: redo work, a pending extension request, and assignments that cannot be returned. */
export class AssignmentRedoAndExtensionRequest1795434126893 implements MigrationInterface {
  name = 'AssignmentRedoAndExtensionRequest1795434126893';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`assignments\` ADD \`redo\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`assignments\` ADD \`extension_request_days\` smallint UNSIGNED NULL`);
    await queryRunner.query(`ALTER TABLE \`assignments\` ADD \`extension_request_reason\` varchar(500) NULL`);
    await queryRunner.query(`ALTER TABLE \`assignments\` ADD \`extension_requested_at\` datetime(3) NULL`);
    await queryRunner.query(`ALTER TABLE \`assignments\` CHANGE \`return_window_ends_at\` \`return_window_ends_at\` datetime(3) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`assignments\` CHANGE \`return_window_ends_at\` \`return_window_ends_at\` datetime(3) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`assignments\` DROP COLUMN \`extension_requested_at\``);
    await queryRunner.query(`ALTER TABLE \`assignments\` DROP COLUMN \`extension_request_reason\``);
    await queryRunner.query(`ALTER TABLE \`assignments\` DROP COLUMN \`extension_request_days\``);
    await queryRunner.query(`ALTER TABLE \`assignments\` DROP COLUMN \`redo\``);
  }
}
