/**
 * Whose messages the auto-answer never answers: the host (role owner), moderators (their own
 * messages are staff talk or answers), known bots (an editable list; Nightbot & co.) and the
 * extension's own account (names the user lists, and names learnt when a sent reply came back
 * in chat under that name).
 */
import type { Author } from '../../events/live-event';

export const DEFAULT_BOTS: readonly string[] = [
  'Nightbot', 'StreamElements', 'Streamlabs', 'Moobot', 'Fossabot', 'Wizebot', 'Botisimo', 'Sery_Bot', 'PhantomBot', 'DeepBot',
  'Streamer.bot', 'Firebot', 'Coebot', 'BotRix', 'BotRixOficial', 'KickBot', 'Kicklet', 'SoundAlerts', 'Pretzelrocks', 'Own3d',
];

export type AuthorBlock = 'host' | 'moderator' | 'bot' | 'self';

const key = (name: string) => name.replace(/^@+/, '').trim().toLowerCase();

export interface AuthorRules {
  bots: readonly string[];
  /** The user's own account names on the platforms (typed in the options, or learnt). */
  selfNames: readonly string[];
}

export function authorBlock(author: Pick<Author, 'name' | 'role'> | undefined, rules: AuthorRules): AuthorBlock | null {
  if (!author) return null;
  if (author.role === 'owner') return 'host';
  if (author.role === 'moderator') return 'moderator';
  const k = key(author.name);
  if (!k) return null;
  if (rules.selfNames.some((n) => key(n) === k)) return 'self';
  if (rules.bots.some((n) => key(n) === k)) return 'bot';
  return null;
}
