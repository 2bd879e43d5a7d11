// Language choice (cookie `lang=zh|en`, Chinese by default) and the translator every page uses.
import { en } from './en.js';
import { zh } from './zh.js';

export type MessageKey = keyof typeof zh;
/** Every catalogue gives every key: a missing key in en.ts fails the type check. */
export type Catalogue = Record<MessageKey, string>;
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const CATALOGUES: Record<Lang, Catalogue> = { zh, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function parseLang(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}

export function translator(lang: Lang): Translate {
  const cat = CATALOGUES[lang];
  return (key, params) => {
    const text = cat[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

/** Translates a value of an open-ended list (skills): known codes get a label, others show as is. */
export function labelOr(t: Translate, prefix: 'skill', value: string): string {
  const key = `${prefix}.${value}`;
  return key in zh ? t(key as MessageKey) : value;
}
