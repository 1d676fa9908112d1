import { isHttpUrl, type Source } from '../../model';

/**
 * Sources as links that open in a new tab — but only http(s) URLs ever become
 * links; anything else is shown as plain text.
 */
export function SourceList({
  sources,
  compact = false,
}: {
  sources: readonly Source[];
  compact?: boolean;
}) {
  return (
    <ul className={compact ? 'sources sources-compact' : 'sources'}>
      {sources.map((s, i) => (
        <li key={`${s.url}-${i}`}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}

export function SourceLink({ source }: { source: Source }) {
  const label = source.publisher ? `${source.publisher}: ${source.title}` : source.title;
  if (!isHttpUrl(source.url))
    return (
      <span className="source-text">
        {label} <span className="muted">({source.url})</span>
      </span>
    );
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
