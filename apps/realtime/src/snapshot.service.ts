import { Injectable } from '@nestjs/common';
import { CallStats } from '#libs/call-stats';
import { Figures, ROOMS, unitOfRoom, type Snapshot } from '#libs/realtime';

/** What a console shows, as of now, for the rooms its socket is in. */
@Injectable()
export class SnapshotService {
  constructor(
    private readonly figures: Figures,
    private readonly calls: CallStats,
  ) {}

  async of(rooms: readonly string[]): Promise<Snapshot> {
    const unitIds = rooms.map(unitOfRoom).filter((unitId): unitId is number => unitId !== undefined);
    const [caseloads, pool, figures, calls] = await Promise.all([
      Promise.all(unitIds.map((unitId) => this.figures.caseload(unitId))),
      rooms.includes(ROOMS.center) ? this.figures.pool() : undefined,
      rooms.includes(ROOMS.leaders) ? this.figures.figures() : undefined,
      rooms.includes(ROOMS.center) || rooms.includes(ROOMS.leaders) ? this.calls.board() : undefined,
    ]);
    return { rooms: [...rooms], caseloads, ...(pool && { pool }), ...(figures && { figures }), ...(calls && { calls }) };
  }
}
