import { Module } from '@nestjs/common';

/** The callback app: callbacks (回访), satisfaction, redo and the three rates (issue 8). Until then it serves only /health. */
@Module({})
export class CallbackModule {}
