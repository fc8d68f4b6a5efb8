import {cfr, range} from '../citations.js';
import type {PolicyContext} from '../context.js';
import {strongNames} from '../phrases.js';
import type {Regime} from './regime.js';

const NIST_800_66 = 'ciso-assistant-community nist-sp-800-66-rev2.yaml';
const LII = '45 CFR 164.308 (LII)';

/** Whether any tool may receive PHI at all: the minimum-necessary rule only speaks to tools that may. */
function phiReachesATool(context: PolicyContext): boolean {
  return context.classesWith('phi').some((dataClass) => context.table.recipients(dataClass.id).length > 0);
}

export const hipaa: Regime = {
  id: 'hipaa',
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
      citation: [cfr('164.308', '(a)(1)(ii)(C)'), cfr('164.530', '(e)')],
      status: 'partially',
      source: `${LII}; 45 CFR 164.530(e)(1) as quoted in the OCR audit protocol (compliancewiki.org) and the HHS Privacy Rule preamble (ASPE)`,
      checked:
        '§164.308(a)(1)(ii)(C) verified; §164.530(e)(1) (appropriate sanctions against workforce members who fail to comply with the privacy policies, documented under (e)(2)) from secondary copies, not the eCFR; "in proportion to its gravity" follows the preamble, which leaves the sanctions to the covered entity',
      caveat: 'hipaa.caveat-secondary',
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
      citation: [cfr('164.404', '(b)')],
      status: 'verified',
      source: 'Bricker Graydon copy of 45 CFR 164.404(b)',
      checked:
        '§164.404(b): without unreasonable delay and within 60 calendar days of discovery; the notices to the media, HHS and from vendors follow in the same bullet, cited in section order',
      // A healthcare organization is the covered entity its AI vendors notify; any other is a business
      // associate that notifies its covered entity.
      slots: (context) => ({entity: context.config.industry === 'healthcare' ? 'covered' : 'associate'}),
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
      id: 'hipaa.breach-associates',
      saidWith: 'hipaa.breach',
      citation: [cfr('164.410')],
      status: 'partially',
      source: 'secondary copy of 45 CFR 164.410',
      checked:
        'a business associate notifies the covered entity without unreasonable delay and within 60 calendar days of discovery; from a secondary copy (see the caveat)',
      caveat: 'hipaa.caveat',
    },
    {
      // Periodic review and six-year retention bind the policy itself: the review duty is HIPAA's too, so
      // it reads "must" in an advisory hospital (counsel-2, hospital #12).
      id: 'hipaa.documentation',
      duty: 'policy-review',
      citation: [cfr('164.316', '(b)(2)')],
      status: 'verified',
      source:
        '45 CFR 164.316(b)(2) in the official CFR (GPO, 2008 and 2009 editions) and a copy stating it was checked against eCFR.gov in June 2026 (law.lawstack.com)',
      checked:
        '(i) retain for 6 years from creation or when last in effect, whichever is later; (iii) review periodically and update as needed; (ii) availability is not restated',
    },
  ],
};
