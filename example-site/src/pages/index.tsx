import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useAiPolicy} from 'docusaurus-plugin-ai-policy/client';
import type {ReactNode} from 'react';

const entryPoints = [
  {
    title: 'Onboarding',
    to: '/docs/onboarding',
    description: 'Your first two weeks: access, training, data classes and your first change.',
  },
  {
    title: 'IDE setup',
    to: '/docs/ide-setup',
    description: 'Editors, pre-commit hooks and the AI assistants you may connect to them.',
  },
];

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  // The plugin publishes its URLs, so this card follows a change of `routeBasePath` or `downloads`.
  const policy = useAiPolicy();
  const cards = [
    ...entryPoints,
    {
      title: 'AI tool usage policy',
      to: policy.permalink,
      description: 'Which AI tools are approved, and what data each of them may see.',
      download: policy.downloads?.markdown,
    },
  ];
  return (
    <Layout title="Home" description={siteConfig.tagline}>
      <header className="hero hero--primary">
        <div className="container">
          <Heading as="h1" className="hero__title">
            {siteConfig.title}
          </Heading>
          <p className="hero__subtitle">{siteConfig.tagline}</p>
          <Link className="button button--secondary button--lg" to="/docs/intro">
            Open the handbook
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          {cards.map((entry) => (
            <div key={entry.to} className="col col--4 margin-bottom--lg">
              <div className="card shadow--md" style={{height: '100%'}}>
                <div className="card__header">
                  <Heading as="h2">
                    <Link to={entry.to}>{entry.title}</Link>
                  </Heading>
                </div>
                <div className="card__body">
                  <p>{entry.description}</p>
                  {'download' in entry && entry.download && (
                    // A file, not a page: a plain link, which the broken-link check (for routes) leaves alone.
                    <a href={entry.download} download>
                      Download it as Markdown
                    </a>
                  )}
                </div>
              </div>
            </div>
          ))}
        </div>
      </main>
    </Layout>
  );
}
