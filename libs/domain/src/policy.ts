/** The workflow's numbers: each city sets its own (config/policies), these are DOMAIN.md's defaults. */
export interface WorkflowPolicy {
  /** Approved returns of the primary after which the centre must designate the unit (指定派单). */
  readonly failedRoundsBeforeDesignation: number;
  /** Most working days all approved extensions of one assignment may add up to. */
  readonly extensionCapWorkingDays: number;
  /**
   * 催办 / 督办 by hand of one assignment again within this many minutes is refused: several
   * dispatchers looking at the same overdue list would otherwise send the unit a storm of notices.
   */
  readonly repeatIntervalMinutes: number;
}

export const DEFAULT_WORKFLOW_POLICY: WorkflowPolicy = {
  failedRoundsBeforeDesignation: 3,
  extensionCapWorkingDays: 10,
  repeatIntervalMinutes: 60,
};
