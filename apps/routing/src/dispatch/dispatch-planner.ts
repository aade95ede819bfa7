import { Injectable } from '@nestjs/common';
import type { TicketFacts } from '#libs/dispatch-rules';
import type { DispatchCommand } from '#libs/domain';
import { RuleBook } from './rule-book.js';
import type { UnitInfo } from './unit-directory.js';
import { DeadlineClock, type DueFacts } from '#libs/intake';

export interface DispatchChoice {
  readonly primary: UnitInfo;
  readonly assists: readonly UnitInfo[];
  readonly designated?: boolean;
  readonly note?: string;
}

/** Turns a choice of units (a rule's or a dispatcher's) into a dispatch with its due times. */
@Injectable()
export class DispatchPlanner {
  constructor(
    private readonly clock: DeadlineClock,
    private readonly rules: RuleBook,
  ) {}

  async command(ticket: TicketFacts & DueFacts, choice: DispatchChoice, now: Date): Promise<DispatchCommand> {
    // The reply limit the rules set for the ticket's matter holds whoever picked the units.
    const due = await this.clock.assignmentDue(ticket, now, (await this.rules.current()).replyLimit(ticket));
    const target = (unit: UnitInfo) => ({ unitId: unit.id, unitTier: unit.tier, ...due });
    return {
      type: 'dispatch',
      primary: target(choice.primary),
      assists: choice.assists.map(target),
      ...(choice.designated && { designated: true }),
      ...(choice.note && { note: choice.note }),
    };
  }
}
