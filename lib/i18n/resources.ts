/**
 * Every UI string, per language and namespace (one namespace per capability, each in its own file
 * so capabilities don't edit each other's strings). Register a new namespace on both lines.
 */
import { common as enCommon } from './locales/en/common';
import { common as zhCommon } from './locales/zh/common';
import { options as enOptions } from './locales/en/options';
import { options as zhOptions } from './locales/zh/options';
import { models as enModels } from './locales/en/models';
import { models as zhModels } from './locales/zh/models';
import { popup as enPopup } from './locales/en/popup';
import { popup as zhPopup } from './locales/zh/popup';
import { report as enReport } from './locales/en/report';
import { report as zhReport } from './locales/zh/report';
import { faq as enFaq } from './locales/en/faq';
import { faq as zhFaq } from './locales/zh/faq';
import { recommend as enRecommend } from './locales/en/recommend';
import { recommend as zhRecommend } from './locales/zh/recommend';
import { panel as enPanel } from './locales/en/panel';
import { panel as zhPanel } from './locales/zh/panel';
import { storage as enStorage } from './locales/en/storage';
import { storage as zhStorage } from './locales/zh/storage';

export const RESOURCES = {
  en: { common: enCommon, options: enOptions, popup: enPopup, models: enModels, report: enReport, faq: enFaq, recommend: enRecommend, panel: enPanel, storage: enStorage },
  zh: { common: zhCommon, options: zhOptions, popup: zhPopup, models: zhModels, report: zhReport, faq: zhFaq, recommend: zhRecommend, panel: zhPanel, storage: zhStorage },
} as const;

export type UiLang = keyof typeof RESOURCES;
export type Namespace = keyof (typeof RESOURCES)['en'];
export const NAMESPACES = Object.keys(RESOURCES.en) as Namespace[];
