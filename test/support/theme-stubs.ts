/**
 * Minimal stand-ins for the Docusaurus modules the policy theme imports, so its components render with
 * React's server renderer in a test. Each is a module object for `vi.mock(id, () => import(...))`.
 */
import {createElement, type ReactNode} from 'react';

export const link = {
  default: ({to, href, children, ...rest}: {to?: string; href?: string; children?: ReactNode}) =>
    createElement('a', {href: to ?? href, ...rest}, children),
};

export const heading = {
  default: ({as, children, ...rest}: {as: string; children?: ReactNode}) => createElement(as, rest, children),
};

export const admonition = {
  default: ({type, children}: {type: string; children?: ReactNode}) =>
    createElement('div', {className: `alert alert--${type}`}, children),
};

export const codeBlock = {
  default: ({children}: {children?: ReactNode}) => createElement('pre', null, children),
};
