/** One area's messages in both languages; typing English as the Chinese checks that it has every key. */
export const area = <T extends Record<string, unknown>>(zh: T, en: T) => ({ 'zh-CN': zh, en });
