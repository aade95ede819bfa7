import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deadline enforcement: notices to units, and timeline entries a retried timer cannot write twice. */
export class NoticesAndEventDedupe1795439593569 implements MigrationInterface {
  name = 'NoticesAndEventDedupe1795439593569';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`notices\` (\`id\` bigint UNSIGNED NOT NULL AUTO_INCREMENT, \`unit_id\` int UNSIGNED NOT NULL, \`ticket_id\` int UNSIGNED NOT NULL, \`assignment_id\` int UNSIGNED NULL, \`kind\` varchar(32) NOT NULL, \`title\` varchar(200) NOT NULL, \`body\` varchar(2000) NOT NULL, \`dedupe_key\` varchar(80) NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`read_at\` datetime(3) NULL, INDEX \`idx_notices_unit_read\` (\`unit_id\`, \`read_at\`, \`id\`), UNIQUE INDEX \`uq_notices_dedupe\` (\`dedupe_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`ticket_events\` ADD \`dedupe_key\` varchar(80) NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX \`uq_ticket_events_dedupe\` ON \`ticket_events\` (\`dedupe_key\`)`);
    await queryRunner.query(`ALTER TABLE \`notices\` ADD CONSTRAINT \`fk_notices_unit\` FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notices\` DROP FOREIGN KEY \`fk_notices_unit\``);
    await queryRunner.query(`DROP INDEX \`uq_ticket_events_dedupe\` ON \`ticket_events\``);
    await queryRunner.query(`ALTER TABLE \`ticket_events\` DROP COLUMN \`dedupe_key\``);
    await queryRunner.query(`DROP INDEX \`uq_notices_dedupe\` ON \`notices\``);
    await queryRunner.query(`DROP INDEX \`idx_notices_unit_read\` ON \`notices\``);
    await queryRunner.query(`DROP TABLE \`notices\``);
  }
}
