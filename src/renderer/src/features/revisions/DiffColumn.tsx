import type { DiffPart } from './wordDiff';

/**
 * One side of a comparison: the older side shows what was deleted (<del>), the newer side what
 * was inserted (<ins>); the elements say it without colour, and the styles add it.
 */
export function DiffColumn({
  parts,
  side,
}: {
  parts: DiffPart[];
  side: 'older' | 'newer';
}): React.JSX.Element {
  const hidden = side === 'older' ? 'inserted' : 'deleted';
  return (
    <div className="diff-column__text" dir="auto">
      {parts.map((part, index) => {
        if (part.kind === hidden) return null;
        if (part.kind === 'deleted') return <del key={index}>{part.text}</del>;
        if (part.kind === 'inserted') return <ins key={index}>{part.text}</ins>;
        return <span key={index}>{part.text}</span>;
      })}
    </div>
  );
}
