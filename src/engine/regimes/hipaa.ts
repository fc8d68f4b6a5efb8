import {cfr, range} from '../citations.js';
import type {PolicyContext} from '../context.js';
import {matrixLink, strongNames} from '../phrases.js';
import type {Regime} from './regime.js';

const NIST_800_66 = 'ciso-assistant-community nist-sp-800-66-rev2.yaml';
const LII = '45 CFR 164.308 (LII)';

/** Whether any tool may receive PHI at all: the minimum-necessary rule only speaks to tools that may. */
function phiReachesATool(context: PolicyContext): boolean {
  return context.classesWith('phi').some((dataClass) => context.table.recipients(dataClass.id).length > 0);
}

export const hipaa: Regime = {
  id: 'hipaa',
  instrument: '45 CFR Parts 160 and 164 (HIPAA Privacy, Security and Breach Notification Rules)',
  nature: 'law',
  canonicalUrl: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164',
  clauses: [
    {
      id: 'hipaa.baa',
      citation: [
        cfr('164.502', '(e)'),
        cfr('164.504', '(e)'),
        cfr('164.308', '(b)(1)', '(b)(3)'),
        cfr('164.314', '(a)'),
      ],
      status: 'verified',
      source: `Bricker Graydon copies of 45 CFR 164.502(e), 164.504(e), 164.314; ${NIST_800_66}`,
      checked: 'the contract specification is at §164.308(b)(3) since 2013',
      message: (context) =>
        context.classesWith('phi').length === 0
          ? 'hipaa.baa-no-class'
          : phiReachesATool(context)
            ? 'hipaa.baa'
            : 'hipaa.baa-closed',
      slots: (context) => ({
        // Which tools may take each PHI class is the matrix's to say; the sentence links to it.
        matrix: matrixLink(context),
        classes: strongNames(
          context,
          context.classesWith('phi').map((dataClass) => dataClass.name),
        ),
        own: context.classesWith('phi').every((dataClass) => dataClass.rule === 'never') ? 'yes' : 'no',
      }),
    },
    {
      id: 'hipaa.min-necessary',
      citation: [cfr('164.502', '(b)'), cfr('164.514', '(d)')],
      status: 'partially',
      source: 'HHS Privacy Rule preamble, section 164.502(b) (ASPE)',
      checked:
        'the exceptions of §164.502(b)(2) (treatment, the individual, authorization, HHS, required by law) are named; a prompt to an AI vendor is a disclosure to a business associate, which §164.502(b)(2) does not exempt (our reading, for counsel to confirm)',
      appliesTo: phiReachesATool,
    },
    {
      id: 'hipaa.deid',
      citation: [cfr('164.514', range('(a)', '(b)'))],
      status: 'verified',
      source: '45 CFR 164.514 (2006 CFR, GPO)',
      checked: 'both methods: Safe Harbor and expert determination',
    },
    {
      id: 'hipaa.risk-analysis',
      citation: [cfr('164.308', '(a)(1)(ii)(A)')],
      status: 'verified',
      source: LII,
      checked: 'risk analysis implementation specification',
    },
    {
      id: 'hipaa.sanctions',
      duty: 'sanctions',
      citation: [cfr('164.308', '(a)(1)(ii)(C)')],
      status: 'verified',
      source: LII,
      checked: 'sanction policy: stated as a duty in both postures',
    },
    {
      id: 'hipaa.training',
      duty: 'training',
      citation: [cfr('164.308', '(a)(5)(i)')],
      status: 'verified',
      source: NIST_800_66,
      checked: 'awareness training for all workforce members, management included',
    },
    {
      id: 'hipaa.incidents',
      duty: 'incident-reporting',
      citation: [cfr('164.308', '(a)(6)')],
      status: 'verified',
      source: NIST_800_66,
      checked: 'security incident procedures',
    },
    {
      id: 'hipaa.breach',
      citation: [cfr('164.404', '(b)'), cfr('164.410')],
      status: 'partially',
      source: 'Bricker Graydon copy of 45 CFR 164.404(b)',
      checked: '§164.404(b) verified; §164.410 from a secondary copy (see the caveat)',
      caveat: 'hipaa.caveat',
      // A healthcare organization is the covered entity its AI vendors notify; any other is a business
      // associate that notifies its covered entity.
      slots: (context) => ({entity: context.config.industry === 'healthcare' ? 'covered' : 'associate'}),
    },
    {
      id: 'hipaa.breach-hhs',
      saidWith: 'hipaa.breach',
      citation: [cfr('164.408')],
      status: 'partially',
      source: 'Bricker Graydon and compliancewiki.org copies of 45 CFR 164.408 (as amended January 2013)',
      checked:
        '(b) 500 or more: contemporaneously with the §164.404(a) notice; (c) fewer than 500: a log, and notice within 60 days of the end of each calendar year; checked against secondary copies, not the eCFR',
      caveat: 'hipaa.caveat-secondary',
    },
    {
      id: 'hipaa.breach-media',
      saidWith: 'hipaa.breach',
      citation: [cfr('164.406')],
      status: 'partially',
      source: 'secondary copies of 45 CFR 164.406(a)–(b) quoted in public compliance repositories',
      checked:
        '"more than 500 residents of a State or jurisdiction"; prominent media outlets serving it; the §164.404 timing; not checked against the eCFR',
      caveat: 'hipaa.caveat-secondary',
    },
  ],
};
