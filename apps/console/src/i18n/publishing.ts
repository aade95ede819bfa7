import { area } from './area';

export const publishing = area(
  {
    publishing: {
      title: '来信公开',
      intro: '来信人同意公开、答复已审核通过的市长信箱来信，可在此公开到“公开回复”页面。公开的是隐去个人信息（姓名、电话、证件号、邮箱、门牌号）后的文本，下方即为将要公开的内容。',
      candidates: '待公开',
      published: '已公开',
      search: '搜索标题或内容',
      number: '编号',
      category: '类别',
      letter: '来信',
      reply: '答复',
      repliedAt: '答复时间',
      publishedAt: '公开时间',
      publishedBy: '公开人',
      publish: '公开',
      withdraw: '撤回',
      confirmWithdraw: '撤回后，该来信将从“公开回复”页面移除，可再次公开。确定撤回吗？',
      publishedDone: '已公开',
      withdrawn: '已撤回',
    },
  },
  {
    publishing: {
      title: 'Publishing letters',
      intro:
        "Mailbox letters whose writer agreed to publication and whose reply the centre approved can be published here to the Published replies page. What is published is the text with personal data (name, phone, ID number, e-mail, house number) taken out, as shown below.",
      candidates: 'To publish',
      published: 'Published',
      search: 'Search titles and text',
      number: 'No.',
      category: 'Category',
      letter: 'Letter',
      reply: 'Reply',
      repliedAt: 'Replied',
      publishedAt: 'Published',
      publishedBy: 'Published by',
      publish: 'Publish',
      withdraw: 'Withdraw',
      confirmWithdraw: 'Withdrawn, the letter leaves the Published replies page; it can be published again. Withdraw it?',
      publishedDone: 'Published',
      withdrawn: 'Withdrawn',
    },
  },
);
