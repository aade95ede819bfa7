import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The three rates: a callback task keeps the unit it judges and the citizen's answers; the daily unit
 * figures they roll up into; and the assignment indexes that find a day's facts.
 */
export class UnitDailyFigures1796449034416 implements MigrationInterface {
  name = 'UnitDailyFigures1796449034416';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`unit_daily_figures\` (\`day\` date NOT NULL, \`unit_id\` int UNSIGNED NOT NULL, \`redo\` tinyint NOT NULL, \`sign_due\` int UNSIGNED NOT NULL DEFAULT '0', \`signed_in_time\` int UNSIGNED NOT NULL DEFAULT '0', \`replies\` int UNSIGNED NOT NULL DEFAULT '0', \`replied_in_time\` int UNSIGNED NOT NULL DEFAULT '0', \`dispatched\` int UNSIGNED NOT NULL DEFAULT '0', \`returned\` int UNSIGNED NOT NULL DEFAULT '0', \`reached\` int UNSIGNED NOT NULL DEFAULT '0', \`solved\` int UNSIGNED NOT NULL DEFAULT '0', \`satisfied\` int UNSIGNED NOT NULL DEFAULT '0', \`unreached\` int UNSIGNED NOT NULL DEFAULT '0', INDEX \`idx_unit_daily_figures_unit_day\` (\`unit_id\`, \`day\`), PRIMARY KEY (\`day\`, \`unit_id\`, \`redo\`)) ENGINE=InnoDB`);
    // One ALTER: on a large table each statement is a rebuild of its own.
    await queryRunner.query(
      `ALTER TABLE \`callback_tasks\` ADD \`unit_id\` int UNSIGNED NULL, ADD \`redo\` tinyint NOT NULL DEFAULT 0, ADD \`reached\` tinyint NULL, ADD \`solved\` varchar(16) NULL, ADD \`satisfaction\` varchar(24) NULL, ADD \`done_at\` datetime(3) NULL, ADD INDEX \`idx_callback_tasks_done\` (\`done_at\`)`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assignments\` ADD INDEX \`idx_assignments_dispatched\` (\`dispatched_at\`), ADD INDEX \`idx_assignments_replied\` (\`replied_at\`), ADD INDEX \`idx_assignments_sign_due\` (\`sign_due_at\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`assignments\` DROP INDEX \`idx_assignments_sign_due\`, DROP INDEX \`idx_assignments_replied\`, DROP INDEX \`idx_assignments_dispatched\``);
    await queryRunner.query(
      `ALTER TABLE \`callback_tasks\` DROP INDEX \`idx_callback_tasks_done\`, DROP COLUMN \`done_at\`, DROP COLUMN \`satisfaction\`, DROP COLUMN \`solved\`, DROP COLUMN \`reached\`, DROP COLUMN \`redo\`, DROP COLUMN \`unit_id\``,
    );
    await queryRunner.query(`DROP TABLE \`unit_daily_figures\``);
  }
}
