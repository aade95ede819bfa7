/** 转接: emergency services, or another hotline (named in the note). */
export const TRANSFER_TARGETS = ['110', '119', '120', '122', 'other_hotline'] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];

/** 不予受理 outcomes at intake (国办函〔2025〕66号). */
export const NOT_ACCEPT_OUTCOMES = [
  'other_channel', // 其他法定途径已告知: court, arbitration, review, 信访, disclosure — told once
  'explained', // 不予受理已解释
  'police_referral', // 恶意骚扰移交公安
] as const;
export type NotAcceptOutcome = (typeof NOT_ACCEPT_OUTCOMES)[number];

/** 回访 answers. */
export const SOLVED_LEVELS = ['solved', 'partly_solved', 'not_solved'] as const; // 已解决 / 部分解决 / 未解决
export type SolvedLevel = (typeof SOLVED_LEVELS)[number];

export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const; // 满意 / 基本满意 / 不满意
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/** Why a callback did not reach the citizen (left out of the rates' denominators). */
export const CALLBACK_MISSES = ['unreachable', 'anonymous'] as const;
export type CallbackMiss = (typeof CALLBACK_MISSES)[number];

export type CallbackResult =
  | { readonly reached: true; readonly solved: SolvedLevel; readonly satisfaction: SatisfactionLevel }
  | { readonly reached: false; readonly miss: CallbackMiss };

/** 重办: only a reached citizen who is dissatisfied and says the problem is not solved reopens it. */
export const callbackReopens = (result: CallbackResult): boolean =>
  result.reached && result.satisfaction === 'dissatisfied' && result.solved === 'not_solved';
