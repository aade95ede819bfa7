import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A unit's tickets from the index alone: the ticket lists filter by unit on every inbox load and push. */
export class AssignmentsUnitTicketIndex1796470000000 implements MigrationInterface {
  name = 'AssignmentsUnitTicketIndex1796470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`idx_assignments_unit_ticket\` ON \`assignments\` (\`unit_id\`, \`ticket_id\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_assignments_unit_ticket\` ON \`assignments\``);
  }
}
