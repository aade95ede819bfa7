import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 回访: a task per approved reply, and the sampling rules that decide which tickets are called back. */
export class CallbackTasks1795461144436 implements MigrationInterface {
  name = 'CallbackTasks1795461144436';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`callback_sampling_rules\` (\`id\` int UNSIGNED NOT NULL AUTO_INCREMENT, \`category_prefix\` varchar(6) NOT NULL DEFAULT '', \`request_type\` varchar(16) NULL, \`percent\` tinyint UNSIGNED NOT NULL, UNIQUE INDEX \`uq_callback_sampling_rules_kind\` (\`category_prefix\`, \`request_type\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`callback_tasks\` (\`id\` int UNSIGNED NOT NULL AUTO_INCREMENT, \`ticket_id\` int UNSIGNED NOT NULL, \`ticket_version\` int UNSIGNED NOT NULL, \`status\` varchar(16) NOT NULL, \`agent_user_id\` int UNSIGNED NULL, \`missed_attempts\` tinyint UNSIGNED NOT NULL DEFAULT '0', \`due_at\` datetime(3) NOT NULL, \`next_attempt_at\` datetime(3) NULL, \`offered_at\` datetime(3) NULL, \`outcome\` varchar(16) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_callback_tasks_agent_status\` (\`agent_user_id\`, \`status\`), INDEX \`idx_callback_tasks_status_attempt\` (\`status\`, \`next_attempt_at\`), UNIQUE INDEX \`uq_callback_tasks_ticket_version\` (\`ticket_id\`, \`ticket_version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`callback_tasks\` ADD CONSTRAINT \`fk_callback_tasks_ticket\` FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`callback_tasks\` ADD CONSTRAINT \`fk_callback_tasks_agent\` FOREIGN KEY (\`agent_user_id\`) REFERENCES \`users\`(\`id\`) ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`callback_tasks\` DROP FOREIGN KEY \`fk_callback_tasks_agent\``);
    await queryRunner.query(`ALTER TABLE \`callback_tasks\` DROP FOREIGN KEY \`fk_callback_tasks_ticket\``);
    await queryRunner.query(`DROP TABLE \`callback_tasks\``);
    await queryRunner.query(`DROP TABLE \`callback_sampling_rules\``);
  }
}
