import { SIGN_DUE, type EscalationAction } from '#libs/deadlines';

/** What the deadline ladder and the centre tell a unit, in the words units know: every notice's title. */
const TITLES: Readonly<Record<EscalationAction, string>> = {
  notify: '预警提醒',
  urge: '催办',
  issue_urging_notice: '催办通知书',
  raise_priority: '超期提醒',
  open_supervision: '督办通知',
  mark_for_publicising: '通报预告',
};

/** A notice's title: what it is, and the ticket. */
export const noticeTitle = (action: EscalationAction, ticketNumber: string): string => `${TITLES[action]}：工单 ${ticketNumber}`;

/** The notice of a rung of the ladder: the sign-due's, or the strongest of the rung's actions. */
export function noticeText(kind: string, actions: readonly EscalationAction[], ticketNumber: string): { title: string; body: string } {
  if (kind === SIGN_DUE) return { title: '催办：超时未签收', body: `工单 ${ticketNumber} 已超过签收时限，请立即签收办理。` };
  const strongest = actions.at(-1) ?? 'notify';
  return {
    title: noticeTitle(strongest, ticketNumber),
    body: `工单 ${ticketNumber}：${actions.map((action) => TITLES[action]).join('、')}。请按时限办理并答复。`,
  };
}
