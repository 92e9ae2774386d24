import { franc } from 'franc-min';

/*
 * Which language a report is written in. The script decides first (Cyrillic or Latin);
 * letters only one Cyrillic alphabet has tell Ukrainian, Belarusian, Kazakh, Serbian,
 * Macedonian and Bulgarian from Russian, which is taken otherwise; a Latin text full of English function words is English; anything else goes to
 * franc (trigram statistics). The extractor reads English and Russian.
 */

export const READ_LANGUAGES = new Set(['en', 'ru']);

/** ISO 639-3 codes franc gives, as the two-letter BCP 47 codes sources carry (others keep three letters). */
const TWO_LETTER: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', kaz: 'kk', bul: 'bg', srp: 'sr', bos: 'bs', hrv: 'hr', spa: 'es', por: 'pt', fra: 'fr',
  deu: 'de', ita: 'it', tur: 'tr', pol: 'pl', nld: 'nl', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', ind: 'id', vie: 'vi', uzn: 'uz',
  azj: 'az', arb: 'ar', urd: 'ur', pes: 'fa', hin: 'hi', zlm: 'ms', tgl: 'tl', swh: 'sw', som: 'so', hau: 'ha', yor: 'yo', ibo: 'ig',
};

const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'on', 'with', 'was', 'were', 'for', 'by', 'at', 'between', 'is', 'are', 'has', 'have', 'that']);

export interface DetectedLanguage {
  /** BCP 47 tag: "en", "ru", "uk", … */
  code: string;
  /** Its English name, for messages. */
  name: string;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 4000);
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  let code: string;
  if (cyrillic > latin) {
    const share = (pattern: RegExp) => (sample.match(pattern) ?? []).length / cyrillic;
    if (share(/[ўЎ]/g) > 0.002) code = 'be';
    else if (share(/[ҚқҢңӘәӨөҰұҮүҺһ]/g) > 0.004) code = 'kk';
    else if (share(/[ЇїЄєҐґІі]/g) > 0.006) code = 'uk';
    else if (share(/[ЃѓЌќЅѕ]/g) > 0.002) code = 'mk';
    else if (share(/[ЂђЋћЏџЉљЊњЈј]/g) > 0.002) code = 'sr';
    // ы and э are Russian's (and Belarusian's, told apart above); Bulgarian has neither.
    else if (/[ыэЫЭ]/.test(sample)) code = 'ru';
    else if (share(/[ъЪ]/g) > 0.01) code = 'bg';
    // Nothing tells it apart: Russian, by far the commonest Cyrillic language of such reports (franc is unsure on short texts).
    else code = 'ru';
  } else {
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
    // English is dense in its function words; a text too short to tell is taken to be English.
    if (english / Math.max(1, words.length) >= 0.08 || words.length < 15) code = 'en';
    else {
      const guess = franc(sample, { minLength: 20 });
      code = guess === 'und' ? 'en' : (TWO_LETTER[guess] ?? guess);
    }
  }
  return { code, name: names.of(code) ?? code };
}
