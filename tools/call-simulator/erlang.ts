/**
 * Erlang C, to say before a run what its figures should be near (DOMAIN.md, "Volumes to size for":
 * 7,000 calls an hour at 180 s need about 361 operators for 80 % answered within 15 s). Erlang C has
 * no abandons: callers wait for ever, so with patient-less callers it is pessimistic about waits, and
 * with more work than operators it has no steady state at all.
 */

/** The probability that a call waits: `agents` serving `traffic` Erlangs; 1 when they cannot keep up. */
export function erlangC(trafficErlangs: number, agents: number): number {
  if (agents <= trafficErlangs) return 1;
  // Erlang B by its recursion (stable for hundreds of agents), then C from B.
  let blocking = 1;
  for (let k = 1; k <= agents; k++) blocking = (trafficErlangs * blocking) / (k + trafficErlangs * blocking);
  return (agents * blocking) / (agents - trafficErlangs * (1 - blocking));
}

/** The share answered within `targetSeconds`, or 0 when the agents cannot keep up. */
export function erlangServiceLevel(trafficErlangs: number, agents: number, handleSeconds: number, targetSeconds: number): number {
  if (agents <= trafficErlangs) return 0;
  return 1 - erlangC(trafficErlangs, agents) * Math.exp((-(agents - trafficErlangs) * targetSeconds) / handleSeconds);
}

/** The fewest agents whose service level reaches `goal`. */
export function agentsFor(trafficErlangs: number, handleSeconds: number, targetSeconds: number, goal: number): number {
  let agents = Math.max(1, Math.floor(trafficErlangs) + 1);
  while (erlangServiceLevel(trafficErlangs, agents, handleSeconds, targetSeconds) < goal) agents++;
  return agents;
}

export interface Sizing {
  readonly trafficErlangs: number;
  readonly handleSeconds: number;
  /** Erlang C's service level for the operators given; null when they cannot keep up. */
  readonly serviceLevel: number | null;
  /** The most that can be answered in the long run when they cannot: operators ÷ traffic. */
  readonly capacityShare: number | null;
  readonly agentsFor80: number;
}

export function sizing(input: { callsPerMinute: number; talkSeconds: number; wrapUpSeconds: number; operators: number }): Sizing {
  const handleSeconds = input.talkSeconds + input.wrapUpSeconds;
  const trafficErlangs = (input.callsPerMinute / 60) * handleSeconds;
  const keepsUp = input.operators > trafficErlangs;
  return {
    trafficErlangs,
    handleSeconds,
    serviceLevel: keepsUp ? erlangServiceLevel(trafficErlangs, input.operators, handleSeconds, 15) : null,
    capacityShare: keepsUp ? null : input.operators / trafficErlangs,
    agentsFor80: agentsFor(trafficErlangs, handleSeconds, 15, 0.8),
  };
}
