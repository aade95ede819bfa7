import { area } from './area';

export const callbacks = area(
  {
    callbacks: {
      tasks: '待回访任务（{n}）',
      ready: '就绪',
      away: '离开',
      task: {
        due: '回访时限 {time}',
        missed: '未接通 {n} 次',
        anonymous: '（未留姓名）',
        detail: '工单详情',
        empty: '暂无回访任务；就绪后系统会按顺序分配。',
      },
      form: {
        title: '回访结果 · {number}',
        reached: '是否接通',
        solved: '解决情况',
        satisfaction: '满意度',
        note: '回访记录',
        submit: '提交回访结果',
        pick: '请在左侧选择一条回访任务',
      },
      reached: { yes: '已接通', no: '未接通' },
      solved: { solved: '已解决', partly_solved: '部分解决', not_solved: '未解决' },
      satisfaction: { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' },
      outcome: {
        closed: '回访已记录，工单已办结',
        reopened: '不满意且未解决：工单已重办，退回原承办单位',
        supervision: '重办后仍不满意且未解决：转中心督办',
        retry: '未接通：稍后将再次分配回访',
        unreachable: '三次未接通：按无法联系办结',
      },
    },
  },
  {
    callbacks: {
      tasks: 'Callback tasks ({n})',
      ready: 'Ready',
      away: 'Away',
      task: {
        due: 'Call by {time}',
        missed: '{n} missed',
        anonymous: '(no name given)',
        detail: 'Ticket',
        empty: 'No callback tasks; once you are ready, tasks come to you in turn.',
      },
      form: {
        title: 'Callback result · {number}',
        reached: 'Reached',
        solved: 'Solved',
        satisfaction: 'Satisfaction',
        note: 'Note',
        submit: 'Record the result',
        pick: 'Pick a task on the left',
      },
      reached: { yes: 'Reached', no: 'No answer' },
      solved: { solved: 'Solved', partly_solved: 'Partly solved', not_solved: 'Not solved' },
      satisfaction: { satisfied: 'Satisfied', basically_satisfied: 'Basically satisfied', dissatisfied: 'Dissatisfied' },
      outcome: {
        closed: 'Recorded: the ticket is closed',
        reopened: 'Dissatisfied and not solved: the ticket is reopened as a redo for its unit',
        supervision: 'Still dissatisfied after the redo: sent to the centre for supervision (督办)',
        retry: 'No answer: the task will be offered again later',
        unreachable: 'Three calls unanswered: closed as unreachable',
      },
    },
  },
);
