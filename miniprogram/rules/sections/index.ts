/**
 * The result's sections, each a function of the Situation alone, in the order the result
 * carries them. A new section is a module here, a line in SECTIONS and its field in
 * Recommendation (the compiler asks for the line once the field exists); its facts join
 * the sources list without more work.
 */
import type { Situation } from '../situation';
import type { Recommendation } from '../types';
import { companions } from './companions';
import { documents } from './documents';
import { features } from './features';
import { fees } from './fees';
import { headline } from './headline';
import { reasons } from './reasons';
import { runnerUp } from './runner-up';
import { steps } from './steps';
import { timeline } from './timeline';
import { warnings } from './warnings';

/** Fields of a Recommendation that are not sections: the decision itself and what travels with it. */
type NotASection =
  'ok' | 'type' | 'route' | 'conflicts' | 'facts' | 'knowledgeVersion' | 'reviewed' | 'answers';
export type SectionName = Exclude<keyof Recommendation, NotASection>;
export type Sections = Pick<Recommendation, SectionName>;

const SECTIONS: { [K in SectionName]: (s: Situation) => Recommendation[K] } = {
  headline,
  companions,
  reasons,
  warnings,
  fees,
  timeline,
  documents,
  steps,
  features,
  runnerUp,
};

export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

export function sectionsOf(s: Situation): Sections {
  const out = {} as Sections;
  for (const name of SECTION_NAMES) put(out, name, s);
  return out;
}

function put<K extends SectionName>(out: Sections, name: K, s: Situation): void {
  out[name] = SECTIONS[name](s);
}
