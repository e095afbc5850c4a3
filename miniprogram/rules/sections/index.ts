/**
 * The result's sections, each a function of the Situation alone, in the order the result
 * carries them. A new section is a module here, its field in Recommendation and a line in
 * sectionsOf (the compiler asks for the line once the field exists); the facts it cites join
 * the sources list without more work.
 */
import type { Situation } from '../situation';
import type { Recommendation } from '../types';
import { companions } from './companions';
import { costsOf } from './costs';
import { documents } from './documents';
import { features } from './features';
import { fees } from './fees';
import { goLive } from './go-live';
import { headline } from './headline';
import { instead } from './instead';
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

export function sectionsOf(s: Situation): Sections {
  const feeList = fees(s);
  return {
    headline: headline(s),
    companions: companions(s),
    reasons: reasons(s),
    warnings: warnings(s),
    fees: feeList,
    costs: costsOf(s, feeList),
    timeline: timeline(s),
    goLive: goLive(s),
    instead: instead(s),
    documents: documents(s),
    steps: steps(s),
    features: features(s),
    runnerUp: runnerUp(s),
  };
}
