import {article, range} from '../citations.js';
import type {PolicyContext} from '../context.js';
import {strongNames} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community gdpr.yaml';

/** Classes that hold personal data of either kind, in config order. */
function personalDataClasses(context: PolicyContext) {
  return context.config.dataClasses.filter(
    (dataClass) =>
      dataClass.categories.includes('personal-data') ||
      dataClass.categories.includes('special-category-data'),
  );
}

/**
 * Whether classes hold personal data and the decision table opens none of them to any AI tool, listed or
 * not. Then the processor sentence says once that personal data goes into no AI tool, and the duties that
 * only apply to personal data in AI tools (lawful basis, minimisation, notices, DPIA, records) are left out.
 */
function personalDataClosed(context: PolicyContext): boolean {
  const classes = personalDataClasses(context);
  return (
    classes.length > 0 &&
    classes.every(
      (dataClass) =>
        context.table.recipients(dataClass.id).length === 0 &&
        !context.table.unlistedMayReceive(dataClass.id),
    )
  );
}

const personalDataMayReachATool = (context: PolicyContext) => !personalDataClosed(context);

export const gdpr: Regime = {
  id: 'gdpr',
  nature: 'law',
  canonicalUrl: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  clauses: [
    {
      id: 'gdpr.processor',
      citation: [article(28, {paragraph: [range(1, 3)]})],
      status: 'verified',
      source: SOURCE,
      checked: 'Art. 28(1)–(3); a BAA is not named as an Art. 28 agreement',
      message: (context) =>
        personalDataClasses(context).length === 0
          ? 'gdpr.processor-no-class'
          : personalDataClosed(context)
            ? 'gdpr.processor-closed'
            : 'gdpr.processor',
      slots: (context) => ({
        classes: strongNames(
          context,
          personalDataClasses(context).map((dataClass) => dataClass.name),
        ),
        // Whether the classes are closed by their own rule ("never"), not for want of a tool that may take them.
        own: personalDataClasses(context).every((dataClass) => dataClass.rule === 'never') ? 'yes' : 'no',
        selfHosted: context.config.tools.some((tool) => tool.agreement.includes('self-hosted'))
          ? 'yes'
          : 'no',
      }),
    },
    {
      id: 'gdpr.lawful-basis',
      appliesTo: personalDataMayReachATool,
      citation: [article(6), article(9)],
      status: 'verified',
      source: SOURCE,
      checked: 'titles; Art. 9(2) conditions',
    },
    {
      id: 'gdpr.minimisation',
      appliesTo: personalDataMayReachATool,
      citation: [article(5, {paragraph: [1], point: ['b', 'c']})],
      status: 'verified',
      source: SOURCE,
      checked: 'purpose limitation and data minimisation',
    },
    {
      id: 'gdpr.notices',
      saidWith: 'gdpr.lawful-basis',
      appliesTo: personalDataMayReachATool,
      citation: [article(13, {paragraph: [1], point: ['e']}), article(14, {paragraph: [1], point: ['e']})],
      status: 'reported',
      source:
        'GDPR Arts. 13–14 as commonly quoted (recipients or categories of recipients); EUR-Lex not opened',
      checked: 'the duty to name recipients or their categories; the other notice contents are not restated',
      caveat: 'gdpr.caveat-reported',
    },
    {
      id: 'gdpr.dpia',
      appliesTo: personalDataMayReachATool,
      citation: [article(35, {paragraph: [1, 3]})],
      status: 'verified',
      source: SOURCE,
      checked:
        'Art. 35(1) test in its own words, "likely to result in a high risk to the rights and freedoms of natural persons", so it does not read as the AI Act\'s "high-risk"; the Art. 35(3) examples are not paraphrased',
    },
    {
      id: 'gdpr.ropa',
      saidWith: 'gdpr.lawful-basis',
      appliesTo: personalDataMayReachATool,
      citation: [article(30)],
      status: 'verified',
      source: SOURCE,
      checked: 'title',
    },
    {
      id: 'gdpr.transfers',
      citation: [article([range(44, 46)])],
      status: 'verified',
      source: SOURCE,
      checked:
        'titles: general principle, adequacy, appropriate safeguards; UK GDPR named for UK data subjects',
    },
    {
      id: 'gdpr.automated',
      duty: 'automated-decisions',
      citation: [article(22)],
      status: 'verified',
      source: SOURCE,
      checked: 'Art. 22(1)–(3)',
    },
    {
      id: 'gdpr.security',
      // Art. 32 asks for measures appropriate to the risk, not the strictest ones: managed accounts, the
      // shortest retention and no training are our own choices, said as ours in the posture's voice, and the
      // citation closes the sentence that is Art. 32's (counsel-2, X-9).
      citation: [article(32)],
      status: 'verified',
      source: SOURCE,
      checked:
        'measures "appropriate to the risk"; our retention and training settings are stated as our own rule, not as Art. 32',
      slots: (context) => ({
        own: context.config.posture,
        // Managed accounts are said by the shared accounts duty when SOC 2 or ISO/IEC 27001 requires them.
        accounts: context.duties.has('accounts') ? 'yes' : 'no',
      }),
    },
    {
      id: 'gdpr.breach',
      citation: [article(33, {paragraph: [1, 2]})],
      status: 'verified',
      source: SOURCE,
      checked:
        'the 72 hours bind controllers, with the "unlikely to result in a risk" exemption; processors: without undue delay; reporting at once and the Art. 33(5) documentation are said once, under Incidents',
    },
    {
      // The 72 hours run from the organization becoming aware of a breach, and every breach is documented:
      // both rest on staff reporting at once, so the incident-reporting duty is GDPR's too and binds in
      // either posture.
      id: 'gdpr.incidents',
      duty: 'incident-reporting',
      citation: [article(33, {paragraph: [1, 5]})],
      status: 'verified',
      source: SOURCE,
      checked:
        'Art. 33(1) counts the 72 hours from awareness; Art. 33(5) documents every personal data breach, its effects and the remedial action: said for personal data breaches, not every incident',
    },
    {
      id: 'gdpr.breach-people',
      saidWith: 'gdpr.breach',
      citation: [article(34, {paragraph: [1]})],
      status: 'reported',
      source: 'GDPR Art. 34 as commonly quoted; EUR-Lex not opened',
      checked:
        '"likely to result in a high risk to the rights and freedoms of natural persons"; the Art. 34(3) exceptions are not restated',
      caveat: 'gdpr.caveat-reported',
    },
  ],
};
