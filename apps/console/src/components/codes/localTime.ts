/** An API instant as the centre reads it: Beijing time whatever the browser's zone. */
export const shanghaiTime = (instant: string | null | undefined): string =>
  instant ? new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';
