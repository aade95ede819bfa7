import { createI18n } from 'vue-i18n';
import { callbacks } from './callbacks';
import { common } from './common';
import { dashboard } from './dashboard';
import { deadlines } from './deadlines';
import { directory } from './directory';
import { mailbox } from './mailbox';
import { operator } from './operator';
import { publishing } from './publishing';
import { units } from './units';
import { admin } from './admin';

const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const LOCALE_KEY = 'hotline.locale';
const AREAS = [common, operator, callbacks, units, dashboard, mailbox, admin, directory, deadlines, publishing];

const messagesOf = (locale: Locale) => Object.assign({}, ...AREAS.map((area) => area[locale]));

const saved = localStorage.getItem(LOCALE_KEY);

/** Chinese by default; the choice of English is kept in the browser. */
export const i18n = createI18n({
  legacy: false,
  locale: LOCALES.includes(saved as Locale) ? (saved as Locale) : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': messagesOf('zh-CN'), en: messagesOf('en') },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
