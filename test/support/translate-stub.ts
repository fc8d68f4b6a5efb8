/**
 * `@docusaurus/Translate` for theme components rendered in tests: the English message with its values
 * put in, as Docusaurus does on a site with no translation for the id.
 */
import {createElement, Fragment, type ReactNode} from 'react';

type Values = Record<string, ReactNode>;

function interpolate(message: string, values: Values = {}): ReactNode[] {
  return message.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const value = name !== undefined && name in values ? values[name] : part;
    return createElement(Fragment, {key: index}, value);
  });
}

export function translate(
  {message}: {message: string; id?: string},
  values?: Record<string, string | number>,
): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values && name in values ? String(values[name]) : whole,
  );
}

export default function Translate({
  children,
  values,
}: {
  children: string;
  id?: string;
  values?: Values;
}): ReactNode {
  return interpolate(children, values);
}
