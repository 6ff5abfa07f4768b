/**
 * Places viewers name when asking about delivery, in English and Chinese, with the broader region
 * an FAQ may name instead (an entry that ships "to the EU" covers Germany). General geography, not
 * taken from any evaluation line.
 */
import type { TermGroup } from './types';

const g = (aliases: string[], parents: string[] = []): TermGroup => ({ cls: 'place', aliases, parents });

const EU = ['austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czechia|czech republic', 'denmark', 'estonia', 'finland', 'france', 'germany',
  'greece', 'hungary', 'ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta', 'netherlands|holland', 'poland', 'portugal', 'romania',
  'slovakia', 'slovenia', 'spain', 'sweden'];
const EU_ZH: Record<string, string> = { germany: '德国', france: '法国', italy: '意大利', spain: '西班牙', netherlands: '荷兰', sweden: '瑞典', ireland: '爱尔兰', poland: '波兰', portugal: '葡萄牙', greece: '希腊', austria: '奥地利', belgium: '比利时', denmark: '丹麦', finland: '芬兰' };
const US_STATES = ['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york|nyc', 'north carolina', 'north dakota', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'washington', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'los angeles', 'chicago', 'miami', 'seattle', 'boston', 'houston'];
// US territories and non-contiguous states are often excluded from "US shipping": they name no parent.
const US_NO_PARENT = new Set(['alaska', 'hawaii', 'puerto rico']);
const CA_PROVINCES = ['ontario', 'quebec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'toronto', 'vancouver', 'montreal'];
const UK_PARTS = ['england', 'scotland', 'wales', 'northern ireland', 'london', 'manchester', 'glasgow'];
const OTHER = [
  ['mexico', '墨西哥'], ['brazil', '巴西'], ['argentina', '阿根廷'], ['chile', '智利'], ['colombia', '哥伦比亚'], ['peru', '秘鲁'],
  ['japan', '日本'], ['korea|south korea', '韩国'], ['india', '印度'], ['philippines', '菲律宾'], ['indonesia', '印尼|印度尼西亚'],
  ['vietnam', '越南'], ['thailand', '泰国'], ['malaysia', '马来西亚|大马'], ['singapore', '新加坡'], ['new zealand|nz', '新西兰'],
  ['south africa', '南非'], ['nigeria', '尼日利亚'], ['egypt', '埃及'], ['israel', '以色列'], ['turkey', '土耳其'], ['uae|dubai', '阿联酋|迪拜'],
  ['saudi arabia', '沙特'], ['russia', '俄罗斯'], ['ukraine', '乌克兰'], ['norway', '挪威'], ['switzerland', '瑞士'], ['iceland', '冰岛'],
  ['china', '中国'], ['hong kong|hk', '香港'], ['taiwan', '台湾'], ['macau|macao', '澳门'],
];

const ZH_PROVINCES = ['北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北',
  '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '广西', '广州', '深圳', '杭州', '成都', '武汉', '西安', '南京', '苏州', '东北', '哈尔滨', '沈阳'];
// Regions that mainland shops often treat apart ("偏远地区"): they are covered by 偏远, not by 全国.
const ZH_REMOTE = ['新疆', '西藏', '青海', '内蒙古|内蒙', '宁夏', '甘肃'];
const JZH = new Set(['江苏', '浙江', '上海']);

export const PLACES: TermGroup[] = [
  g(['eu|european union|europe']),
  g(['uk|united kingdom|britain|great britain|英国'], ['海外']),
  g(['usa|united states|america|u.s.|美国'], ['海外']),
  g(['canada|加拿大'], ['海外']),
  g(['australia|aussie|澳洲|澳大利亚'], ['海外']),
  g(['海外|国外|境外|国际|overseas|abroad']),
  g(['港澳台']),
  g(['偏远|偏远地区']),
  g(['全国|大陆|内地']),
  g(['江浙沪']),
  ...EU.map((c) => g([c, ...(EU_ZH[c.split('|')[0]!] ? [EU_ZH[c.split('|')[0]!]!] : [])], ['eu', '海外'])),
  ...US_STATES.map((s) => g([s], US_NO_PARENT.has(s) ? [] : ['usa'])),
  ...CA_PROVINCES.map((p) => g([p], ['canada'])),
  ...UK_PARTS.map((p) => g([p], ['uk'])),
  ...OTHER.map(([en, zh]) => g([en!, zh!], ['香港', '澳门', '台湾'].some((x) => zh!.includes(x)) ? ['港澳台'] : ['海外'])),
  ...ZH_PROVINCES.map((p) => g([p], JZH.has(p) ? ['全国', '江浙沪'] : ['全国'])),
  ...ZH_REMOTE.map((p) => g([p], ['偏远'])),
].map((t) => ({ ...t, aliases: t.aliases.flatMap((a) => a.split('|')) }));
