import { Module } from '@nestjs/common';

/** The realtime app: the Socket.IO gateway that pushes live caseloads (issue 4). Until then it serves only /health. */
@Module({})
export class RealtimeModule {}
