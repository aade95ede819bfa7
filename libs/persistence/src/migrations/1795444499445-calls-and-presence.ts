import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Call intake: calls folded from their CTI events, the events as they came, and operator presence. */
export class CallsAndPresence1795444499445 implements MigrationInterface {
  name = 'CallsAndPresence1795444499445';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`call_events\` (\`id\` bigint UNSIGNED NOT NULL AUTO_INCREMENT, \`call_id\` varchar(64) NOT NULL, \`type\` varchar(12) NOT NULL, \`at\` datetime(3) NOT NULL, \`payload\` json NOT NULL, \`received_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX \`uq_call_events_call_type\` (\`call_id\`, \`type\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`calls\` (\`call_id\` varchar(64) NOT NULL, \`caller_number\` varchar(32) NOT NULL, \`line\` varchar(32) NOT NULL, \`queue\` varchar(32) NOT NULL, \`status\` varchar(12) NOT NULL, \`offered_at\` datetime(3) NULL, \`answered_at\` datetime(3) NULL, \`answered_by\` int UNSIGNED NULL, \`abandoned_at\` datetime(3) NULL, \`ended_at\` datetime(3) NULL, \`transferred_at\` datetime(3) NULL, \`transfer_to\` varchar(16) NULL, \`wait_ms\` int UNSIGNED NULL, \`talk_ms\` int UNSIGNED NULL, \`wrap_up_ms\` int UNSIGNED NULL, \`outcome\` varchar(20) NULL, \`outcome_by\` int UNSIGNED NULL, \`outcome_note\` varchar(500) NULL, \`called_back_at\` datetime(3) NULL, \`called_back_by\` int UNSIGNED NULL, \`call_back_result\` varchar(16) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_calls_status_called_back\` (\`status\`, \`called_back_at\`), INDEX \`idx_calls_caller_offered\` (\`caller_number\`, \`offered_at\`), INDEX \`idx_calls_offered\` (\`offered_at\`), PRIMARY KEY (\`call_id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`operator_presence\` (\`user_id\` int UNSIGNED NOT NULL, \`state\` varchar(20) NOT NULL, \`since\` datetime(3) NOT NULL, \`call_id\` varchar(64) NULL, PRIMARY KEY (\`user_id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`presence_log\` (\`id\` bigint UNSIGNED NOT NULL AUTO_INCREMENT, \`user_id\` int UNSIGNED NOT NULL, \`state\` varchar(20) NOT NULL, \`started_at\` datetime(3) NOT NULL, \`ended_at\` datetime(3) NULL, INDEX \`idx_presence_log_user_started\` (\`user_id\`, \`started_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`presence_log\``);
    await queryRunner.query(`DROP TABLE \`operator_presence\``);
    await queryRunner.query(`DROP TABLE \`calls\``);
    await queryRunner.query(`DROP TABLE \`call_events\``);
  }
}
