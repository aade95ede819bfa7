import { Module } from '@nestjs/common';

/** The call-intake app: CTI call events, operator presence, screen pop and answer-rate metrics (issue 6). Until then it serves only /health. */
@Module({})
export class CallIntakeModule {}
