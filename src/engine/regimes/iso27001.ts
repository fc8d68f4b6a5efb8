import {annexA} from '../citations.js';
import {strong} from '../inline.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community iso27001-2022.yaml';
const TITLE = 'Annex A control title';

export const iso27001: Regime = {
  id: 'iso27001',
  nature: 'certification',
  canonicalUrl: 'https://www.iso.org/standard/27001',
  clauses: [
    {
      id: 'iso27001.policy',
      duty: 'policy-review',
      citation: [annexA('A.5.1')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso27001.acceptable-use',
      duty: 'exceptions',
      citation: [annexA('A.5.10')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso27001.classification',
      citation: [annexA('A.5.12', 'A.5.13')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
      // The most sensitive class that holds information, not only secrets: unlabelled data is not a credential,
      // and it is never presumed classified (only a classification authority makes information classified).
      slots: (context) => {
        const classes = context.config.dataClasses;
        const informational = classes.filter(
          (c) =>
            !(c.categories.length === 1 && c.categories[0] === 'credentials') &&
            !c.categories.includes('classified'),
        );
        // Bold, as class names are in running text: a name pasted bare reads as a sentence's words.
        return {mostSensitive: [strong((informational.at(-1) ?? classes.at(-1)!).name)]};
      },
    },
    {
      id: 'iso27001.transfer',
      // Prompts and uploads are transfers that follow the classification: one bullet with A.5.12–A.5.13.
      saidWith: 'iso27001.classification',
      citation: [annexA('A.5.14')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso27001.suppliers',
      duty: 'vendor-review',
      citation: [annexA('A.5.19', 'A.5.20', 'A.5.21', 'A.5.22')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso27001.cloud',
      duty: 'accounts',
      citation: [annexA('A.5.23')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {id: 'iso27001.ip', citation: [annexA('A.5.32')], status: 'verified', source: SOURCE, checked: TITLE},
    {
      id: 'iso27001.pii',
      // Personal data is one more class to follow: said in the classification bullet, with A.5.34 cited there.
      saidWith: 'iso27001.classification',
      citation: [annexA('A.5.34')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso27001.training',
      duty: 'training',
      citation: [annexA('A.6.3')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso27001.discipline',
      duty: 'sanctions',
      citation: [annexA('A.6.4')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {id: 'iso27001.dlp', citation: [annexA('A.8.12')], status: 'verified', source: SOURCE, checked: TITLE},
    {
      id: 'iso27001.sdlc',
      duty: 'code-review',
      citation: [annexA('A.8.25', 'A.8.28', 'A.8.32')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
  ],
};
