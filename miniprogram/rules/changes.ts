/**
 * What changed for this person since the rules version their link was made with: warnings added
 * or dropped, fees priced differently, questions that now mean something else. The result page
 * shows these above an outdated link's result, instead of a bare "facts updated". Pure data: each
 * change says whom it concerns, from the result the person gets today, its situation, and the
 * answers the link carried. A warning counted as added is one today's result shows, so these
 * notes cannot drift from the warnings table.
 */
import { recommend } from './engine';
import { paysInRmb } from './sections/fees';
import { situationOf, type Situation } from './situation';
import { text } from './text';
import type { Answers, Text, WarningId } from './types';
import { RULES_VERSION } from './version';

interface Today {
  s: Situation;
  /** The answers as the link carried them (a version 1 link's meaning of an option differs). */
  sent: Answers;
  warnings: readonly WarningId[];
}

interface Change {
  applies: (today: Today) => boolean;
  text: Text;
}

const change = (key: string, applies: Change['applies']): Change => ({ applies, text: text(key) });
/** A warning version 1 did not have, shown to this person today. */
const added = (key: string, id: WarningId): Change => change(key, (t) => t.warnings.includes(id));

const wecomOnly = (s: Situation) => s.type === 'wecom' && !s.hasOa;
const registers = (s: Situation) => s.route !== 'not_available';
const overseasOa = (s: Situation) => s.route === 'overseas_licence' && s.type !== 'wecom';
const hasWecom = (s: Situation) => s.type === 'wecom' || s.companions.includes('wecom');
const trades = (s: Situation) => s.goals.includes('sell') || s.goals.includes('services');

/**
 * The changes that came with each rules version, keyed by the version they came with. Version 2:
 * the third fact review (2026-12) and advice v2 (issue 12).
 */
export const CHANGES: Record<string, readonly Change[]> = {
  '2': [
    // Questions that now mean something else.
    change(
      'change.rep_office_option',
      ({ s, sent }) => s.route === 'china_entity' && sent.china_entity === 'have',
    ),
    change('change.hk_mo_tw_option', ({ s }) => s.location === 'overseas'),
    change('change.sole_trader_option', ({ s }) => s.entity === 'individual' && !s.overseas && trades(s)),
    // Version 1 asked everyone both, and put an Official Account beside WeCom for weekly news.
    change('change.wecom_questions', ({ s }) => wecomOnly(s)),
    // Warnings dropped: version 1 showed these to everyone on these routes.
    change('change.type_permanent_dropped', ({ s }) => wecomOnly(s) || s.route === 'not_available'),
    change(
      'change.hk_mo_tw_dropped',
      ({ s }) => s.route === 'overseas_licence' && s.registersAsOrg && !s.hkMoTw,
    ),
    change('change.overseas_one_box', ({ s }) => overseasOa(s)),
    // Warnings added.
    added('change.verification_required', 'verification_required'),
    added('change.verification_yearly', 'verification_yearly'),
    added('change.publish_api_personal', 'publish_api_personal'),
    change('change.mini_program', ({ s }) => registers(s) && s.goals.includes('mini_program')),
    added('change.name_first_come', 'name_first_come'),
    // Fees and costs.
    change('change.costs', ({ s }) => registers(s)),
    change('change.wecom_fee', ({ s }) => hasWecom(s) && s.route !== 'overseas_licence'),
    change('change.overseas_fee_reported', ({ s }) => overseasOa(s)),
    change('change.wechat_pay_step', ({ s }) => paysInRmb(s)),
    change('change.partner_migration', ({ s }) => s.route === 'third_party_licence'),
  ],
};

/** Versions in order; a link from any of them gets every change that came after it. */
const VERSIONS: readonly string[] = ['1', '2'];

/**
 * The notes for a link made under `fromVersion`, for the person whose (valid) answers it carries,
 * in the order of CHANGES. Nothing for a current link, or a version this build does not know.
 */
export function changesFor(answers: Answers, fromVersion: string, current: string = RULES_VERSION): Text[] {
  const from = VERSIONS.indexOf(fromVersion);
  const to = VERSIONS.indexOf(current);
  if (from === -1 || to === -1 || from >= to) return [];
  const result = recommend(answers);
  const today: Today = {
    s: situationOf(result.answers),
    sent: answers,
    warnings: result.warnings.map((w) => w.id),
  };
  const out: Text[] = [];
  for (const version of VERSIONS.slice(from + 1, to + 1)) {
    for (const c of CHANGES[version] ?? []) if (c.applies(today)) out.push(c.text);
  }
  return out;
}
