import { NOT_ACCEPT_OUTCOMES } from '#libs/domain';

/**
 * How a call ends intake when no ticket is dispatched: the five ways of 国办函〔2025〕66号, "handled"
 * narrowed to the direct answer, since a dispatched call leaves intake as a ticket. The refusals are
 * the domain's own list, so that the two cannot drift apart.
 */
export const CALL_OUTCOMES = [
  'answered_directly', // 直接答复办结: the operator answered from the knowledge base
  'transferred', // 紧急转接: 110 / 119 / 120 / 122 or another hotline, one click or a three-way call
  ...NOT_ACCEPT_OUTCOMES, // 其他法定途径已告知 other_channel, 不予受理已解释 explained, 恶意骚扰移交公安 police_referral
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
