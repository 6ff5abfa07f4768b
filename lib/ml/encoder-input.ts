/** What the English sentence encoder is given for a chat line (null: skip the encoder). */
import { latinPart, latinWords } from './text-normalize';

export function englishForEncoder(text: string): string | null {
  const latin = latinPart(text);
  return latinWords(latin).length > 0 ? latin : null;
}
