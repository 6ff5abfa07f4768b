// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseIrc } from '../../../../e2e/fixtures/twitch/irc';
import { renderIrc } from '../../../../e2e/fixtures/twitch/render';
import { twitch } from '..';

const notice = (system: string) =>
  `<div class="user-notice-line" data-test-selector="user-notice-line"><div class="user-notice-line__system"><span>${system}</span></div></div>`;
function parse(html: string) {
  document.body.innerHTML = `<div class="chat-scrollable-area__message-container">${html}</div>`;
  return twitch.parseRow(document.querySelector('.user-notice-line')!);
}

describe('Twitch gifted subs', () => {
  it('a community gift: the gifter is the author, the count is this gift (5), never the running total (37)', () => {
    const text = "X_gifter gifted 5 Tier 1 Subs to Y's community! They've gifted a total of 37 in the channel!";
    expect(parse(notice(text))).toEqual({ kind: 'membership', author: { name: 'X_gifter', role: 'viewer' }, text, count: 5 });
    // The older wording, and a name the page marks up (with its badges read from the markup).
    expect(parse(notice('Santa is gifting 1,000 Tier 3 Subs to Y\'s community!'))).toMatchObject({ author: { name: 'Santa' }, count: 1000 });
    const irc = parseIrc(
      "@display-name=GiftGiver;msg-id=submysterygift;msg-param-mass-gift-count=5;msg-param-sender-count=37;system-msg=GiftGiver\\sgifted\\s5\\sTier\\s1\\sSubs\\sto\\sch's\\scommunity!\\sThey've\\sgifted\\sa\\stotal\\sof\\s37\\sin\\sthe\\schannel! :u!u@u.tmi.twitch.tv USERNOTICE #ch",
    );
    expect(parse(renderIrc(irc, 'k')!.html)).toMatchObject({ kind: 'membership', author: { name: 'GiftGiver' }, count: 5 });
  });

  it('a single gifted sub names the gifter and has no count; an anonymous gift names nobody', () => {
    expect(parse(notice('pajlada gifted a Tier 1 sub to rustafur!'))).toEqual({ kind: 'membership', author: { name: 'pajlada', role: 'viewer' }, text: 'pajlada gifted a Tier 1 sub to rustafur!' });
    expect(parse(notice('An anonymous user gifted a Tier 1 sub to Mo!'))).toEqual({ kind: 'membership', text: 'An anonymous user gifted a Tier 1 sub to Mo!' });
    expect(parse(notice('An anonymous gifter is gifting 20 Tier 1 Subs to Y\'s community!'))).toEqual({ kind: 'membership', text: "An anonymous gifter is gifting 20 Tier 1 Subs to Y's community!", count: 20 });
    // Months of one sub are not a number of subs.
    expect(parse(notice('iNatsuFN gifted 6 months of Tier 1 to kimmi_tm. They\'ve gifted 334 months in the channel!'))).toEqual({
      kind: 'membership', author: { name: 'iNatsuFN', role: 'viewer' }, text: "iNatsuFN gifted 6 months of Tier 1 to kimmi_tm. They've gifted 334 months in the channel!",
    });
  });
});
