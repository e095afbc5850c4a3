/**
 * Personas and contract ids that several test files share. The ids are the contract in
 * shared/DESIGN.md (files outside the repo use them): listing them once keeps the checks honest.
 */
import type { Answers } from '../../miniprogram/rules/types';

/** DESIGN.md's example persona: a French cosmetics brand, no China entity, wants WeChat Pay. */
export const FRENCH_BRAND: Answers = {
  entity: 'company',
  location: 'overseas',
  china_entity: 'none',
  goals: ['publish', 'sell'],
  payments: 'cross_border',
  frequency: 'weekly',
};

/** A Shanghai blogger with a mainland ID who publishes daily. */
export const BLOGGER: Answers = {
  entity: 'individual',
  location: 'mainland',
  mainland_phone: 'yes',
  goals: ['publish'],
  frequency: 'daily',
};
/** A foreigner in China without a mainland ID and no business abroad: no route. */
export const FOREIGNER: Answers = {
  entity: 'individual',
  location: 'overseas',
  business_abroad: 'no',
  goals: ['publish'],
  frequency: 'weekly',
};

export const CONTRACT_TYPES = ['subscription', 'service', 'wecom'];

export const CONTRACT_ROUTES = [
  'personal_id',
  'local_licence',
  'overseas_licence',
  'third_party_licence',
  'china_entity',
  'sole_trader',
  'not_available',
];

export const CONTRACT_WARNINGS = [
  'type_permanent',
  'third_party_ownership',
  'wechat_pay_limited_overseas',
  'personal_needs_mainland_id',
  'personal_cannot_verify',
  'subscription_folded',
  'service_broadcast_limit',
  'setup_takes_months',
  'overseas_no_migration',
  'hk_mo_tw_overseas',
  'sole_trader_option',
  'rep_office_no_sales',
  'verification_required',
  'verification_yearly',
  'mini_program_own_verification',
  'mini_program_filing',
  'publish_api_personal',
  'wecom_contact_limits',
  'name_first_come',
];
